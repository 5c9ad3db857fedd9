package org.tongban.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.shared.MobileNumber;

/**
 * The local SMS adapter: writes each message to the {@code sms_outbox} table, in the sender's
 * transaction, where demo mode shows it and a provider adapter would pick it up.
 */
@Component
public class OutboxSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(OutboxSmsGateway.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    OutboxSmsGateway(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void send(MobileNumber mobile, String purpose, String text) {
        jdbc.sql("insert into sms_outbox (mobile, purpose, text, created_at) values (?, ?, ?, ?)")
                .params(mobile.value(), purpose, text, Timestamp.from(clock.instant())).update();
        log.debug("SMS {} queued for {}", purpose, mobile.masked());
    }

    /** The newest messages, newest first. */
    @Transactional(readOnly = true)
    public List<SmsMessage> latest(int limit) {
        return jdbc.sql("select * from sms_outbox order by id desc fetch first :limit rows only")
                .param("limit", limit)
                .query((rs, n) -> new SmsMessage(rs.getLong("id"), rs.getString("mobile"), rs.getString("purpose"),
                        rs.getString("text"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** The newest message sent to one number, if any. */
    @Transactional(readOnly = true)
    public Optional<SmsMessage> latestTo(String mobile) {
        return jdbc.sql("select * from sms_outbox where mobile = ? order by id desc fetch first 1 rows only")
                .param(mobile)
                .query((rs, n) -> new SmsMessage(rs.getLong("id"), rs.getString("mobile"), rs.getString("purpose"),
                        rs.getString("text"), rs.getTimestamp("created_at").toInstant()))
                .optional();
    }
}
