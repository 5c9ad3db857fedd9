package org.tongban.feedback;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.casework.Light;
import org.tongban.casework.WorkingCalendar;
import org.tongban.identity.AccountRole;
import org.tongban.region.RegionDirectory;
import org.tongban.shared.Actor;
import org.tongban.shared.AuditTrail;
import org.tongban.shared.BusinessException;
import org.tongban.shared.CommonError;
import org.tongban.shared.DataScope;
import org.tongban.shared.InputCheck;
import org.tongban.shared.RegionCode;

/**
 * 差评整改: every bad rating is assigned to the department responsible, which verifies it (核实) within the
 * configured working days and then fixes it at once (立行立改), sets a deadline with a ledger entry (限期整改, 台账),
 * or explains why there is no legal basis (解释说明); a call-back (回访) records the rater's satisfaction; only
 * then may it close. Before it is resolved the department may appeal (申诉) a malicious or mistaken rating; a
 * supervisor upholds the appeal (the rating leaves every indicator, the reason kept) or rejects it.
 * <pre>
 * ASSIGNED ──verify(IMMEDIATE|NO_BASIS)──▶ RESOLVED ──follow-up──▶ FOLLOWED_UP ──close──▶ CLOSED
 *    │  └──verify(DEADLINE)──▶ RECTIFYING ──fix──▶ RESOLVED
 *    └──appeal (also from RECTIFYING)──▶ APPEALED ──review: upheld──▶ EXCLUDED
 *                                            └──review: rejected──▶ back where it was
 * </pre>
 */
@Service
public class Rectifications {

    static final int TEXT_LENGTH = 1000;

    /** The statuses, in the order of the diagram. */
    public enum Status {
        ASSIGNED, RECTIFYING, RESOLVED, FOLLOWED_UP, CLOSED, APPEALED, EXCLUDED;

        boolean open() {
            return this != CLOSED && this != EXCLUDED;
        }
    }

    /** How a verified rating is dealt with. */
    public enum Resolution {
        IMMEDIATE, DEADLINE, NO_BASIS
    }

    /** The steps, by their wire names. */
    public enum Step {
        VERIFY("verify", Set.of(Status.ASSIGNED)),
        FIX("fix", Set.of(Status.RECTIFYING)),
        FOLLOW_UP("follow-up", Set.of(Status.RESOLVED)),
        CLOSE("close", Set.of(Status.FOLLOWED_UP)),
        APPEAL("appeal", Set.of(Status.ASSIGNED, Status.RECTIFYING)),
        REVIEW("review", Set.of(Status.APPEALED));

        private final String wireName;
        private final Set<Status> from;

        Step(String wireName, Set<Status> from) {
            this.wireName = wireName;
            this.from = from;
        }

        public String wireName() {
            return wireName;
        }

        public boolean allowedIn(Status status) {
            return from.contains(status);
        }

        static Optional<Step> of(String wireName) {
            return Arrays.stream(values()).filter(s -> s.wireName.equals(wireName)).findFirst();
        }
    }

    /**
     * One step as a client sends it: {@code step} and what that step needs — verify: {@code finding},
     * {@code resolution}, and {@code note} (what was fixed, the ledger entry, or the explanation) with an
     * optional {@code fixDue}; fix: {@code note}; follow-up: {@code level} 1–5 and {@code note}; appeal:
     * {@code note}; review: {@code upheld} and {@code note}.
     */
    public record StepCommand(String step, String finding, String resolution, String note, String fixDue,
            Integer level, Boolean upheld, Long expectedVersion) {
    }

    public record StepView(String action, String status, String actor, Instant at, String note) {
    }

    /** A rectification with its rating, as staff read it; {@code steps} the ones the caller may take now. */
    public record RectificationView(long id, long ratingId, String subject, String itemName, String departmentCode,
            String departmentName, int level, List<String> reasons, String comment, boolean realName, Instant ratedAt,
            Status status, LocalDate verifyDue, String finding, Resolution resolution, LocalDate fixDue, String ledger,
            String fixNote, LocalDate fixedOn, Integer followUpLevel, String followUpNote, String appealReason,
            String excludedReason, Light light, List<StepView> history, List<String> steps, long version) {
    }

    /** A row of a department's list. */
    public record RectificationRow(long id, String subject, String itemName, String departmentName, int level,
            Status status, LocalDate due, Light light, Instant ratedAt) {
    }

    private final JdbcClient jdbc;
    private final WorkingCalendar calendar;
    private final RegionDirectory regions;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final FeedbackProperties properties;
    private final Clock clock;

