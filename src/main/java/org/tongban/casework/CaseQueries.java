package org.tongban.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.identity.AccountRole;
import org.tongban.shared.Actor;
import org.tongban.shared.BusinessException;
import org.tongban.shared.DataScope;
import org.tongban.shared.Masking;
import org.tongban.shared.Role;
import tools.jackson.databind.JsonNode;

/**
 * Reading cases: one case in full for its applicant or for staff in scope, a member of staff's inbox with
 * traffic-light counts, and an applicant's own cases (我的办件). Personal data is masked in every view.
 */
@Service
public class CaseQueries {

    private static final List<CaseStatus> PAUSED = List.of(CaseStatus.SUSPENDED, CaseStatus.CORRECTION_REQUESTED);
    /** Statuses without a traffic light: paused clocks, and finished cases awaiting delivery. */
    private static final List<CaseStatus> UNLIT = List.of(CaseStatus.SUSPENDED, CaseStatus.CORRECTION_REQUESTED,
            CaseStatus.COMPLETED);
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private final Cases cases;
    private final CaseSteps steps;
    private final ClockStops stops;
    private final CaseWorkflow workflow;
    private final TimeLimits limits;
    private final WorkingCalendar calendar;
    private final Clock clock;

    private final JdbcClient jdbc;

    CaseQueries(Cases cases, CaseSteps steps, ClockStops stops, CaseWorkflow workflow, TimeLimits limits,
            WorkingCalendar calendar, Clock clock, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.steps = steps;
        this.stops = stops;
        this.workflow = workflow;
        this.limits = limits;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The applicant as a case shows it: masked. */
    public record ApplicantView(String kind, String name, String number, String mobile) {
    }

    /** One entry of the timeline. */
    public record TimelineEntry(String step, String actor, String role, Instant at, String opinion, String status) {
    }

    /** A period in which the clock stood still. */
    public record ClockStopView(String kind, String reason, Integer plannedDays, LocalDate startedOn,
            LocalDate endedOn, Integer workingDays) {
    }

    /** A case in full, as {@code GET /api/v1/cases/{caseNumber}} returns it. */
    public record CaseView(String caseNumber, String itemCode, int itemVersion, String itemName, CaseStatus status,
            Channel channel, String step, String holder, LocalDate deadline, LocalDate intakeDeadline,
            LocalDate promisedDeadline, LocalDate statutoryDeadline, Integer remainingDays, Light light,
            String processingKind, boolean leaderSign, String regionCode, String departmentCode,
            ApplicantView applicant, Instant submittedAt, Instant acceptedAt, String decision, Instant decidedAt,
            Instant completedAt, Instant deliveredAt, String deliveryMethod, String trackingNumber,
            JsonNode formData, JsonNode materials, List<TimelineEntry> timeline, List<ClockStopView> clockStops,
            List<String> actions, long version) {
    }

    /** A row of an inbox or of 我的办件. */
    public record CaseRow(String caseNumber, String itemName, String applicantName, CaseStatus status, Channel channel,
            String holder, Instant submittedAt, LocalDate deadline, Integer remainingDays, Light light) {
    }

    /** A page of rows; {@code lights} counts the whole inbox by traffic light. */
    public record CasePage(long total, int page, int size, List<CaseRow> rows, Map<Light, Long> lights) {
    }

    @Transactional(readOnly = true)
    public CaseView view(CaseNumber caseNumber, Actor actor) {
        Case aCase = cases.findByCaseNumber(caseNumber.value())
                .filter(c -> CaseAccess.canSee(c, actor))
                .orElseThrow(() -> new BusinessException(CaseError.CASE_NOT_FOUND));
        LocalDate today = LocalDate.now(clock);
        List<TimelineEntry> timeline = steps.findByCaseIdOrderByAtAscIdAsc(aCase.id()).stream()
                .map(s -> new TimelineEntry(s.step(), s.actor(), s.actorRole(), s.at(), s.opinion(), s.status()))
                .toList();
        List<ClockStopView> clockStops = stops.findByCaseIdOrderByStartedOnAscIdAsc(aCase.id()).stream()
                .map(s -> new ClockStopView(s.kind(), s.reason(), s.plannedDays(), s.startedOn(), s.endedOn(),
                        s.workingDays()))
                .toList();
        List<String> actions = Arrays.stream(CaseAction.values())
                .filter(a -> a.allowedIn(aCase.status()) && CaseAccess.mayTake(aCase, a, actor))
                .map(CaseAction::wireName).toList();
        String step = aCase.status().isFinal() ? null : workflow.currentStep(aCase);
        return new CaseView(aCase.caseNumber(), aCase.listingCode(), aCase.listingVersion(), aCase.itemName(),
                aCase.status(), aCase.channel(), step, holder(aCase), aCase.currentDeadline(),
                aCase.intakeDeadline(), aCase.promisedDeadline(), aCase.statutoryDeadline(),
                limits.remaining(aCase, today), limits.light(aCase, today), aCase.processingKind(),
                aCase.leaderSign(), aCase.regionCode(), aCase.departmentCode(), applicant(aCase),
                aCase.submittedAt(), aCase.acceptedAt(), aCase.decision(), aCase.decidedAt(), aCase.completedAt(),
                aCase.deliveredAt(), aCase.deliveryMethod(), aCase.trackingNumber(), FormJson.parse(aCase.formData()),
                FormJson.parse(aCase.materials()), timeline, clockStops, actions, aCase.version());
    }

    /**
     * The caller's inbox: cases whose current step one of their roles holds, in their data scope. {@code light}
     * (optional) keeps only cases with that light; {@code status} (optional) only that status.
     */
    @Transactional(readOnly = true)
    public CasePage inbox(Actor actor, CaseStatus status, Light light, int page, int size) {
        DataScope scope = actor.dataScope();
        if (!actor.isStaff() || scope.isNone()) {
            return new CasePage(0, 0, size, List.of(), Map.of());
        }
        String[] roles = roles(actor);
        LocalDate today = LocalDate.now(clock);
        LocalDate yellowUntil = calendar.plusWorkingDays(today, TimeLimits.YELLOW_AT);
        Page<Case> found = query(scope, roles, status, light, today, yellowUntil,
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100)));
        Map<Light, Long> lights = new LinkedHashMap<>();
        for (Light counted : List.of(Light.RED, Light.YELLOW, Light.GREEN, Light.PAUSED)) {
            lights.put(counted, query(scope, roles, status, counted, today, yellowUntil, PageRequest.of(0, 1))
                    .getTotalElements());
        }
        return new CasePage(found.getTotalElements(), found.getNumber(), found.getSize(),
                found.getContent().stream().map(c -> row(c, today)).toList(), lights);
    }

    private Page<Case> query(DataScope scope, String[] roles, CaseStatus status, Light light, LocalDate today,
            LocalDate yellowUntil, PageRequest page) {
        String department = scope.departmentCode() == null ? "" : scope.departmentCode();
        Set<CaseStatus> statuses = status == null ? CaseActions.active() : Set.of(status);
        LocalDate from = EARLIEST;
        LocalDate to = LATEST;
        if (light == Light.PAUSED) {
            statuses = statuses.stream().filter(PAUSED::contains).collect(Collectors.toSet());
        } else if (light == Light.RED) {
            to = today.minusDays(1);
        } else if (light == Light.YELLOW) {
            from = today;
            to = yellowUntil;
        } else if (light == Light.GREEN) {
            from = yellowUntil.plusDays(1);
        }
        if (statuses.isEmpty()) {
            return Page.empty(page);
        }
        boolean anyDeadline = light == null || light == Light.PAUSED;
        return cases.inbox(roles[0], roles[1], roles[2], scope.regionPattern(), department, statuses, anyDeadline,
                UNLIT, CaseStatus.SUBMITTED, from, to, page);
    }

    /** An earlier case of an applicant, as 一人一档 reads it: what was filled in and handed in. */
    public record EarlierCase(String caseNumber, String itemName, CaseStatus status, Instant submittedAt,
            JsonNode formData, JsonNode materials) {
    }

    /** Statuses of cases whose materials were examined and taken at intake (not refused, not still waiting). */
    private static final List<CaseStatus> TAKEN = List.of(CaseStatus.ACCEPTED, CaseStatus.UNDER_REVIEW,
            CaseStatus.SUSPENDED, CaseStatus.APPROVED, CaseStatus.DENIED, CaseStatus.COMPLETED, CaseStatus.DELIVERED);

    /**
     * The account's cases accepted at intake since {@code since}, newest first, at most {@code limit}: the
     * applicant's own record (一人一档) that forms and materials are reused from.
     */
    @Transactional(readOnly = true)
    public List<EarlierCase> acceptedSince(String username, Instant since, int limit) {
        if (username == null) {
            return List.of();
        }
        return cases.findByApplicantUsernameAndStatusInAndSubmittedAtAfterOrderBySubmittedAtDesc(username, TAKEN, since,
                        PageRequest.of(0, Math.min(Math.max(limit, 1), 100))).stream()
                .map(c -> new EarlierCase(c.caseNumber(), c.itemName(), c.status(), c.submittedAt(),
                        FormJson.parse(c.formData()), FormJson.parse(c.materials())))
                .toList();
    }

    /**
     * The listings the applicants of this listing also applied for, most shared applicants first (内容关联推荐:
     * often applied for together). Counted over the latest cases of the listing only, so a popular listing costs
     * no more than a rare one.
     */
    @Transactional(readOnly = true)
    public List<String> alsoAppliedFor(String listingCode, int limit) {
        return jdbc.sql("""
                        select other.listing_code from cases other
                        where other.applicant_number in (select c.applicant_number from cases c where c.listing_code = :code
                                                         order by c.submitted_at desc limit 500)
                          and other.listing_code <> :code
                        group by other.listing_code
                        having count(distinct other.applicant_number) >= 2
                        order by count(distinct other.applicant_number) desc, other.listing_code""")
                .param("code", listingCode).withMaxRows(Math.min(Math.max(limit, 1), 20)).query(String.class).list();
    }

    /** The applicant's own cases, newest first. */
    @Transactional(readOnly = true)
    public CasePage mine(Actor actor, int page, int size) {
        LocalDate today = LocalDate.now(clock);
        Page<Case> found = cases.findByApplicantUsernameOrderBySubmittedAtDesc(actor.username(),
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100)));
        return new CasePage(found.getTotalElements(), found.getNumber(), found.getSize(),
                found.getContent().stream().map(c -> row(c, today)).toList(), Map.of());
    }

    private CaseRow row(Case aCase, LocalDate today) {
        return new CaseRow(aCase.caseNumber(), aCase.itemName(), Masking.name(aCase.applicantName()), aCase.status(),
                aCase.channel(), holder(aCase), aCase.submittedAt(), aCase.currentDeadline(),
                limits.remaining(aCase, today), limits.light(aCase, today));
    }

    private static String holder(Case aCase) {
        String roles = aCase.holderRole();
        return roles == null ? null : roles.substring(1, roles.length() - 1);
    }

    /**
     * The applicant of a case unmasked, with the case's form data: for the module that makes the case's
     * result in the applicant's name (an electronic license). Never for a page.
     */
    @Transactional(readOnly = true)
    public Optional<ResultHolder> resultHolder(CaseNumber caseNumber) {
        return cases.findByCaseNumber(caseNumber.value()).map(c -> new ResultHolder(c.applicantKind(),
                c.applicantName(), c.applicantNumber(), c.applicantUsername(), c.decision(),
                FormJson.parse(c.formData())));
    }

    /**
     * What rating a case needs: the applicant's account and mobile (unmasked, for the rating invitation and the
     * kiosk's check of the ID card read there; never for a page), the listing, the department and the member of
     * staff who accepted it (whose service is rated).
     */
    @Transactional(readOnly = true)
    public Optional<RatingSubject> ratingSubject(CaseNumber caseNumber) {
        return cases.findByCaseNumber(caseNumber.value()).map(c -> new RatingSubject(c.caseNumber(), c.listingCode(),
                c.itemName(), c.regionCode(), c.departmentCode(), c.channel(), c.status(), c.applicantKind(),
                c.applicantUsername(), c.applicantNumber(), c.applicantMobile(),
                steps.findByCaseIdOrderByAtAscIdAsc(c.id()).stream()
                        .filter(s -> s.step().equals(CaseAction.ACCEPT.wireName())).map(CaseStep::actor)
                        .findFirst().orElse(null),
                c.completedAt()));
    }

    /** A case as rating it needs it; {@code acceptedBy} is null for a case nobody accepted. */
    public record RatingSubject(String caseNumber, String listingCode, String itemName, String regionCode,
            String departmentCode, Channel channel, CaseStatus status, String applicantKind, String applicantUsername,
            String applicantNumber, String applicantMobile, String acceptedBy, Instant completedAt) {
    }

    /** Whom a case's result is for, unmasked, and what the case said; {@code decision} APPROVED or DENIED. */
    public record ResultHolder(String kind, String name, String number, String username, String decision,
            JsonNode formData) {
    }

    private static ApplicantView applicant(Case aCase) {
        boolean person = "PERSON".equals(aCase.applicantKind());
        return new ApplicantView(aCase.applicantKind(), person ? Masking.name(aCase.applicantName()) : aCase.applicantName(),
                person ? Masking.idNumber(aCase.applicantNumber()) : aCase.applicantNumber(),
                Masking.mobile(aCase.applicantMobile()));
    }

    private static String[] roles(Actor actor) {
        String[] patterns = {"-", "-", "-"};
        int i = 0;
        for (Role role : List.of(CaseworkRole.WINDOW_CLERK, CaseworkRole.APPROVER, AccountRole.DEPARTMENT_LEADER)) {
            if (actor.has(role) && i < patterns.length) {
                patterns[i++] = "%," + role.name() + ",%";
            }
        }
        return patterns;
    }
}
