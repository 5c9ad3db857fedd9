package org.tongban.application;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.shared.Actor;
import org.tongban.shared.InputCheck;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * 草稿: the form an applicant is filling in, saved as they type (and with a button when scripts are off), so
 * that they can leave and resume on another device. One draft per account and item; it is discarded when
 * the application is submitted. Only the form's own fields are kept (the listing's form, {@link ListingForms}),
 * each a text of bounded length; the form's own checks run when the application is submitted.
 */
@Service
public class Drafts {

    private static final int MAX_LENGTH = 2000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Clock clock;

    Drafts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A saved draft: its fields and when it was last saved. */
    public record Draft(Map<String, String> fields, Instant savedAt) {
    }

    /**
     * Saves the given values of the form's fields ({@code names}; others are ignored) and returns when; a value
     * too long or with control characters is refused.
     */
    @Transactional
    public Instant save(Actor owner, String itemCode, Map<String, String> given, List<String> names) {
        var check = new InputCheck();
        Map<String, String> fields = new LinkedHashMap<>();
        for (String field : names) {
            String value = check.optionalLines("formData." + field, given.get(field), MAX_LENGTH);
            if (value != null) {
                fields.put(field, value);
            }
        }
        check.throwIfAny();
        Instant now = clock.instant();
        String json = JSON.writeValueAsString(fields);
        int updated = jdbc.sql("update application_draft set form_data = ?, updated_at = ? where owner = ? and item_code = ?")
                .params(json, Timestamp.from(now), owner.username(), itemCode).update();
        if (updated == 0) {
            jdbc.sql("insert into application_draft (owner, item_code, form_data, updated_at) values (?, ?, ?, ?)")
                    .params(owner.username(), itemCode, json, Timestamp.from(now)).update();
        }
        return now;
    }

    @Transactional(readOnly = true)
    public Optional<Draft> load(Actor owner, String itemCode) {
        return jdbc.sql("select form_data, updated_at from application_draft where owner = ? and item_code = ?")
                .params(owner.username(), itemCode)
                .query((rs, n) -> new Draft(JSON.readValue(rs.getString(1), new TypeReference<Map<String, String>>() {
                }), rs.getTimestamp(2).toInstant()))
                .optional();
    }

    @Transactional
    public void discard(Actor owner, String itemCode) {
        jdbc.sql("delete from application_draft where owner = ? and item_code = ?").params(owner.username(), itemCode)
                .update();
    }
}
