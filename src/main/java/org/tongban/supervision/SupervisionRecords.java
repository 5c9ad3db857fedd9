package org.tongban.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tongban.shared.TimeConfiguration;

/**
 * The supervision tables, read and written with plain SQL: items (each change checked against the version
 * read), their steps and 集中会商 records. Callers hold the transaction.
 */
@Repository
class SupervisionRecords {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final String COLUMNS = """
            id, item_number, source, source_ref, title, required_result, region_code, department_code,
            responsible_person, deadline, level, status, urged, reported_to_region, recheck_on, opened_by, opened_at,
            closed_at, version""";

    private final JdbcClient jdbc;
    private final Clock clock;

    SupervisionRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What a new item needs; {@code sourceRef} null for a manual item. */
    record NewItem(SupervisionSource source, String sourceRef, String title, String requiredResult, String regionCode,
            String departmentCode, String responsiblePerson, LocalDate deadline, String openedBy) {
    }

    /** A step as stored; {@code evidenceKey} the file store's key of the evidence, if any. */
    record Step(long id, SupervisionAction action, SupervisionLevel level, SupervisionStatus status, String actor,
            Instant at, String note, String evidenceKey, String evidenceName, String evidenceType) {
    }

    /** The evidence attached to a step. */
    record Evidence(String key, String name, String mediaType) {
    }

    /** A 集中会商 as stored; {@code departmentCodes} the units that took part. */
    record Consultation(LocalDate heldOn, List<String> departmentCodes, String conclusion, String recordedBy,
            Instant recordedAt) {
    }

    static String openKey(SupervisionSource source, String sourceRef) {
        return sourceRef == null ? null : source.name() + ":" + sourceRef;
    }

    boolean watching(SupervisionSource source, String sourceRef) {
        return jdbc.sql("select count(*) from supervision_item where open_key = ?").param(openKey(source, sourceRef))
                .query(Long.class).single() > 0;
    }

    /** Stores a new open item with its number ({@code DB} + today + a four-digit serial) and returns it. */
    SupervisionItem insert(NewItem item) {
        long serial = jdbc.sql("select nextval('supervision_serial_seq')").query(Long.class).single();
        String number = "DB" + LocalDate.now(clock).format(DAY) + String.format("%04d", serial % 10_000);
        jdbc.sql("""
                insert into supervision_item (item_number, source, source_ref, open_key, title, required_result,
                  region_code, department_code, responsible_person, deadline, level, status, opened_by, opened_at)
                values (:number, :source, :ref, :openKey, :title, :result, :region, :department, :person, :deadline,
                  'NONE', 'OPEN', :openedBy, :at)""")
                .param("number", number).param("source", item.source().name()).param("ref", item.sourceRef())
                .param("openKey", openKey(item.source(), item.sourceRef())).param("title", item.title())
                .param("result", item.requiredResult()).param("region", item.regionCode())
                .param("department", item.departmentCode()).param("person", item.responsiblePerson())
                .param("deadline", item.deadline()).param("openedBy", item.openedBy())
                .param("at", Timestamp.from(clock.instant())).update();
        return find(number).orElseThrow();
    }

    Optional<SupervisionItem> find(String itemNumber) {
        return jdbc.sql("select " + COLUMNS + " from supervision_item where item_number = ?").param(itemNumber)
                .query(SupervisionRecords::item).optional();
    }

