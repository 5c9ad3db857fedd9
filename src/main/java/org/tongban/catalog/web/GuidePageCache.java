package org.tongban.catalog.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;
import org.tongban.catalog.Catalog;

/**
 * Serves guide pages to anonymous visitors from memory. For someone without a session the page depends
 * only on the listing's published version, the channel view and the 适老化 switch, so the rendered page is
 * kept under exactly that key: a new version changes the key, so nobody sees a stale guide. Signed-in
 * visitors (whose header differs) are always rendered afresh. Security headers are written by the
 * security filters around this one, on hits and misses alike.
 */
@Component
class GuidePageCache extends OncePerRequestFilter {

    private static final String PREFIX = "/guide/";
    private static final int SIZE = 5_000;

    private record Page(String contentType, byte[] body) {
    }

    private final Catalog catalog;
    private final Map<String, Page> pages = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Page> eldest) {
            return size() > SIZE;
        }
    });

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
        var elder = WebUtils.getCookie(request, "tb_elder");
        String key = code + "|" + item.get().tag() + "|" + request.getParameter("view") + "|"
                + (elder != null && "1".equals(elder.getValue()));
        Page cached = pages.get(key);
        if (cached != null) {
            response.setContentType(cached.contentType());
            response.setContentLength(cached.body().length);
            response.getOutputStream().write(cached.body());
            return;
        }
        var wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        if (wrapper.getStatus() == 200 && request.getSession(false) == null && wrapper.getContentType() != null) {
            pages.put(key, new Page(wrapper.getContentType(), wrapper.getContentAsByteArray()));
        }
        wrapper.copyBodyToResponse();
    }
}
