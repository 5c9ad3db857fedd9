package org.tongban.identity;

import org.tongban.shared.Role;

/**
 * The roles every module may test, because they describe who an account is rather than one module's work:
 * an applicant's kind, a department's leader, the supervisors and the administrators of the platform.
 */
public enum AccountRole implements Role {
    PERSON(false, false),
    ENTERPRISE(false, false),
    /** Leads a department: signs its decisions and keeps its listings and opinion templates. */
    DEPARTMENT_LEADER(true, false),
    SUPERVISOR(true, true),
    SYSTEM_ADMIN(true, true);

    private final boolean staff;
    private final boolean regionWide;

    AccountRole(boolean staff, boolean regionWide) {
        this.staff = staff;
        this.regionWide = regionWide;
    }

    @Override
    public boolean isStaff() {
        return staff;
    }

    @Override
    public boolean isRegionWide() {
        return regionWide;
    }

    @Override
    public boolean mayUnmask() {
        return this == DEPARTMENT_LEADER;
    }
}
