package org.tongban.license;

import java.util.Optional;
import java.util.Set;

/**
 * What can be done to a license, with its code in the 操作类型 list (01 新发, 02 延续, 03 暂扣, 04 过期失效,
 * 05 注销/撤销/吊销, 06 暂扣发还, 09 变更), the statuses it is allowed in and the status it leads to.
 * 延续 and 变更 issue the next version (linked to this identifier) and leave this one {@code SUPERSEDED}.
 */
public enum LicenseOperation {
    ISSUE("01", Set.of(), LicenseStatus.VALID, false),
    RENEW("02", Set.of(LicenseStatus.VALID, LicenseStatus.EXPIRED), LicenseStatus.SUPERSEDED, false),
    SUSPEND("03", Set.of(LicenseStatus.VALID), LicenseStatus.SUSPENDED, true),
    EXPIRE("04", Set.of(LicenseStatus.VALID, LicenseStatus.SUSPENDED), LicenseStatus.EXPIRED, false),
    WITHDRAW("05", Set.of(LicenseStatus.VALID, LicenseStatus.SUSPENDED), LicenseStatus.WITHDRAWN, true),
    CANCEL("05", Set.of(LicenseStatus.VALID, LicenseStatus.SUSPENDED, LicenseStatus.EXPIRED), LicenseStatus.CANCELLED,
            true),
    REVOKE("05", Set.of(LicenseStatus.VALID, LicenseStatus.SUSPENDED), LicenseStatus.REVOKED, true),
    RETURN("06", Set.of(LicenseStatus.SUSPENDED), LicenseStatus.VALID, false),
    CHANGE("09", Set.of(LicenseStatus.VALID), LicenseStatus.SUPERSEDED, true);

    private final String code;
    private final Set<LicenseStatus> from;
    private final LicenseStatus to;
    private final boolean needsReason;

    LicenseOperation(String code, Set<LicenseStatus> from, LicenseStatus to, boolean needsReason) {
        this.code = code;
        this.from = from;
        this.to = to;
        this.needsReason = needsReason;
    }

    public String code() {
        return code;
    }

    public boolean allowedIn(LicenseStatus status) {
        return from.contains(status);
    }

    public LicenseStatus leadsTo() {
        return to;
    }

    public boolean needsReason() {
        return needsReason;
    }

    /** Whether it issues a new version. */
    public boolean reissues() {
        return this == RENEW || this == CHANGE;
    }

    /** The operation a URL or form names (lower case), if it is one staff may ask for. */
    public static Optional<LicenseOperation> named(String name) {
        for (LicenseOperation op : values()) {
            if (op != ISSUE && op != EXPIRE && op.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return Optional.of(op);
            }
        }
        return Optional.empty();
    }
}
