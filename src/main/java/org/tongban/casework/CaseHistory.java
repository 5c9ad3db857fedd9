package org.tongban.casework;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's recorded history as casework keeps it (its steps, its clock stops, its time stamps and
 * deadlines) for demo mode, which makes cases today and then lays their history on the past weeks so that
 * the platform looks lived in. Only casework writes casework's tables: the demo asks for the history, works
 * out the new times and hands them back here. Never used outside demo mode.
 */
@Service
public class CaseHistory {

    private final JdbcClient jdbc;

    CaseHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A case found by its submission key: when it was submitted and how many steps it has had. */
    public record Submitted(String submissionKey, String caseNumber, Instant submittedAt, int steps) {
    }

    /** The processing limits a history is laid against. */
    public record Limits(boolean immediate, int promisedDays, String promisedUnit, int statutoryDays,
            String statutoryUnit) {
    }

    /** One step as recorded: what was done, when, and the step's detail. */
    public record Step(String name, Instant at, String detail) {
    }

    /** A case's history: its status, its limits, its steps and how many clock stops it has, in order. */
    public record Recorded(CaseStatus status, Limits limits, List<Step> steps, int clockStops) {
    }

    /** A clock stop's days; {@code end} and {@code workingDays} null while it runs. */
    public record Stop(LocalDate start, LocalDate end, Integer workingDays) {
    }

    /**
     * The new history: a time for every step in order, the stops' days (applied only when there are as many
     * as recorded), and the case's time stamps and deadlines (null where the case has none).
     */
    public record Rewritten(List<Instant> stepTimes, List<Stop> stops, Instant submittedAt, Instant acceptedAt,
            Instant decidedAt, Instant completedAt, Instant deliveredAt, LocalDate intakeDeadline,
            LocalDate promisedDeadline, LocalDate statutoryDeadline, LocalDate clockStoppedOn) {
    }

    /** The cases of these submitters whose submission key starts with {@code keyPrefix}. */
    @Transactional(readOnly = true)
    public List<Submitted> submittedWithKeys(String keyPrefix, Collection<String> submitters) {
        return jdbc.sql("""
                select c.submission_key, c.case_number, c.submitted_at,
                       (select count(*) from case_step s where s.case_id = c.id) as steps
                from cases c where c.submission_key like :prefix and c.submitted_by in (:submitters)""")
                .param("prefix", keyPrefix + "%").param("submitters", submitters)
                .query((rs, n) -> new Submitted(rs.getString("submission_key"), rs.getString("case_number"),
                        rs.getTimestamp("submitted_at").toInstant(), rs.getInt("steps")))
                .list();
    }

    @Transactional(readOnly = true)
    public int steps(CaseNumber caseNumber) {
        return jdbc.sql("select count(*) from case_step s join cases c on c.id = s.case_id where c.case_number = ?")
                .param(caseNumber.value()).query(Integer.class).single();
    }

    @Transactional(readOnly = true)
    public Optional<Recorded> recorded(CaseNumber caseNumber) {
        return jdbc.sql("""
                select id, status, processing_kind, promised_days, promised_unit, statutory_days, statutory_unit
                from cases where case_number = ?""").param(caseNumber.value())
                .query((rs, n) -> {
                    long id = rs.getLong(1);
                    var limits = new Limits("IMMEDIATE".equals(rs.getString(3)), rs.getInt(4), rs.getString(5),
                            rs.getInt(6), rs.getString(7));
                    return new Recorded(CaseStatus.valueOf(rs.getString(2)), limits, steps(id), stopIds(id).size());
                })
                .optional();
    }

    /** Writes the new history in the caller's transaction; the case's version moves on. */
    @Transactional
    public void rewrite(CaseNumber caseNumber, Rewritten history) {
        long id = jdbc.sql("select id from cases where case_number = ?").param(caseNumber.value()).query(Long.class).single();
        List<Map.Entry<Long, Instant>> recorded = jdbc.sql("select id, at from case_step where case_id = ? order by id")
                .param(id).query((rs, n) -> Map.entry(rs.getLong(1), rs.getTimestamp(2).toInstant())).list();
        if (recorded.size() != history.stepTimes().size()) {
            throw new IllegalArgumentException("case " + caseNumber + " has " + recorded.size() + " steps, not "
                    + history.stepTimes().size());
        }
        for (int i = 0; i < recorded.size(); i++) {
            Instant at = history.stepTimes().get(i);
            if (!at.equals(recorded.get(i).getValue())) {
                jdbc.sql("update case_step set at = ? where id = ?").params(Timestamp.from(at), recorded.get(i).getKey())
                        .update();
            }
        }
        List<Long> stopIds = stopIds(id);
        if (stopIds.size() == history.stops().size()) {
            for (int i = 0; i < stopIds.size(); i++) {
                Stop stop = history.stops().get(i);
                jdbc.sql("update case_clock_stop set started_on = ?, ended_on = ?, working_days = ? where id = ?")
                        .params(stop.start(), date(stop.end()), new SqlParameterValue(Types.INTEGER, stop.workingDays()),
                                stopIds.get(i))
                        .update();
            }
        }
        jdbc.sql("""
                update cases set submitted_at = ?, accepted_at = ?, decided_at = ?, completed_at = ?, delivered_at = ?,
                    intake_deadline = ?, promised_deadline = ?, statutory_deadline = ?, clock_stopped_on = ?,
                    version = version + 1
                where id = ?""")
                .params(timestamp(history.submittedAt()), timestamp(history.acceptedAt()),
                        timestamp(history.decidedAt()), timestamp(history.completedAt()),
                        timestamp(history.deliveredAt()), history.intakeDeadline(), date(history.promisedDeadline()),
                        date(history.statutoryDeadline()), date(history.clockStoppedOn()), id)
                .update();
    }

    private List<Step> steps(long caseId) {
        return jdbc.sql("select step, at, detail from case_step where case_id = ? order by id").param(caseId)
                .query((rs, n) -> new Step(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3)))
                .list();
    }

    private List<Long> stopIds(long caseId) {
        return jdbc.sql("select id from case_clock_stop where case_id = ? order by id").param(caseId)
                .query(Long.class).list();
    }

    private static SqlParameterValue timestamp(Instant at) {
        return new SqlParameterValue(Types.TIMESTAMP, at == null ? null : Timestamp.from(at));
    }

    private static SqlParameterValue date(LocalDate day) {
        return new SqlParameterValue(Types.DATE, day);
    }
}
