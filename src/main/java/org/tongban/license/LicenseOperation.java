package org.tongban.license;

import java.util.Optional;
import java.util.Set;

/**
 * What can be done to a license, with its code in the 操作类型 list (01 新发, 02 延续, 03 暂扣, 04 过期失效,
 * 05 注销/撤销/吊销, 06 暂扣发还, 09 变更), the statuses it is allowed in and the status it leads to.
 * 延续 and 变更 issue the next version (linked to this identifier) and leave this one {@code SUPERSEDED}.
 */
public enum LicenseOperation {
    ISSUE(Set.of(), LicenseStatus.VALID, false),
    RENEW(Set.of(LicenseStatus.VALID, LicenseStatus.EXPIRED), LicenseStatus.SUPERSEDED, false),
    SUSPEND(Set.of(LicenseStatus.VALID), LicenseStatus.SUSPENDED, true),
    EXPIRE(Set.of(LicenseStatus.VALID, LicenseStatus.SUSPENDED), LicenseStatus.EXPIRED, false),
    WITHDRAW(Set.of(LicenseStatus.VALID, LicenseStatus.SUSPENDED), LicenseStatus.WITHDRAWN, true),
    CANCEL(Set.of(LicenseStatus.VALID, LicenseStatus.SUSPENDED, LicenseStatus.EXPIRED), LicenseStatus.CANCELLED,
            true),
    REVOKE(Set.of(LicenseStatus.VALID, LicenseStatus.SUSPENDED), LicenseStatus.REVOKED, true),
    RETURN(Set.of(LicenseStatus.SUSPENDED), LicenseStatus.VALID, false),
    CHANGE(Set.of(LicenseStatus.VALID), LicenseStatus.SUPERSEDED, true);

    private final Set<LicenseStatus> from;
    private final LicenseStatus to;
    private final boolean needsReason;

    LicenseOperation(Set<LicenseStatus> from, LicenseStatus to, boolean needsReason) {
        this.from = from;
        this.to = to;
        this.needsReason = needsReason;
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
