package org.tongban.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.core.OrderComparator;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Matches requests that no handler serves (no page, no API endpoint, no static file pattern). Security lets
 * them through so that they end in the 404 page or problem: a signed-out visitor who mistypes an address
 * is told the page does not exist, not asked to sign in. Nothing is exposed, since nothing would answer.
 * A path that a handler serves with another method or media type counts as served.
 */
final class UnmappedRequests implements RequestMatcher {

    private final ListableBeanFactory beans;
    private volatile List<HandlerMapping> mappings;

    UnmappedRequests(ListableBeanFactory beans) {
        this.beans = beans;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        boolean parsedBefore = ServletRequestPathUtils.hasParsedRequestPath(request);
        try {
            for (HandlerMapping mapping : mappings()) {
                if (mapping.getHandler(request) != null) {
                    return false;
                }
            }
            return true;
        } catch (Exception servedOtherwise) {
            // A handler matched the path but not the method or the media type: the path exists.
            return false;
        } finally {
            if (!parsedBefore) {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            }
        }
    }

    private List<HandlerMapping> mappings() {
        List<HandlerMapping> known = mappings;
        if (known == null) {
            Comparator<Object> order = OrderComparator.INSTANCE;
            known = beans.getBeansOfType(HandlerMapping.class).values().stream().sorted(order).toList();
            mappings = known;
        }
        return known;
    }
}