    /**
     * Items in a scope, optionally of one status and level: those still open first, then the most escalated
     * and the oldest deadline.
     */
    List<SupervisionItem> inScope(String regionPattern, String departmentCode, SupervisionStatus status,
            SupervisionLevel level, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                         from supervision_item
                        where region_code like :region and (:department = '' or department_code = :department)
                          and (:status = '' or status = :status) and (:level = '' or level = :level)
                        order by case when status = 'CLOSED' then 1 else 0 end,
                          case level when 'RED' then 0 when 'YELLOW' then 1 when 'REMINDER' then 2 else 3 end,
                          deadline, id
                        limit :limit""")
                .param("region", regionPattern).param("department", departmentCode == null ? "" : departmentCode)
                .param("status", status == null ? "" : status.name()).param("level", level == null ? "" : level.name())
                .param("limit", limit).query(SupervisionRecords::item).list();
    }

    /** Open (not closed) items in a scope by level. */
    Map<SupervisionLevel, Long> levelCounts(String regionPattern, String departmentCode) {
        Map<SupervisionLevel, Long> counts = new EnumMap<>(SupervisionLevel.class);
        for (SupervisionLevel level : SupervisionLevel.values()) {
            counts.put(level, 0L);
        }
        jdbc.sql("""
                select level, count(*) from supervision_item
                where region_code like :region and (:department = '' or department_code = :department)
                  and status <> 'CLOSED'
                group by level""")
                .param("region", regionPattern).param("department", departmentCode == null ? "" : departmentCode)
                .query((rs, n) -> counts.put(SupervisionLevel.valueOf(rs.getString(1)), rs.getLong(2))).list();
        return counts;
    }

    /**
     * Items whose deadline runs and that can still be urged or escalated (a red card reported up is as far as
     * it goes), after {@code afterId}, in id order: the job's batches.
     */
    List<SupervisionItem> running(long afterId, LocalDate deadlineUpTo, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                         from supervision_item
                        where status in ('OPEN', 'REOPENED') and deadline <= :upTo and id > :after
                          and not (level = 'RED' and reported_to_region)
                        order by id limit :limit""")
                .param("upTo", deadlineUpTo).param("after", afterId).param("limit", limit)
                .query(SupervisionRecords::item).list();
    }

    /** Closed items opened for a feedback problem whose re-check is due, after {@code afterId}, in id order. */
    List<SupervisionItem> recheckDue(long afterId, LocalDate today, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                         from supervision_item
                        where status = 'CLOSED' and recheck_on <= :today and source <> 'MANUAL' and id > :after
                        order by id limit :limit""")
                .param("today", today).param("after", afterId).param("limit", limit)
                .query(SupervisionRecords::item).list();
    }

    /**
     * Writes the item's changeable fields as {@code changed} holds them, if nobody changed it since it was
     * read; the open key is dropped once the item no longer watches its problem (closed, no re-check due).
     */
    void update(SupervisionItem changed) {
        boolean watching = changed.status() != SupervisionStatus.CLOSED || changed.recheckOn() != null;
        int updated = jdbc.sql("""
                update supervision_item set status = :status, level = :level, deadline = :deadline, urged = :urged,
                  reported_to_region = :reported, recheck_on = :recheckOn, closed_at = :closedAt,
                  open_key = :openKey, version = version + 1
                where id = :id and version = :version""")
                .param("status", changed.status().name()).param("level", changed.level().name())
                .param("deadline", changed.deadline()).param("urged", changed.urged())
                .param("reported", changed.reportedToRegion()).param("recheckOn", changed.recheckOn())
                .param("closedAt", changed.closedAt() == null ? null : Timestamp.from(changed.closedAt()))
                .param("openKey", watching ? openKey(changed.source(), changed.sourceRef()) : null)
                .param("id", changed.id()).param("version", changed.version()).update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("supervision item " + changed.itemNumber() + " changed");
        }
    }

    void step(SupervisionItem item, SupervisionAction action, String actor, String note, Evidence evidence) {
        jdbc.sql("""
                insert into supervision_step (item_id, action, level, status, actor, at, note, evidence_key,
                  evidence_name, evidence_type)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(item.id(), action.name(), item.level().name(), item.status().name(), actor,
                        Timestamp.from(clock.instant()), note, evidence == null ? null : evidence.key(),
                        evidence == null ? null : evidence.name(), evidence == null ? null : evidence.mediaType())
                .update();
    }

    List<Step> steps(long itemId) {
        return jdbc.sql("""
                select id, action, level, status, actor, at, note, evidence_key, evidence_name, evidence_type
                from supervision_step where item_id = ? order by at, id""").param(itemId)
                .query((rs, n) -> new Step(rs.getLong(1), SupervisionAction.valueOf(rs.getString(2)),
                        SupervisionLevel.valueOf(rs.getString(3)), SupervisionStatus.valueOf(rs.getString(4)),
                        rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getString(8),
                        rs.getString(9), rs.getString(10)))
                .list();
    }

    void consultation(SupervisionItem item, LocalDate heldOn, List<String> departmentCodes, String conclusion,
            String recordedBy) {
        jdbc.sql("""
                insert into supervision_consultation (item_id, held_on, department_codes, conclusion, recorded_by,
                  recorded_at) values (?, ?, ?, ?, ?, ?)""")
                .params(item.id(), heldOn, String.join(",", departmentCodes), conclusion, recordedBy,
                        Timestamp.from(clock.instant()))
                .update();
    }

    List<Consultation> consultations(long itemId) {
        return jdbc.sql("""
                select held_on, department_codes, conclusion, recorded_by, recorded_at
                from supervision_consultation where item_id = ? order by held_on, id""").param(itemId)
                .query((rs, n) -> new Consultation(rs.getObject(1, LocalDate.class),
                        List.of(rs.getString(2).split(",")), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }

    /** How many natural days an item has been open (until it closed), for the board's age column. */
    static long daysOpen(SupervisionItem item, Instant now) {
        LocalDate opened = LocalDate.ofInstant(item.openedAt(), TimeConfiguration.ZONE);
        Instant end = item.closedAt() == null ? now : item.closedAt();
        return Math.max(0, LocalDate.ofInstant(end, TimeConfiguration.ZONE).toEpochDay() - opened.toEpochDay());
    }

    private static SupervisionItem item(ResultSet rs, int n) throws SQLException {
        Timestamp closed = rs.getTimestamp("closed_at");
        return new SupervisionItem(rs.getLong("id"), rs.getString("item_number"),
                SupervisionSource.valueOf(rs.getString("source")), rs.getString("source_ref"), rs.getString("title"),
                rs.getString("required_result"), rs.getString("region_code"), rs.getString("department_code"),
                rs.getString("responsible_person"), rs.getObject("deadline", LocalDate.class),
                SupervisionLevel.valueOf(rs.getString("level")), SupervisionStatus.valueOf(rs.getString("status")),
                rs.getBoolean("urged"), rs.getBoolean("reported_to_region"),
                rs.getObject("recheck_on", LocalDate.class), rs.getString("opened_by"),
                rs.getTimestamp("opened_at").toInstant(), closed == null ? null : closed.toInstant(),
                rs.getLong("version"));
    }
}
