package org.tongban.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.tongban.shared.Problems;

/** Back to the sign-in page with the reason in Chinese (wrong password and attempts left, or locked until when). */
@Component
class SignInFailureHandler implements AuthenticationFailureHandler {

    static final String MESSAGE = "tongban.signInError";
    static final String LOGIN = "tongban.signInLogin";

    private final Problems problems;

    SignInFailureHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String message = exception instanceof SignInException e
                ? problems.message(e.code(), e.arguments())
                : problems.message(IdentityError.BAD_CREDENTIALS);
        request.getSession().setAttribute(MESSAGE, message);
        String login = request.getParameter("username");
        request.getSession().setAttribute(LOGIN, login == null || login.length() > 64 ? "" : login);
        response.sendRedirect(request.getContextPath() + "/login?error");
    }
}