    Rectifications(JdbcClient jdbc, WorkingCalendar calendar, RegionDirectory regions, ApplicationEventPublisher events,
            AuditTrail audit, FeedbackProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.regions = regions;
        this.events = events;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** Opens the rectification of a bad rating, due to be verified within the configured working days. */
    void open(long ratingId, String regionCode, String departmentCode) {
        LocalDate today = LocalDate.now(clock);
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into rectification (rating_id, region_code, department_code, status, verify_due, created_at)
                values (:rating, :region, :department, 'ASSIGNED', :due, :at)
                """).param("rating", ratingId).param("region", regionCode).param("department", departmentCode)
                .param("due", Date.valueOf(calendar.plusWorkingDays(today, properties.verifyDays())))
                .param("at", Timestamp.from(clock.instant())).update(key, "id");
        long id = key.getKey().longValue();
        step(id, "OPEN", Status.ASSIGNED, "system", null);
    }

    /** The rectification of a bad rating. */
    @Transactional(readOnly = true)
    public Optional<Long> idOfRating(long ratingId) {
        return jdbc.sql("select id from rectification where rating_id = :rating").param("rating", ratingId)
                .query(Long.class).optional();
    }

    /** Takes one step; returns the rectification after it. */
    @Transactional
    public RectificationView act(long id, StepCommand command, Actor actor) {
        Row row = row(id).filter(r -> visible(r, actor))
                .orElseThrow(() -> new BusinessException(FeedbackError.RECTIFICATION_NOT_FOUND));
        Step step = Step.of(command.step() == null ? "" : command.step().strip())
                .orElseThrow(() -> BusinessException.onField("step", FeedbackError.RECTIFICATION_STEP_UNKNOWN));
        if (!mayTake(row, step, actor)) {
            throw new BusinessException(CommonError.FORBIDDEN);
        }
        if (!step.allowedIn(row.status())) {
            throw new BusinessException(FeedbackError.RECTIFICATION_STEP_NOT_ALLOWED, step.wireName(),
                    row.status().name());
        }
        if (command.expectedVersion() != null && command.expectedVersion() != row.version()) {
            throw new BusinessException(CommonError.CONCURRENT_MODIFICATION);
        }
        LocalDate today = LocalDate.now(clock);
        InputCheck check = new InputCheck();
        String note = check.optionalLines("note", command.note(), TEXT_LENGTH);
        Status next;
        String sql;
        JdbcClient.StatementSpec update;
        switch (step) {
            case VERIFY -> {
                String finding = check.optionalLines("finding", command.finding(), TEXT_LENGTH);
                if (finding == null && !check.hasProblem("finding")) {
                    check.add("finding", CommonError.FIELD_REQUIRED);
                }
                Resolution resolution = Arrays.stream(Resolution.values())
                        .filter(r -> r.name().equals(command.resolution())).findFirst().orElse(null);
                check.check(resolution != null, "resolution", CommonError.INVALID_INPUT);
                requireNote(check, note);
                LocalDate latest = calendar.plusWorkingDays(today, properties.fixDays());
                LocalDate fixDue = resolution == Resolution.DEADLINE
                        ? check.optionalDate("fixDue", command.fixDue(), FeedbackError.RECTIFICATION_DEADLINE_INVALID,
                                latest) : null;
                if (resolution == Resolution.DEADLINE && fixDue == null && !check.hasProblem("fixDue")) {
                    fixDue = latest;
                }
                if (fixDue != null && (!fixDue.isAfter(today) || fixDue.isAfter(latest))) {
                    check.add("fixDue", FeedbackError.RECTIFICATION_DEADLINE_INVALID, latest);
                }
                check.throwIfAny();
                next = resolution == Resolution.DEADLINE ? Status.RECTIFYING : Status.RESOLVED;
                sql = "finding = :finding, resolution = :resolution, fix_due = :due, ledger = :ledger, "
                        + "fix_note = :fix, fixed_on = :fixed";
                update = statement(sql, next, id).param("finding", finding).param("resolution", resolution.name())
                        .param("due", fixDue == null ? null : Date.valueOf(fixDue))
                        .param("ledger", resolution == Resolution.DEADLINE ? note : null)
                        .param("fix", resolution == Resolution.DEADLINE ? null : note)
                        .param("fixed", resolution == Resolution.DEADLINE ? null : Date.valueOf(today));
            }
            case FIX -> {
                requireNote(check, note);
                check.throwIfAny();
                next = Status.RESOLVED;
                update = statement("fix_note = :fix, fixed_on = :fixed", next, id).param("fix", note)
                        .param("fixed", Date.valueOf(today));
            }
            case FOLLOW_UP -> {
                boolean valid = command.level() != null && RatingLevel.of(command.level()).isPresent();
                check.check(valid, "level", FeedbackError.RATING_LEVEL_INVALID);
                requireNote(check, note);
                check.throwIfAny();
                next = Status.FOLLOWED_UP;
                update = statement("follow_up_level = :level, follow_up_note = :note", next, id)
                        .param("level", command.level()).param("note", note);
            }
            case CLOSE -> {
                check.throwIfAny();
                next = Status.CLOSED;
                update = statement("closed_at = :closed", next, id).param("closed", Timestamp.from(clock.instant()));
            }
            case APPEAL -> {
                requireNote(check, note);
                check.throwIfAny();
                next = Status.APPEALED;
                update = statement("appeal_reason = :reason, appealed_from = :from", next, id).param("reason", note)
                        .param("from", row.status().name());
            }
            case REVIEW -> {
                check.check(command.upheld() != null, "upheld", CommonError.FIELD_REQUIRED);
                requireNote(check, note);
                check.throwIfAny();
                boolean upheld = command.upheld();
                next = upheld ? Status.EXCLUDED : row.appealedFrom();
                update = statement("appealed_from = null" + (upheld ? ", closed_at = :closed" : ""), next, id);
                if (upheld) {
                    update = update.param("closed", Timestamp.from(clock.instant()));
                    jdbc.sql("update rating set excluded = true, excluded_reason = :reason where id = :id")
                            .param("reason", note).param("id", row.ratingId()).update();
                }
            }
            default -> throw new IllegalStateException(step.name());
        }
        if (update.param("version", row.version()).update() == 0) {
            throw new BusinessException(CommonError.CONCURRENT_MODIFICATION);
        }
        step(id, step.name(), next, actor.username(), note);
        audit.record(actor, "RECTIFICATION_" + step.name(), "rectification", String.valueOf(id), "status=" + next);
        return view(id, actor);
    }

    private JdbcClient.StatementSpec statement(String set, Status next, long id) {
        return jdbc.sql("update rectification set " + set + ", status = :status, version = version + 1 "
                + "where id = :id and version = :version").param("status", next.name()).param("id", id);
    }

    private static void requireNote(InputCheck check, String note) {
        if (note == null && !check.hasProblem("note")) {
            check.add("note", CommonError.FIELD_REQUIRED);
        }
    }

    /** One rectification for staff in scope (the department's, the region's for supervisors and the hotline). */
    @Transactional(readOnly = true)
    public RectificationView view(long id, Actor actor) {
        Row r = row(id).filter(x -> visible(x, actor))
                .orElseThrow(() -> new BusinessException(FeedbackError.RECTIFICATION_NOT_FOUND));
        List<StepView> history = jdbc.sql("""
                select action, status, actor, at, note from rectification_step where rectification_id = :id
                order by at, id
                """).param("id", id).query((rs, n) -> new StepView(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5))).list();
        List<String> steps = Arrays.stream(Step.values()).filter(s -> s.allowedIn(r.status()) && mayTake(r, s, actor))
                .map(Step::wireName).toList();
        return new RectificationView(r.id(), r.ratingId(), r.subject(), r.itemName(), r.departmentCode(),
                departmentName(r.departmentCode()), r.level(), Ratings.split(r.reasons()), r.comment(),
                r.raterUsername() != null, r.ratedAt(), r.status(), r.verifyDue(), r.finding(), r.resolution(),
                r.fixDue(), r.ledger(), r.fixNote(), r.fixedOn(), r.followUpLevel(), r.followUpNote(),
                r.appealReason(), r.excludedReason(), light(r, LocalDate.now(clock)), history, steps, r.version());
    }

    /**
     * The rectifications in the caller's scope, those still open first by due date; {@code status} (optional)
     * keeps one status. Supervisors see the appeals waiting for them with {@code APPEALED}.
     */
    @Transactional(readOnly = true)
    public List<RectificationRow> list(Actor actor, Status status, int limit) {
        DataScope scope = actor.dataScope();
        if (scope.isNone()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql(SELECT + """
                where x.region_code like :region and (:department = '' or x.department_code = :department)
                  and (:status = '' or x.status = :status)
                order by case when x.status in ('CLOSED', 'EXCLUDED') then 1 else 0 end,
                  coalesce(x.fix_due, x.verify_due), x.id
                limit :limit
                """).param("region", scope.regionPattern()).param("limit", limit)
                .param("department", scope.departmentCode() == null ? "" : scope.departmentCode())
                .param("status", status == null ? "" : status.name())
                .query(Row.class).list().stream()
                .map(r -> new RectificationRow(r.id(), r.subject(), r.itemName(), departmentName(r.departmentCode()),
                        r.level(), r.status(), r.due(), light(r, today), r.ratedAt()))
                .toList();
    }

    /**
     * Marks the rectifications that just missed their verification or fixing deadline and publishes each once per
     * stage, for supervision; returns how many.
     */
    @Transactional
    public int markOverdue() {
        LocalDate today = LocalDate.now(clock);
        List<Row> late = jdbc.sql(SELECT + """
                where (x.status = 'ASSIGNED' and x.verify_due < :today and x.overdue_stage is null)
                   or (x.status = 'RECTIFYING' and x.fix_due < :today
                       and (x.overdue_stage is null or x.overdue_stage <> 'FIX'))
                """).param("today", Date.valueOf(today)).query(Row.class).list();
        for (Row r : late) {
            String stage = r.status() == Status.ASSIGNED ? "VERIFY" : "FIX";
            jdbc.sql("update rectification set overdue_stage = :stage where id = :id").param("stage", stage)
                    .param("id", r.id()).update();
            events.publishEvent(new RectificationOverdue(r.id(), r.subject(), r.itemName(), r.regionCode(),
                    r.departmentCode(), stage, r.due(), clock.instant()));
        }
        return late.size();
    }

    private Light light(Row r, LocalDate today) {
        if (!r.status().open() || r.status() == Status.APPEALED) {
            return r.status() == Status.APPEALED ? Light.PAUSED : Light.NONE;
        }
        LocalDate due = r.due();
        if (due == null || r.status() == Status.RESOLVED || r.status() == Status.FOLLOWED_UP) {
            return Light.GREEN;
        }
        return FeedbackLights.of(due, today, calendar);
    }

    private boolean visible(Row r, Actor actor) {
        return actor.isStaff() && actor.dataScope().includes(RegionCode.of(r.regionCode()), r.departmentCode());
    }

    /** The department's handlers and leaders take its steps; the hotline calls back; supervisors review. */
    private static boolean mayTake(Row r, Step step, Actor actor) {
        boolean department = actor.departmentCode() != null && actor.departmentCode().equals(r.departmentCode())
                && (actor.has(FeedbackRole.FEEDBACK_HANDLER) || actor.has(AccountRole.DEPARTMENT_LEADER));
        return switch (step) {
            case VERIFY, FIX, APPEAL -> department;
            case FOLLOW_UP -> department || actor.has(FeedbackRole.HOTLINE_AGENT);
            case CLOSE -> department || actor.has(AccountRole.SUPERVISOR);
            case REVIEW -> actor.has(AccountRole.SUPERVISOR);
        };
    }

    private void step(long id, String action, Status status, String actor, String note) {
        jdbc.sql("""
                insert into rectification_step (rectification_id, action, status, actor, at, note)
                values (:id, :action, :status, :actor, :at, :note)
                """).param("id", id).param("action", action).param("status", status.name()).param("actor", actor)
                .param("at", Timestamp.from(clock.instant())).param("note", note).update();
    }

    private String departmentName(String code) {
        return regions.department(code).map(d -> d.name()).orElse(code);
    }

    private Optional<Row> row(long id) {
        return jdbc.sql(SELECT + " where x.id = :id").param("id", id).query(Row.class).optional();
    }

    private static final String SELECT = """
            select x.id, x.rating_id, coalesce(r.case_number, concat('contact:', cast(r.service_contact_id as varchar(20))))
                as subject, r.item_name, x.region_code, x.department_code, r.level, r.reasons, r.comment,
                r.rater_username, r.rated_at, x.status, x.verify_due, x.finding, x.resolution, x.fix_due, x.ledger,
                x.fix_note, x.fixed_on, x.follow_up_level, x.follow_up_note, x.appeal_reason, x.appealed_from,
                r.excluded_reason, x.version
            from rectification x join rating r on r.id = x.rating_id
            """;

    record Row(long id, long ratingId, String subject, String itemName, String regionCode, String departmentCode,
            int level, String reasons, String comment, String raterUsername, Instant ratedAt, Status status,
            LocalDate verifyDue, String finding, Resolution resolution, LocalDate fixDue, String ledger, String fixNote,
            LocalDate fixedOn, Integer followUpLevel, String followUpNote, String appealReason, Status appealedFrom,
            String excludedReason, long version) {

        LocalDate due() {
            return status == Status.RECTIFYING ? fixDue : verifyDue;
        }
    }
}
