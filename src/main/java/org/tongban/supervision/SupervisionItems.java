package org.tongban.supervision;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.casework.WorkingCalendar;
import org.tongban.document.FileStore;
import org.tongban.document.MaterialInspector;
import org.tongban.feedback.FeedbackRole;
import org.tongban.identity.AccountRole;
import org.tongban.identity.StaffDirectory;
import org.tongban.region.DepartmentView;
import org.tongban.region.RegionDirectory;
import org.tongban.shared.Actor;
import org.tongban.shared.AuditTrail;
import org.tongban.shared.BusinessException;
import org.tongban.shared.CommonError;
import org.tongban.shared.DataScope;
import org.tongban.shared.InputCheck;
import org.tongban.shared.RegionCode;

/**
 * 督查督办 items: opened by a supervisor or for a feedback problem, urged and escalated as their deadline
 * nears and passes, reported on by the responsible unit (with evidence), verified or sent back by a supervisor,
 * and re-checked (回头看) after closing. Supervisors see and act on their region's items; the responsible unit's
 * leaders and feedback handlers see their department's and report on them. Every step is a row, an audit
 * record and, where someone must act, a message.
 */
@Service
public class SupervisionItems {

    /** Who the platform's own steps are recorded as. */
    static final String SYSTEM = "supervision";

    private static final int TITLE_LENGTH = 200;
    private static final int TEXT_LENGTH = 1000;
    private static final int CONCLUSION_LENGTH = 2000;
    private static final int LIST_LIMIT = 200;

    private final SupervisionRecords records;
    private final SupervisionNotices notices;
    private final SupervisionProperties properties;
    private final ProblemBack problemBack;
    private final WorkingCalendar calendar;
    private final RegionDirectory regions;
    private final StaffDirectory staff;
    private final MaterialInspector inspector;
    private final FileStore files;
    private final AuditTrail audit;
    private final Clock clock;

    SupervisionItems(SupervisionRecords records, SupervisionNotices notices, SupervisionProperties properties,
            ProblemBack problemBack, WorkingCalendar calendar, RegionDirectory regions, StaffDirectory staff,
            MaterialInspector inspector, FileStore files, AuditTrail audit, Clock clock) {
        this.records = records;
        this.notices = notices;
        this.properties = properties;
        this.problemBack = problemBack;
        this.calendar = calendar;
        this.regions = regions;
        this.staff = staff;
        this.inspector = inspector;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
    }

    /** A supervisor's new item; every field required, the deadline an ISO date not in the past. */
    public record OpenForm(String title, String requiredResult, String departmentCode, String responsiblePerson,
            String deadline) {
    }

    /** An action on an item: {@code report|verify|reject|recheck|urge}; {@code problemBack} for a re-check. */
    public record ActionForm(String action, String note, Boolean problemBack) {
    }

    /** An uploaded evidence file, as the web edge received it. */
    public record EvidenceFile(String name, String declaredType, byte[] content) {
    }

    /** A 集中会商: when it was held, the units that took part (at least two) and what they agreed. */
    public record ConsultationForm(String heldOn, List<String> departmentCodes, String conclusion) {
    }

    /** An item in a list: its light is its level. */
    public record ItemRow(String itemNumber, SupervisionSource source, String title, String departmentCode,
            String departmentName, String responsiblePerson, LocalDate deadline, SupervisionLevel level,
            SupervisionStatus status, long daysOpen, int overdueDays) {
    }

    /** The items in the caller's scope with the open ones counted by level. */
    public record ItemPage(Map<SupervisionLevel, Long> levels, List<ItemRow> rows) {
    }

    public record StepView(long id, SupervisionAction action, SupervisionLevel level, SupervisionStatus status,
            String actor, Instant at, String note, String evidenceName) {
    }

    public record ConsultationView(LocalDate heldOn, List<String> departmentCodes, List<String> departmentNames,
            String conclusion, String recordedBy, Instant recordedAt) {
    }

    /**
     * One item in full; {@code sourceLink} the feedback page of its problem (null when there is none);
     * {@code actions} what the caller may do now.
     */
    public record ItemView(String itemNumber, SupervisionSource source, String sourceRef, String sourceLink,
            String title, String requiredResult, String regionCode, String departmentCode, String departmentName,
            String responsiblePerson, LocalDate deadline, SupervisionLevel level, SupervisionStatus status,
            boolean urged, boolean reportedToRegion, LocalDate recheckOn, Instant openedAt, Instant closedAt,
            long daysOpen, int overdueDays, List<String> actions, List<StepView> steps,
            List<ConsultationView> consultations) {
    }

