package org.tongban.search;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.catalog.CatalogRole;
import org.tongban.identity.AccountRole;
import org.tongban.shared.Actor;
import org.tongban.shared.AuditTrail;
import org.tongban.shared.BoundedCache;
import org.tongban.shared.BusinessException;
import org.tongban.shared.CommonError;
import org.tongban.shared.InputCheck;
import org.tongban.shared.Masking;

/**
 * 热词推荐 and the query log. Every search is logged (personal numbers masked first) with its region and how
 * many results it found; hot terms are the queries that found something, each weighted by
 * {@code 2^(-age / half-life)}, in the region and the regions above it. Administrators pin terms (shown first)
 * or block them (never shown). Queries that found nothing are what the knowledge editors work from.
 */
@Service
public class HotTerms {

    private static final int WINDOW_DAYS = 60;
    private static final int MAX_ROWS = 50_000;
    private static final long CACHE_NANOS = 60_000_000_000L;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration halfLife;
    private final AuditTrail audit;
    private final BoundedCache<String, Cached> cache = new BoundedCache<>(1_000);
    private static final int MAX_PENDING = 100_000;
    private final ConcurrentLinkedQueue<Logged> pending = new ConcurrentLinkedQueue<>();
    private final AtomicInteger pendingCount = new AtomicInteger();
    private final JdbcTemplate template;

    HotTerms(JdbcClient jdbc, Clock clock, SearchProperties properties, AuditTrail audit,
            JdbcTemplate template) {
        this.template = template;
        this.jdbc = jdbc;
        this.clock = clock;
        this.halfLife = properties.hotHalfLife();
        this.audit = audit;
    }

    private record Cached(List<String> terms, long at) {
    }

    /** A query waiting to be written to the log. */
    private record Logged(String query, String region, int results, boolean suggestible, Timestamp at) {
    }

    /**
     * Logs a query as typed (masked, at most 100 characters) with its region ('' when unknown). The log is
     * written in batches every few seconds, so a search costs no database write; past {@value #MAX_PENDING}
     * waiting queries (the database unreachable), further ones are not logged.
     */
    public void log(String query, String region, int results, boolean suggestible) {
        if (pendingCount.get() >= MAX_PENDING) {
            return;
        }
        String masked = Masking.inText(query);
        pending.add(new Logged(masked.length() > 100 ? masked.substring(0, 100) : masked, region == null ? "" : region,
                results, suggestible, Timestamp.from(clock.instant())));
        pendingCount.incrementAndGet();
    }

    /** Writes the queries logged since the last time. */
    @Scheduled(fixedDelayString = "${tongban.search.log-flush-interval:2s}")
    public void flush() {
        List<Object[]> rows = new ArrayList<>();
        for (Logged l = pending.poll(); l != null; l = pending.poll()) {
            pendingCount.decrementAndGet();
            rows.add(new Object[] {l.query(), l.region(), l.results(), l.suggestible(), l.at()});
        }
        if (!rows.isEmpty()) {
            template.batchUpdate("insert into search_query (query, region_code, results, suggestible, searched_at) "
                    + "values (?, ?, ?, ?, ?)", rows);
        }
    }

    /** The region's hot terms, most first: pinned ones, then by decayed weight; {@code chain} is the region and those above. */
    public List<String> hot(List<String> chain, int limit) {
        flush();
        String key = String.join(",", chain) + "#" + limit;
        Cached cached = cache.get(key);
        if (cached != null && System.nanoTime() - cached.at() < CACHE_NANOS) {
            return cached.terms();
        }
        List<String> terms = compute(chain, limit);
        cache.put(key, new Cached(terms, System.nanoTime()));
        return terms;
    }

    private List<String> compute(List<String> chain, int limit) {
        List<String> regions = new ArrayList<>(chain);
        regions.add("");
        Set<String> pinned = new LinkedHashSet<>();
        Set<String> blocked = new HashSet<>();
        jdbc.sql("select term, action from search_hot_rule where region_code in (:regions) order by updated_at")
                .param("regions", regions).query(rs -> {
                    (("PIN".equals(rs.getString(2))) ? pinned : blocked).add(rs.getString(1));
                });
        Instant now = clock.instant();
        double halfLifeHours = Math.max(1, halfLife.toHours());
        Map<String, Double> weights = new HashMap<>();
        jdbc.sql("select query, searched_at from search_query where searched_at > :since and results > 0 and suggestible "
                        + "and region_code in (:regions) order by searched_at desc")
                .param("since", Timestamp.from(now.minus(Duration.ofDays(WINDOW_DAYS)))).param("regions", regions)
                .withMaxRows(MAX_ROWS)
                .query(rs -> {
                    double ageHours = Duration.between(rs.getTimestamp(2).toInstant(), now).toMinutes() / 60.0;
                    weights.merge(rs.getString(1).strip(), Math.pow(2, -ageHours / halfLifeHours), Double::sum);
                });
        List<String> terms = new ArrayList<>();
        for (String p : pinned) {
            if (!blocked.contains(p) && terms.size() < limit) {
                terms.add(p);
            }
        }
        weights.entrySet().stream()
                .filter(e -> !blocked.contains(e.getKey()) && !pinned.contains(e.getKey()) && e.getKey().length() <= 20)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(Math.max(0, limit - terms.size())).forEach(e -> terms.add(e.getKey()));
        return List.copyOf(terms);
    }

    /** A hot-term rule: pin or block a term in a region ('' or 37 for the whole province). */
    @Transactional
    public void rule(String term, String region, String action, Actor actor) {
        if (!actor.has(AccountRole.SYSTEM_ADMIN) && !actor.has(CatalogRole.CATALOG_ADMIN)) {
            throw new BusinessException(CommonError.FORBIDDEN);
        }
        var check = new InputCheck();
        String t = check.required("term", term, 20);
        check.check("PIN".equals(action) || "BLOCK".equals(action) || "CLEAR".equals(action), "action",
                SearchError.HOT_RULE_INVALID);
        check.throwIfAny();
        String r = region == null ? "" : region.strip();
        jdbc.sql("delete from search_hot_rule where term = ? and region_code = ?").params(t, r).update();
        if (!"CLEAR".equals(action)) {
            jdbc.sql("insert into search_hot_rule (term, region_code, action, updated_by, updated_at) values (?, ?, ?, ?, ?)")
                    .params(t, r, action, actor.username(), Timestamp.from(clock.instant())).update();
        }
        cache.clear();
        audit.record(actor, "HOT_TERM_" + action, "search", t, "region=" + r);
    }

    /** The queries that found nothing in the last {@code window}, most frequent first: what the knowledge base lacks. */
    public List<Unanswered> unanswered(Duration window, int limit) {
        flush();
        Instant since = clock.instant().minus(window);
        return jdbc.sql("select query, count(*) as times, max(searched_at) as last from search_query "
                        + "where results = 0 and searched_at > ? group by query order by times desc, last desc")
                .param(Timestamp.from(since)).withMaxRows(limit)
                .query((rs, n) -> new Unanswered(rs.getString(1), rs.getInt(2), rs.getTimestamp(3).toInstant())).list();
    }

    /** A query that found nothing: how often, and when last. */
    public record Unanswered(String query, int times, Instant last) {
    }
}
