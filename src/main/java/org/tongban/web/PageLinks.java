package org.tongban.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The pager of a paged list, with links that keep the filters of the current address; pages call it as
 * {@code @pages} (see {@code fragments/pager.html}). Pages are counted from 0 in addresses, from 1 on screen.
 */
@Component("pages")
public class PageLinks {

    /** How many page numbers the pager shows on each side of the current one. */
    private static final int AROUND = 2;

    /** One entry of the pager: a page number with its link, or a gap ({@code number} 0, no link). */
    public record Entry(int number, String href, boolean current) {

        public boolean gap() {
            return number == 0;
        }
    }

    /** The pager: the page count, the links to the previous and next pages (null at the ends), the entries. */
    public record Pager(long total, int number, int count, String previous, String next, List<Entry> entries) {
    }

    /** The pager for page {@code page} (from 0) of {@code total} rows, {@code size} to a page. */
    public Pager of(long total, int page, int size) {
        int count = (int) Math.max(1, (total + Math.max(size, 1) - 1) / Math.max(size, 1));
        int current = Math.min(Math.max(page, 0), count - 1);
        List<Entry> entries = new ArrayList<>();
        int last = -1;
        for (int p = 0; p < count; p++) {
            if (p == 0 || p == count - 1 || Math.abs(p - current) <= AROUND) {
                if (last >= 0 && p - last > 1) {
                    entries.add(new Entry(0, null, false));
                }
                entries.add(new Entry(p + 1, link(p), p == current));
                last = p;
            }
        }
        return new Pager(total, current + 1, count, current > 0 ? link(current - 1) : null,
                current + 1 < count ? link(current + 1) : null, entries);
    }

    /** The current address with {@code page} set (and nothing else changed). */
    private static String link(int page) {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getRequest();
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                .replaceQueryParam("page", page).build().toUriString();
    }
}
