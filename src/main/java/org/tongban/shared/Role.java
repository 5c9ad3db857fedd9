package org.tongban.shared;

import java.io.Serializable;

/**
 * What a signed-in account may do. Each module declares the roles its own work needs as an enum implementing
 * this interface and names them in its {@link AccessRules}; identity assembles them, stores a member of staff's
 * roles by name and refuses a name no module declared. People and enterprises have one role each; staff have
 * one or more. Roles marked region-wide see every department's records in their region; the others see only
 * their own department's.
 */
public interface Role extends Serializable {

    /** The stored and transmitted name; unique across modules. */
    String name();

    /** Held by staff rather than by applicants; most roles are. */
    default boolean isStaff() {
        return true;
    }

    /** Sees every department's records in the region rather than only its own department's. */
    boolean isRegionWide();

    /** May see full personal data (each view is audited). */
    default boolean mayUnmask() {
        return false;
    }

    /** Serves applicants face to face at a window, where identity documents are checked in person. */
    default boolean servesAtWindow() {
        return false;
    }

    /** The Spring Security authority name. */
    default String authority() {
        return "ROLE_" + name();
    }
}
