package org.tongban.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tongban.shared.RequestIds;

/** Gives every request an id (the caller's {@code X-Request-Id} if sane), on every log line and in the response. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    /** A random id for correlation only (not a secret): cheaper than a SecureRandom-backed UUID under load. */
    static String newId() {
        var random = ThreadLocalRandom.current();
        return Long.toHexString(random.nextLong() | Long.MIN_VALUE) + Long.toHexString(random.nextLong() | Long.MIN_VALUE);
    }

    /** The id of this request, for error pages and problems: a person quotes it to the hotline. */
    static String of(HttpServletRequest request) {
        Object id = request.getAttribute(RequestIds.ATTRIBUTE);
        return id == null ? MDC.get(RequestIds.MDC_KEY) : id.toString();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(RequestIds.HEADER);
        String id = given != null && SANE.matcher(given).matches() ? given : newId();
        MDC.put(RequestIds.MDC_KEY, id);
        request.setAttribute(RequestIds.ATTRIBUTE, id);
        response.setHeader(RequestIds.HEADER, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(RequestIds.MDC_KEY);
        }
    }
}