    /** The bytes of a step's evidence; the caller closes the stream. */
    public record EvidenceContent(String name, String mediaType, InputStream stream) {
    }

    // --- reading --------------------------------------------------------------------------------------------

    /**
     * The items in the caller's scope, optionally of one status, level and (for region-wide readers) unit; an
     * unknown status or level is a field error. The counts by level cover the whole scope.
     */
    @Transactional(readOnly = true)
    public ItemPage list(Actor actor, String status, String level, String department) {
        var check = new InputCheck();
        SupervisionStatus chosenStatus = check.optionalEnum("status", status, SupervisionStatus.class);
        SupervisionLevel chosenLevel = check.optionalEnum("level", level, SupervisionLevel.class);
        String unit = check.optional("department", department, 18);
        check.throwIfAny();
        if (!reader(actor)) {
            return new ItemPage(records.levelCounts("-", null), List.of());
        }
        DataScope scope = actor.dataScope();
        LocalDate today = LocalDate.now(clock);
        Map<String, String> names = new HashMap<>();
        String departmentCode = scope.departmentCode() == null ? unit : scope.departmentCode();
        List<ItemRow> rows = records.inScope(scope.regionPattern(), departmentCode, chosenStatus, chosenLevel, LIST_LIMIT).stream().map(item -> new ItemRow(item.itemNumber(), item.source(), item.title(),
                        item.departmentCode(), names.computeIfAbsent(item.departmentCode(), this::departmentName),
                        item.responsiblePerson(), item.deadline(), item.level(), item.status(),
                        SupervisionRecords.daysOpen(item, clock.instant()), overdueDays(item, today)))
                .toList();
        return new ItemPage(records.levelCounts(scope.regionPattern(), scope.departmentCode()), rows);
    }

    @Transactional(readOnly = true)
    public ItemView view(String itemNumber, Actor actor) {
        return view(visible(itemNumber, actor), actor);
    }

    /** The evidence of one step of an item the caller may see. */
    @Transactional(readOnly = true)
    public EvidenceContent evidence(String itemNumber, long stepId, Actor actor) {
        SupervisionItem item = visible(itemNumber, actor);
        SupervisionRecords.Step step = records.steps(item.id()).stream()
                .filter(s -> s.id() == stepId && s.evidenceKey() != null).findFirst()
                .orElseThrow(() -> new BusinessException(CommonError.NOT_FOUND));
        return new EvidenceContent(step.evidenceName(), step.evidenceType(), files.open(step.evidenceKey()));
    }

    // --- opening --------------------------------------------------------------------------------------------

    /** Opens an item by hand: a supervisor names the responsible unit (in their region) and person. */
    @Transactional
    public ItemView open(OpenForm form, Actor actor) {
        if (!actor.has(AccountRole.SUPERVISOR)) {
            throw new BusinessException(SupervisionError.SUPERVISION_SUPERVISOR_ONLY);
        }
        var check = new InputCheck();
        String title = check.required("title", form.title(), TITLE_LENGTH);
        String result = check.required("requiredResult", form.requiredResult(), TEXT_LENGTH);
        DepartmentView department = department(check, "departmentCode", form.departmentCode(), actor);
        String person = check.required("responsiblePerson", form.responsiblePerson(), 64);
        if (person != null && department != null && !staffOf(person, department, actor)) {
            check.add("responsiblePerson", SupervisionError.SUPERVISION_PERSON_UNKNOWN);
        }
        LocalDate deadline = check.date("deadline", form.deadline(), SupervisionError.SUPERVISION_DATE_INVALID);
        if (deadline != null) {
            check.check(!deadline.isBefore(LocalDate.now(clock)), "deadline", SupervisionError.SUPERVISION_DEADLINE_PAST);
        }
        check.throwIfAny();
        SupervisionItem item = records.insert(new SupervisionRecords.NewItem(SupervisionSource.MANUAL, null, title,
                result, department.regionCode(), department.code(), person, deadline, actor.username()));
        records.step(item, SupervisionAction.OPEN, actor.username(), null, null);
        audit.record(actor, "SUPERVISION_OPENED", "supervision-item", item.itemNumber(),
                "department=" + department.code() + " deadline=" + deadline);
        return view(item, actor);
    }

