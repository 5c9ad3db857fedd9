package org.tongban.license;

/**
 * The status of a license, with its code in the 证书状态 list (01 有效, 02 暂扣, 03 撤销, 04 注销, 05 失效,
 * 07 吊销). {@code SUPERSEDED} is a 失效 too: a 延续 or 变更 issued the next version.
 */
public enum LicenseStatus {
    VALID, SUSPENDED, WITHDRAWN, CANCELLED, EXPIRED, REVOKED, SUPERSEDED;

    /** Whether the license can still be used (shown, attached to an application, relied on). */
    public boolean usable() {
        return this == VALID;
    }
}
