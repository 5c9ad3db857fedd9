package org.tongban.shared;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a signed-in account may do. People and enterprises have one role each; staff have one or more.
 * Roles marked region-wide see every department's records in their region; the others see only
 * their own department's.
 */
public enum Role {
    PERSON(false, false),
    ENTERPRISE(false, false),
    WINDOW_CLERK(true, true),
    APPROVER(true, false),
    DEPARTMENT_LEADER(true, false),
    SUPERVISOR(true, true),
    CATALOG_ADMIN(true, true),
    KNOWLEDGE_EDITOR(true, false),
    SYSTEM_ADMIN(true, true);

    /** Roles that may see full personal data (each view is audited). */
    public static final Set<Role> MAY_UNMASK = EnumSet.of(WINDOW_CLERK, APPROVER, DEPARTMENT_LEADER);

    private final boolean staff;
    private final boolean regionWide;

    Role(boolean staff, boolean regionWide) {
        this.staff = staff;
        this.regionWide = regionWide;
    }

    public boolean isStaff() {
        return staff;
    }

    public boolean isRegionWide() {
        return regionWide;
    }

    /** The Spring Security authority name. */
    public String authority() {
        return "ROLE_" + name();
    }
}