    /**
     * Opens an item for a feedback problem unless one still watches it (open, or closed with its re-check
     * due); the deadline is {@code deadline-days} working days away. Returns whether one was opened.
     */
    boolean openFor(SupervisionSource source, String ref, String title, String regionCode, String departmentCode) {
        if (records.watching(source, ref)) {
            return false;
        }
        LocalDate deadline = calendar.plusWorkingDays(LocalDate.now(clock), properties.deadlineDays());
        SupervisionItem item = records.insert(new SupervisionRecords.NewItem(source, ref, clip(title, TITLE_LENGTH),
                notices.text("supervision.auto.result." + source.name()), regionCode, departmentCode, null, deadline,
                SYSTEM));
        records.step(item, SupervisionAction.OPEN, SYSTEM, null, null);
        notices.toUnit(item, "opened");
        audit.record(Actor.system(SYSTEM), "SUPERVISION_OPENED", "supervision-item", item.itemNumber(),
                "source=" + source + " ref=" + ref);
        return true;
    }

    // --- actions --------------------------------------------------------------------------------------------

    /**
     * Takes an action on an item. Refused, with nothing changed: an unknown action (400), an item the caller
     * cannot see (404), a caller who may not take it (403), a status that does not allow it (409), bad input.
     */
    @Transactional
    public ItemView act(String itemNumber, ActionForm form, EvidenceFile evidence, Actor actor) {
        SupervisionAction action = SupervisionAction.taken(form.action()).orElseThrow(
                () -> BusinessException.onField("action", SupervisionError.SUPERVISION_ACTION_UNKNOWN));
        SupervisionItem item = visible(itemNumber, actor);
        if (action == SupervisionAction.REPORT ? !responsible(actor, item) : !supervises(actor, item)) {
            throw new BusinessException(action == SupervisionAction.REPORT
                    ? SupervisionError.SUPERVISION_NOT_RESPONSIBLE : SupervisionError.SUPERVISION_SUPERVISOR_ONLY);
        }
        if (!action.allowedFrom(item.status())) {
            throw new BusinessException(SupervisionError.SUPERVISION_ACTION_NOT_ALLOWED,
                    notices.text("supervision.action." + action.name()),
                    notices.text("supervision.status." + item.status().name()));
        }
        LocalDate today = LocalDate.now(clock);
        if (action == SupervisionAction.RECHECK) {
            if (item.source() != SupervisionSource.MANUAL) {
                throw new BusinessException(SupervisionError.SUPERVISION_RECHECK_AUTOMATIC);
            }
            if (!item.recheckDue(today)) {
                throw new BusinessException(SupervisionError.SUPERVISION_RECHECK_NOT_DUE,
                        item.recheckOn() == null ? "—" : item.recheckOn().toString());
            }
        }
        var check = new InputCheck();
        boolean noteRequired = action == SupervisionAction.REPORT || action == SupervisionAction.REJECT
                || action == SupervisionAction.RECHECK;
        String note = noteRequired ? check.required("note", form.note(), TEXT_LENGTH)
                : check.optionalLines("note", form.note(), TEXT_LENGTH);
        if (action == SupervisionAction.RECHECK) {
            check.check(form.problemBack() != null, "problemBack", SupervisionError.SUPERVISION_PROBLEM_BACK_REQUIRED);
        }
        boolean withEvidence = evidence != null && evidence.content() != null && evidence.content().length > 0;
        check.check(!withEvidence || action == SupervisionAction.REPORT, "file", CommonError.INVALID_INPUT);
        check.throwIfAny();
        SupervisionRecords.Evidence stored = withEvidence ? store(evidence) : null;
        String who = actor.username();
        switch (action) {
            case REPORT -> change(item.withStatus(SupervisionStatus.REPORTED), action, who, note, stored);
            case VERIFY -> change(item.closed(clock.instant(), today.plusDays(properties.recheckAfter())), action, who,
                    note, null);
            case REJECT -> {
                SupervisionItem back = change(item.withStatus(SupervisionStatus.OPEN), action, who, note, null);
                notices.toUnit(back, "rejected");
            }
            case URGE -> urge(item, who, note);
            case RECHECK -> {
                if (form.problemBack()) {
                    reopen(item, who, note);
                } else {
                    change(item.rechecked(), SupervisionAction.RECHECK, who, note, null);
                }
            }
            default -> throw new IllegalStateException("not taken by people: " + action);
        }
        audit.record(actor, "SUPERVISION_" + action.name(), "supervision-item", itemNumber,
                note == null ? null : "note=" + note);
        return view(records.find(itemNumber).orElseThrow(), actor);
    }

