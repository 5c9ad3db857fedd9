package org.tongban.catalog.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.tongban.catalog.Catalog;
import org.tongban.shared.BoundedCache;
import org.tongban.shared.Preferences;

/**
 * Serves guide pages to anonymous visitors from memory. For someone without a session the page depends
 * only on the listing's published version, the channel view, the 适老化 switch and the scheme (HSTS is sent
 * over HTTPS only), so the rendered page is
 * kept under exactly that key: a new version changes the key, so nobody sees a stale guide. Signed-in
 * visitors (whose header differs) are always rendered afresh. A hit is answered before the security
 * filters run, with the security headers the page was first sent with (never its cookies).
 */
@Component
@Order(GuidePageCache.ORDER)
class GuidePageCache extends OncePerRequestFilter {

    /** Just inside the request-id filter and before the security filters: a hit needs neither. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    private static final String PREFIX = "/guide/";
    private static final int SIZE = 5_000;

    /** A rendered page with the headers it was sent with (security headers included, cookies never). */
    private record Page(String contentType, byte[] body, Map<String, String> headers) {
    }

    private static final Set<String> NOT_REPLAYED = Set.of("set-cookie", "x-request-id",
            "content-length", "content-type", "date", "transfer-encoding");

    private final Catalog catalog;
    private final BoundedCache<String, Page> pages = new BoundedCache<>(SIZE);

    GuidePageCache(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !request.getRequestURI().startsWith(PREFIX)
                || request.getRequestedSessionId() != null || request.getSession(false) != null
                || request.getHeader("Authorization") != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String code = request.getRequestURI().substring(PREFIX.length());
        var item = catalog.published(code);
        if (item.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String elder = Preferences.recall(request, "tb_elder");
        String key = code + "|" + item.get().tag() + "|" + request.getParameter("view") + "|"
                + "1".equals(elder) + "|" + request.isSecure();
        Page cached = pages.get(key);
        if (cached != null) {
            cached.headers().forEach(response::setHeader);
            response.setContentType(cached.contentType());
            response.setContentLength(cached.body().length);
            response.getOutputStream().write(cached.body());
            return;
        }
        var wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        if (wrapper.getStatus() == 200 && request.getSession(false) == null && wrapper.getContentType() != null) {
            Map<String, String> headers = new LinkedHashMap<>();
            for (String name : wrapper.getHeaderNames()) {
                if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
                    headers.put(name, wrapper.getHeader(name));
                }
            }
            pages.put(key, new Page(wrapper.getContentType(), wrapper.getContentAsByteArray(), Map.copyOf(headers)));
        }
        wrapper.copyBodyToResponse();
    }
}
