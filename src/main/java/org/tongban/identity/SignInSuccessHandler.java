package org.tongban.identity;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.stereotype.Component;

/** After sign-in: back where the user was going, else staff to their workspace and everyone else to 我的. */
@Component
class SignInSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    private final HttpSessionRequestCache cache = new HttpSessionRequestCache();

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws ServletException, IOException {
        request.getSession().removeAttribute(SignInFailureHandler.MESSAGE);
        request.getSession().removeAttribute(SignInFailureHandler.LOGIN);
        if (cache.getRequest(request, response) == null) {
            boolean staff = authentication.getPrincipal() instanceof SignedInUser user && user.actor().isStaff();
            getRedirectStrategy().sendRedirect(request, response, staff ? "/workspace" : "/me");
            return;
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