    /** Records a 集中会商 on an item: a supervisor, two or more units in their region, a past date. */
    @Transactional
    public ItemView consult(String itemNumber, ConsultationForm form, Actor actor) {
        SupervisionItem item = visible(itemNumber, actor);
        if (!supervises(actor, item)) {
            throw new BusinessException(SupervisionError.SUPERVISION_SUPERVISOR_ONLY);
        }
        var check = new InputCheck();
        LocalDate heldOn = check.date("heldOn", form.heldOn(), SupervisionError.SUPERVISION_DATE_INVALID);
        if (heldOn != null) {
            check.check(!heldOn.isAfter(LocalDate.now(clock)), "heldOn", SupervisionError.SUPERVISION_HELD_IN_FUTURE);
        }
        Set<String> units = new LinkedHashSet<>();
        for (String code : form.departmentCodes() == null ? List.<String>of() : form.departmentCodes()) {
            if (code != null && !code.isBlank()) {
                DepartmentView department = department(check, "departmentCodes", code, actor);
                if (department != null) {
                    units.add(department.code());
                }
            }
        }
        if (!check.hasProblem("departmentCodes")) {
            check.check(units.size() >= 2, "departmentCodes", SupervisionError.SUPERVISION_UNITS_TOO_FEW);
        }
        String conclusion = check.required("conclusion", form.conclusion(), CONCLUSION_LENGTH);
        check.throwIfAny();
        records.consultation(item, heldOn, List.copyOf(units), conclusion, actor.username());
        records.step(item, SupervisionAction.CONSULT, actor.username(), clip(conclusion, TEXT_LENGTH), null);
        audit.record(actor, "SUPERVISION_CONSULTED", "supervision-item", itemNumber, "units=" + String.join(",", units));
        return view(item, actor);
    }

    // --- the deadline job's work ------------------------------------------------------------------------------

    /**
     * Urges a running item once when its deadline is {@code urge-before} working days away or nearer, and
     * escalates an overdue one to the level its working days overdue reach, one step and message per level;
     * a red card is also reported to the region above, once. Returns whether anything changed.
     */
    boolean followDeadline(SupervisionItem item, LocalDate today) {
        if (!item.status().running()) {
            return false;
        }
        if (!today.isAfter(item.deadline())) {
            if (item.urged() || calendar.workingDaysBetween(today, item.deadline()) > properties.urgeBefore()) {
                return false;
            }
            urge(item, SYSTEM, null);
            return true;
        }
        SupervisionLevel reached = SupervisionLevel.reachedAfter(overdueDays(item, today), properties);
        boolean reportUp = reached == SupervisionLevel.RED && !item.reportedToRegion();
        if (reached.compareTo(item.level()) <= 0 && !reportUp) {
            return false;
        }
        SupervisionItem current = item;
        while (current.level().compareTo(reached) < 0) {
            current = current.withLevel(current.level().next());
            records.step(current, SupervisionAction.ESCALATE, SYSTEM,
                    notices.text("supervision.step.escalated", overdueDays(item, today)), null);
            notices.toUnit(current, "level." + current.level().name());
        }
        if (reportUp) {
            String above = notices.toRegionAbove(current);
            current = current.withReportedToRegion();
            records.step(current, SupervisionAction.REPORT_UP, SYSTEM, above == null
                    ? notices.text("supervision.step.reportUp.none") : notices.text("supervision.step.reportUp", above),
                    null);
        }
        records.update(current);
        return true;
    }

    /** The automatic 回头看 of a closed item opened for a feedback problem: reopened, or passed. */
    void recheck(SupervisionItem item) {
        if (problemBack.since(item.source(), item.sourceRef(), item.closedAt())) {
            reopen(item, SYSTEM, notices.text("supervision.step.recheck.back"));
        } else {
            change(item.rechecked(), SupervisionAction.RECHECK, SYSTEM, notices.text("supervision.step.recheck.passed"),
                    null);
        }
    }

    // --- helpers --------------------------------------------------------------------------------------------

    private void urge(SupervisionItem item, String actor, String note) {
        notices.toUnit(change(item.withUrged(), SupervisionAction.URGE, actor, note, null), "urge");
    }

    private void reopen(SupervisionItem item, String actor, String note) {
        LocalDate deadline = calendar.plusWorkingDays(LocalDate.now(clock), properties.deadlineDays());
        notices.toUnit(change(item.reopened(deadline), SupervisionAction.REOPEN, actor, note, null), "reopened");
    }

    private SupervisionItem change(SupervisionItem changed, SupervisionAction action, String actor, String note,
            SupervisionRecords.Evidence evidence) {
        records.update(changed);
        records.step(changed, action, actor, note, evidence);
        return changed;
    }

    private SupervisionRecords.Evidence store(EvidenceFile evidence) {
        String mediaType = inspector.inspect(evidence.name(), evidence.declaredType(), evidence.content(),
                MaterialInspector.SUPPORTED_TYPES);
        FileStore.StoredFile stored = files.put(evidence.name().strip(), mediaType, evidence.content());
        return new SupervisionRecords.Evidence(stored.key(), stored.originalName(), mediaType);
    }

