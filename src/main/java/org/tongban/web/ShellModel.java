package org.tongban.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tongban.identity.AccountRole;
import org.tongban.shared.ActingPrincipal;
import org.tongban.shared.Actor;
import org.tongban.shared.Actors;
import org.tongban.shared.Preferences;

/** What every page's layout needs: the brand, the 适老化 switch and who is signed in. */
@ControllerAdvice
class ShellModel {

    static final String ELDER_COOKIE = "tb_elder";

    private final BrandProperties brand;

    ShellModel(BrandProperties brand) {
        this.brand = brand;
    }

    @ModelAttribute("brand")
    BrandProperties brand() {
        return brand;
    }

    @ModelAttribute("elderMode")
    boolean elderMode(HttpServletRequest request) {
        return "1".equals(Preferences.recall(request, ELDER_COOKIE));
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        // With its query, so that the 适老化 switch brings a person back to the same search or conversation.
        String query = request.getQueryString();
        return query == null || query.length() > 400 ? request.getRequestURI() : request.getRequestURI() + "?" + query;
    }

    @ModelAttribute("viewer")
    Viewer viewer() {
        Actor actor = Actors.current();
        var authentication = SecurityContextHolder.getContext()
                .getAuthentication();
        String name = authentication != null && authentication.getPrincipal() instanceof ActingPrincipal principal
                ? principal.displayName() : null;
        return new Viewer(actor, name);
    }

    /** The signed-in account as the layout shows it. */
    record Viewer(Actor actor, String displayName) {

        public boolean signedIn() {
            return displayName != null;
        }

        public boolean staff() {
            return actor.isStaff();
        }

        public boolean admin() {
            return actor.has(AccountRole.SYSTEM_ADMIN) || actor.has(AccountRole.SUPERVISOR);
        }
    }
}
