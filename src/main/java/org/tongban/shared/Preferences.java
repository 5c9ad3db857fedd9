package org.tongban.shared;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.web.util.WebUtils;

/**
 * Display preferences a visitor's browser remembers for a year (适老化, the chosen region): HttpOnly,
 * SameSite=Lax, Secure over HTTPS. They carry no personal data and grant nothing.
 */
public final class Preferences {

    private static final int ONE_YEAR = (int) Duration.ofDays(365).toSeconds();

    private Preferences() {
    }

    public static void remember(HttpServletRequest request, HttpServletResponse response, String name, String value) {
        Cookie cookie = new Cookie(name, value);
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge(ONE_YEAR);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    public static String recall(HttpServletRequest request, String name) {
        Cookie cookie = WebUtils.getCookie(request, name);
        return cookie == null ? null : cookie.getValue();
    }
}