    private ItemView view(SupervisionItem item, Actor actor) {
        LocalDate today = LocalDate.now(clock);
        List<String> actions = new ArrayList<>();
        for (SupervisionAction action : List.of(SupervisionAction.REPORT, SupervisionAction.URGE,
                SupervisionAction.VERIFY, SupervisionAction.REJECT, SupervisionAction.RECHECK)) {
            boolean may = action == SupervisionAction.REPORT ? responsible(actor, item) : supervises(actor, item);
            boolean recheckOk = action != SupervisionAction.RECHECK
                    || (item.source() == SupervisionSource.MANUAL && item.recheckDue(today));
            if (may && recheckOk && action.allowedFrom(item.status())) {
                actions.add(action.name().toLowerCase());
            }
        }
        List<StepView> steps = records.steps(item.id()).stream().map(s -> new StepView(s.id(), s.action(), s.level(),
                s.status(), s.actor(), s.at(), s.note(), s.evidenceName())).toList();
        List<ConsultationView> consultations = records.consultations(item.id()).stream()
                .map(c -> new ConsultationView(c.heldOn(), c.departmentCodes(),
                        c.departmentCodes().stream().map(this::departmentName).toList(), c.conclusion(),
                        c.recordedBy(), c.recordedAt()))
                .toList();
        return new ItemView(item.itemNumber(), item.source(), item.sourceRef(), item.source().link(item.sourceRef()),
                item.title(), item.requiredResult(), item.regionCode(), item.departmentCode(),
                departmentName(item.departmentCode()), item.responsiblePerson(), item.deadline(), item.level(),
                item.status(), item.urged(), item.reportedToRegion(), item.recheckOn(), item.openedAt(),
                item.closedAt(), SupervisionRecords.daysOpen(item, clock.instant()), overdueDays(item, today), actions,
                steps, consultations);
    }

    /** The item, if the caller may read supervision items and it lies in their scope; otherwise not found. */
    private SupervisionItem visible(String itemNumber, Actor actor) {
        return records.find(itemNumber == null ? "" : itemNumber.strip())
                .filter(item -> reader(actor) && actor.dataScope().includes(RegionCode.of(item.regionCode()), item.departmentCode()))
                .orElseThrow(() -> new BusinessException(SupervisionError.SUPERVISION_ITEM_NOT_FOUND));
    }

    private static boolean reader(Actor actor) {
        return actor.has(AccountRole.SUPERVISOR) || actor.has(AccountRole.SYSTEM_ADMIN)
                || actor.has(AccountRole.DEPARTMENT_LEADER) || actor.has(FeedbackRole.FEEDBACK_HANDLER);
    }

    private static boolean supervises(Actor actor, SupervisionItem item) {
        return actor.has(AccountRole.SUPERVISOR)
                && actor.dataScope().includes(RegionCode.of(item.regionCode()), item.departmentCode());
    }

    private static boolean responsible(Actor actor, SupervisionItem item) {
        return item.departmentCode().equals(actor.departmentCode())
                && (actor.has(AccountRole.DEPARTMENT_LEADER) || actor.has(FeedbackRole.FEEDBACK_HANDLER));
    }

    /** A department of the supervisor's region, or null with the problem on {@code field}. */
    private DepartmentView department(InputCheck check, String field, String code, Actor actor) {
        String given = check.required(field, code, 18);
        if (given == null) {
            return null;
        }
        DepartmentView department = regions.department(given).orElse(null);
        if (department == null) {
            check.add(field, SupervisionError.SUPERVISION_DEPARTMENT_UNKNOWN);
            return null;
        }
        if (!actor.dataScope().includes(department.region(), department.code())) {
            check.add(field, SupervisionError.SUPERVISION_DEPARTMENT_OUT_OF_SCOPE, department.name());
            return null;
        }
        return department;
    }

    private boolean staffOf(String username, DepartmentView department, Actor actor) {
        try {
            return department.code().equals(staff.get(actor, username).departmentCode());
        } catch (BusinessException e) {
            return false;
        }
    }

    private String departmentName(String code) {
        return regions.department(code).map(DepartmentView::name).orElse(code);
    }

    private int overdueDays(SupervisionItem item, LocalDate today) {
        return item.status() == SupervisionStatus.CLOSED ? 0 : calendar.workingDaysBetween(item.deadline(), today);
    }

    private static String clip(String text, int max) {
        return text.codePointCount(0, text.length()) <= max ? text
                : text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }
}
