package org.tongban.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.shared.Actor;
import org.tongban.shared.Role;

/**
 * In-app messages (站内消息): to one account, or to a role of one department (all its leaders, say). They
 * are written in the sender's transaction, so a message exists exactly when what it reports happened.
 */
@Service
public class InAppMessages {

    private final JdbcClient jdbc;
    private final Clock clock;

    InAppMessages(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A message as its reader sees it. */
    public record Message(long id, String title, String body, String link, Instant createdAt, boolean read) {
    }

    @Transactional
    public void toAccount(String username, String title, String body, String link) {
        jdbc.sql("insert into user_message (username, title, body, link, created_at) values (?, ?, ?, ?, ?)")
                .params(username, clip(title, 200), clip(body, 1000), link, Timestamp.from(clock.instant())).update();
    }

    @Transactional
    public void toRole(String regionCode, String departmentCode, Role role, String title, String body, String link) {
        jdbc.sql("insert into staff_notice (region_code, department_code, role, title, body, link, created_at) "
                + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(regionCode, departmentCode, role.name(), clip(title, 200), clip(body, 1000), link,
                        Timestamp.from(clock.instant()))
                .update();
    }

    /** The account's newest messages, newest first. */
    @Transactional(readOnly = true)
    public List<Message> forAccount(String username, int limit) {
        return jdbc.sql("select id, title, body, link, created_at, read_at from user_message where username = ? "
                + "order by created_at desc, id desc limit ?")
                .params(username, limit)
                .query((rs, n) -> new Message(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getTimestamp(6) != null))
                .list();
    }

    /** The newest notices to the member of staff's roles in their department and region. */
    @Transactional(readOnly = true)
    public List<Message> forStaff(Actor staff, int limit) {
        if (!staff.isStaff() || staff.departmentCode() == null) {
            return List.of();
        }
        List<String> roles = staff.roles().stream().filter(Role::isStaff).map(Role::name).toList();
        if (roles.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, title, body, link, created_at from staff_notice where department_code = :department "
                + "and region_code = :region and role in (:roles) order by created_at desc, id desc limit :limit")
                .param("department", staff.departmentCode()).param("region", staff.regionCode())
                .param("roles", roles).param("limit", limit)
                .query((rs, n) -> new Message(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), false))
                .list();
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
