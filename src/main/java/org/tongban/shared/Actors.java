package org.tongban.shared;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the {@link Actor} of the current request from the security context. */
public final class Actors {

    private Actors() {
    }

    public static Actor current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Actor.ANONYMOUS;
        }
        if (authentication.getPrincipal() instanceof ActingPrincipal principal) {
            return principal.actor();
        }
        if (authentication.getDetails() instanceof ActingPrincipal principal) {
            return principal.actor();
        }
        return Actor.ANONYMOUS;
    }
}
