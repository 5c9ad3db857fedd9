package org.tongban.feedback;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongban.search.TextTerms;

/**
 * Likely duplicates of a ticket: earlier tickets (within the configured window, not merged away) from the same
 * person (mobile or account) or about the same place (case, hall or address), whose text is similar — the Dice
 * similarity of their terms, as the search index reads Chinese, at least the configured threshold. The
 * candidates come from one index range per column given, each read newest first and stopped at {@value #CANDIDATES},
 * so the check does not grow with the number of tickets nor with how busy a hall is; each ticket keeps its terms,
 * so only the new text is analysed.
 */
@Component
class TicketDuplicates {

    static final int CANDIDATES = 200;
    static final int SHOWN = 5;

    private final JdbcClient jdbc;
    private final TextTerms terms;
    private final FeedbackProperties properties;
    private final Clock clock;

    TicketDuplicates(JdbcClient jdbc, TextTerms terms, FeedbackProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.terms = terms;
        this.properties = properties;
        this.clock = clock;
    }

    /** What a ticket is matched on. */
    record Probe(String ticketNumber, String text, String mobile, String username, String caseNumber, String hallCode,
            String address) {
    }

    /** An earlier ticket like this one; {@code repeatOf} the first ticket of its problem (itself if none). */
    record Match(String ticketNumber, String title, TicketKind kind, String status, Instant createdAt,
            double similarity, String problemKey) {
    }

    /** The terms stored with a ticket: distinct, space-separated, bounded to the column. */
    String termsOf(String text) {
        String joined = String.join(" ", terms.terms(text));
        return joined.length() <= 2000 ? joined : joined.substring(0, joined.lastIndexOf(' ', 2000));
    }

    /** The likely duplicates of {@code probe}, most similar first. */
    List<Match> find(Probe probe) {
        Set<String> mine = terms.terms(probe.text());
        Map<String, Object> on = new LinkedHashMap<>();
        on.put("requester_mobile", probe.mobile());
        on.put("requester_username", probe.username());
        on.put("case_number", probe.caseNumber());
        on.put("hall_code", probe.hallCode());
        on.put("address", probe.address());
        on.values().removeIf(v -> v == null || v.toString().isBlank());
        if (on.isEmpty() || mine.isEmpty()) {
            return List.of();
        }
        // One branch per column, each an index range read newest first that stops at its limit, so a busy hall
        // or address costs no more than a quiet one; then the newest of them all.
        List<String> branches = new ArrayList<>();
        on.keySet().forEach(column -> branches.add("""
                (select ticket_number, title, kind, status, created_at, terms, coalesce(repeat_of, ticket_number) as problem
                 from ticket where %1$s = :%1$s and created_at >= :since and status <> 'MERGED' and ticket_number <> :self
                 order by created_at desc limit %2$d)""".formatted(column, CANDIDATES)));
        JdbcClient.StatementSpec query = jdbc.sql("select * from (" + String.join(" union ", branches)
                        + ") candidate order by created_at desc limit " + CANDIDATES)
                .param("since", Timestamp.from(clock.instant().minus(properties.duplicateWindow())))
                .param("self", probe.ticketNumber() == null ? "" : probe.ticketNumber());
        for (Map.Entry<String, Object> e : on.entrySet()) {
            query = query.param(e.getKey(), e.getValue());
        }
        return query.query((rs, n) -> new Match(rs.getString(1), rs.getString(2), TicketKind.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getTimestamp(5).toInstant(),
                        TextTerms.similarity(mine, new HashSet<>(Arrays.asList(rs.getString(6).split(" ")))), rs.getString(7)))
                .list().stream().filter(m -> m.similarity() >= properties.duplicateSimilarity())
                .sorted(Comparator.comparingDouble(Match::similarity).reversed()).limit(SHOWN).toList();
    }
}
