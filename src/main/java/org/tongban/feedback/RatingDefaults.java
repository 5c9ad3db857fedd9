package org.tongban.feedback;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.feedback.Ratings.NewRating;
import org.tongban.feedback.Ratings.RatingChannel;

/**
 * The rating nobody gave: a case unrated for the configured period after completion, and a window contact
 * unrated after the same period, get the configured default level, channel DEFAULT, never active (so it never
 * counts as an active rating, and never as a bad one). In batches; each subject once.
 */
@Component
class RatingDefaults {

    static final int BATCH = 200;

    private final JdbcClient jdbc;
    private final Ratings ratings;
    private final FeedbackProperties properties;
    private final Clock clock;

    RatingDefaults(JdbcClient jdbc, Ratings ratings, FeedbackProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.ratings = ratings;
        this.properties = properties;
        this.clock = clock;
    }

    /** Records one batch of defaults; returns how many. */
    @Transactional
    int recordBatch() {
        Instant now = clock.instant();
        List<Ratings.Request> due = jdbc.sql("""
                select case_number, listing_code, item_name, region_code, department_code, staff_username,
                    applicant_kind, applicant_username, token_hash, token_used, rated
                from rating_request where rated = false and default_due_at <= :now
                order by default_due_at limit :batch
                """).param("now", Timestamp.from(now)).param("batch", BATCH).query(Ratings.Request.class).list();
        for (Ratings.Request r : due) {
            if (jdbc.sql("update rating_request set rated = true where case_number = :n and rated = false")
                    .param("n", r.caseNumber()).update() == 1) {
                ratings.insert(new NewRating(r.caseNumber(), null, r.listingCode(), r.itemName(), r.regionCode(),
                        r.departmentCode(), r.staffUsername(), null, null, RatingChannel.DEFAULT, r.applicantKind(),
                        null, properties.defaultLevel(), "", null, false));
            }
        }
        List<Ratings.Contact> contacts = jdbc.sql("""
                select id, token_hash, topic, hall_code, window_number, staff_username, region_code, department_code,
                    applicant_kind, rated
                from service_contact where rated = false and created_at <= :cutoff order by created_at limit :batch
                """).param("cutoff", Timestamp.from(now.minus(properties.defaultAfter()))).param("batch", BATCH)
                .query(Ratings.Contact.class).list();
        for (Ratings.Contact c : contacts) {
            if (jdbc.sql("update service_contact set rated = true where id = :id and rated = false")
                    .param("id", c.id()).update() == 1) {
                ratings.insert(new NewRating(null, c.id(), null, c.topic(), c.regionCode(), c.departmentCode(),
                        c.staffUsername(), c.hallCode(), c.windowNumber(), RatingChannel.DEFAULT, c.applicantKind(),
                        null, properties.defaultLevel(), "", null, false));
            }
        }
        return due.size() + contacts.size();
    }
}
