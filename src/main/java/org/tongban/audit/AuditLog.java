package org.tongban.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.shared.ActionAudited;
import org.tongban.shared.DataScope;

/**
 * Appends audit records to the chain and reads them back. Appends are serialised by a row lock on
 * the chain head, so the chain stays linear across any number of application instances.
 */
@Service
public class AuditLog {

    private static final int MAX_DETAIL = 1000;

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(ActionAudited event) {
        append(event);
    }

    @Transactional
    public AuditRecord append(ActionAudited event) {
        var head = jdbc.sql("select last_sequence, last_hash from audit_chain_head where id = 1 for update")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).single();
        long sequence = (Long) head[0] + 1;
        Instant at = event.at().truncatedTo(ChronoUnit.MICROS);
        String detail = event.detail() != null && event.detail().length() > MAX_DETAIL
                ? event.detail().substring(0, MAX_DETAIL) : event.detail();
        var unhashed = new AuditRecord(sequence, at, truncate(event.actor(), 64), truncate(event.role(), 32),
                event.actorRegion(), truncate(event.action(), 64), truncate(event.resourceType(), 64),
                truncate(event.resourceId(), 128), detail, truncate(event.sourceAddress(), 64),
                truncate(event.requestId(), 64), (String) head[1], null);
        var record = new AuditRecord(unhashed.sequence(), at, unhashed.actor(), unhashed.role(), unhashed.actorRegion(),
                unhashed.action(), unhashed.resourceType(), unhashed.resourceId(), unhashed.detail(),
                unhashed.sourceAddress(), unhashed.requestId(), unhashed.previousHash(), unhashed.computeHash());
        jdbc.sql("""
                insert into audit_record (sequence, recorded_at, actor, role, actor_region, action, resource_type,
                    resource_id, detail, source_address, request_id, previous_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(record.sequence(), Timestamp.from(record.recordedAt()), record.actor(), record.role(),
                        record.actorRegion(), record.action(), record.resourceType(), record.resourceId(),
                        record.detail(), record.sourceAddress(), record.requestId(), record.previousHash(),
                        record.hash())
                .update();
        jdbc.sql("update audit_chain_head set last_sequence = ?, last_hash = ? where id = 1")
                .params(record.sequence(), record.hash()).update();
        return record;
    }

    /** The newest records visible in the given scope, newest first. */
    @Transactional(readOnly = true)
    public List<AuditRecord> latest(DataScope scope, int limit, long beforeSequence) {
        if (scope.isNone()) {
            return List.of();
        }
        boolean everything = scope.regionPrefix().length() <= 2 && scope.departmentCode() == null;
        return jdbc.sql("""
                select * from audit_record
                where sequence < :before and (actor_region like :pattern or (:everything and actor_region is null))
                order by sequence desc fetch first :limit rows only""")
                .param("before", beforeSequence).param("pattern", scope.regionPattern())
                .param("everything", everything).param("limit", limit)
                .query((rs, n) -> read(rs)).list();
    }

    static AuditRecord read(ResultSet rs) throws SQLException {
        return new AuditRecord(rs.getLong("sequence"), rs.getTimestamp("recorded_at").toInstant(), rs.getString("actor"),
                rs.getString("role"), rs.getString("actor_region"), rs.getString("action"), rs.getString("resource_type"),
                rs.getString("resource_id"), rs.getString("detail"), rs.getString("source_address"),
                rs.getString("request_id"), rs.getString("previous_hash"), rs.getString("hash"));
    }

    private static String truncate(String value, int max) {
        return value != null && value.length() > max ? value.substring(0, max) : value;
    }
}
