package org.tongban.shared;

/**
 * Which records a member of staff may see: those of their region and everything under it, and — unless
 * one of their roles is region-wide — only those of their own department. A province-level
 * supervisor or administrator therefore sees everything. People and enterprises have no staff scope.
 * Queries apply it with {@link #regionPattern()} and {@link #departmentCode()}; it is never only a menu rule.
 */
public record DataScope(String regionPrefix, String departmentCode) {

    /** No staff records at all. */
    public static final DataScope NONE = new DataScope(null, null);

    public static DataScope of(Actor actor) {
        if (!actor.isStaff() || actor.regionCode() == null) {
            return NONE;
        }
        String prefix = new RegionCode(actor.regionCode()).scopePrefix();
        boolean regionWide = actor.roles().stream().anyMatch(Role::isRegionWide);
        return new DataScope(prefix, regionWide ? null : actor.departmentCode());
    }

    public boolean isNone() {
        return regionPrefix == null;
    }

    /** A LIKE pattern matching every region code in scope; matches nothing for {@link #NONE}. */
    public String regionPattern() {
        return isNone() ? "-" : regionPrefix + "%";
    }

    /** Whether a record of this region (none: never) and department is in scope. */
    public boolean includes(RegionCode regionCode, String recordDepartmentCode) {
        if (isNone() || regionCode == null || !regionCode.value().startsWith(regionPrefix)) {
            return false;
        }
        return departmentCode == null || departmentCode.equals(recordDepartmentCode);
    }

    /** Throws {@link CommonError#OUT_OF_SCOPE} unless the record is in scope. */
    public void require(RegionCode regionCode, String recordDepartmentCode) {
        if (!includes(regionCode, recordDepartmentCode)) {
            throw new BusinessException(CommonError.OUT_OF_SCOPE);
        }
    }
}
