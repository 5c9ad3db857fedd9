package org.tongban.feedback;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a problem that supervision closed has come back, for its re-check (回头看): each question names the
 * record the supervision item was opened for and the moment it was closed.
 */
@Service
public class FeedbackChecks {

    private final JdbcClient jdbc;

    FeedbackChecks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The ticket was sent back for 重办 since. */
    @Transactional(readOnly = true)
    public boolean ticketReopenedSince(String ticketNumber, Instant since) {
        return jdbc.sql("""
                select count(*) from ticket_step s join ticket t on t.id = s.ticket_id
                where t.ticket_number = :number and s.action = 'REOPEN' and s.at > :since
                """).param("number", ticketNumber).param("since", Timestamp.from(since))
                .query(Long.class).single() > 0;
    }

    /** Another complaint about the problem whose first ticket is {@code problemKey} came in since. */
    @Transactional(readOnly = true)
    public boolean repeatedSince(String problemKey, Instant since) {
        return jdbc.sql("select count(*) from ticket where repeat_of = :key and created_at > :since")
                .param("key", problemKey).param("since", Timestamp.from(since)).query(Long.class).single() > 0;
    }

    /** A new bad rating (not excluded) for the item or hall of {@code ref} ({@code ITEM:…} or {@code HALL:…}). */
    @Transactional(readOnly = true)
    public boolean badRatingsSince(String ref, Instant since) {
        boolean item = ref.startsWith("ITEM:");
        String code = ref.substring(ref.indexOf(':') + 1);
        return jdbc.sql("select count(*) from rating where " + (item ? "listing_code" : "hall_code")
                        + " = :code and level <= 2 and not excluded and rated_at > :since")
                .param("code", code).param("since", Timestamp.from(since)).query(Long.class).single() > 0;
    }

    /** A new bad rating (not excluded) of the same item from the same department as the rectification's. */
    @Transactional(readOnly = true)
    public boolean rectificationProblemBack(long rectificationId, Instant since) {
        return jdbc.sql("""
                select count(*) from rating n join rating o on o.listing_code = n.listing_code
                  and o.department_code = n.department_code
                join rectification x on x.rating_id = o.id
                where x.id = :id and n.id <> o.id and n.level <= 2 and not n.excluded and n.rated_at > :since
                """).param("id", rectificationId).param("since", Timestamp.from(since)).query(Long.class).single() > 0;
    }
}
