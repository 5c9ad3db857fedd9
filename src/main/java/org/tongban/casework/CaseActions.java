package org.tongban.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.shared.Actor;
import org.tongban.shared.AuditTrail;
import org.tongban.shared.BusinessException;
import org.tongban.shared.CommonError;
import org.tongban.shared.InputCheck;
import org.tongban.shared.Role;

/**
 * Every change to a case after submission. An action is checked in this order, and a refusal changes
 * nothing: the action exists; the case exists and is the caller's to see; the case has not changed since
 * the caller read it; the action is allowed in the case's status (else 409); the caller holds the current
 * step; the input is complete. Then the process moves on, the case's status and deadlines follow, and the
 * step, an event and an audit record are written in the same transaction.
 */
@Service
public class CaseActions {

    /** Special procedures (特别程序) the law names; their days do not count against the limits. */
    public static final List<String> SPECIAL_PROCEDURES = List.of("INSPECTION", "HEARING", "EXPERT_REVIEW",
            "PUBLIC_NOTICE", "TESTING", "APPRAISAL", "OTHER");
    public static final List<String> DELIVERY_METHODS = List.of("WINDOW", "POST", "ELECTRONIC");

    private final Cases cases;
    private final CaseSteps steps;
    private final ClockStops stops;
    private final CaseWorkflow workflow;
    private final TimeLimits limits;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;
    private final org.springframework.beans.factory.ObjectProvider<CorrectedForms> forms;

    CaseActions(Cases cases, CaseSteps steps, ClockStops stops, CaseWorkflow workflow, TimeLimits limits,
            ApplicationEventPublisher events, AuditTrail audit, Clock clock,
            org.springframework.beans.factory.ObjectProvider<CorrectedForms> forms) {
        this.forms = forms;
        this.cases = cases;
        this.steps = steps;
        this.stops = stops;
        this.workflow = workflow;
        this.limits = limits;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** The case's status after the action, and its new version. */
    public record Outcome(String caseNumber, CaseStatus status, long version) {
    }

    @Transactional
    public Outcome act(String caseNumber, ActionRequest request, Actor actor) {
        return act(caseNumber, request, actor, null);
    }

    /**
     * The applicant's correction with materials handed in again: {@code addedMaterials} is a JSON array the
     * application module built from the applicant's own checked uploads; it is appended to the case's.
     */
    @Transactional
    public Outcome correct(String caseNumber, String formData, String addedMaterials, Actor actor) {
        return act(caseNumber, new ActionRequest(CaseAction.SUBMIT_CORRECTION.wireName(), null, null, null, null, null,
                null, null, formData, null), actor, addedMaterials);
    }

    private Outcome act(String caseNumber, ActionRequest request, Actor actor, String addedMaterials) {
        CaseAction action = CaseAction.of(request.action() == null ? "" : request.action().strip())
                .orElseThrow(() -> new BusinessException(CaseError.ACTION_UNKNOWN));
        Case aCase = cases.findByCaseNumber(caseNumber == null ? "" : caseNumber)
                .filter(c -> CaseAccess.canSee(c, actor))
                .orElseThrow(() -> new BusinessException(CaseError.CASE_NOT_FOUND));
        if (request.expectedVersion() != null && request.expectedVersion() != aCase.version()) {
            throw new BusinessException(CaseError.CASE_CHANGED);
        }
        if (!action.allowedIn(aCase.status())) {
            throw new BusinessException(CaseError.ACTION_NOT_ALLOWED, action.wireName(), aCase.status().name());
        }
        if (!CaseAccess.mayTake(aCase, action, actor)) {
            throw new BusinessException(CaseError.ACTION_NOT_YOURS);
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        CaseStatus from = aCase.status();
        String detail = switch (action) {
            case ACCEPT -> accept(aCase, now, today);
            case REFUSE -> refuse(aCase, request, now);
            case REQUEST_CORRECTION -> requestCorrection(aCase, request, now, today);
            case SUBMIT_CORRECTION -> submitCorrection(aCase, request, addedMaterials, now, today);
            case START_SPECIAL_PROCEDURE -> startSpecialProcedure(aCase, request, now, today);
            case END_SPECIAL_PROCEDURE -> endSpecialProcedure(aCase, now, today);
            case APPROVE, DENY -> decide(aCase, action == CaseAction.APPROVE, request, actor, now);
            case COMPLETE -> complete(aCase, now, today);
            case DELIVER -> deliver(aCase, request, now);
            case WITHDRAW -> withdraw(aCase, from, now);
        };
        String opinion = request.opinion() == null || request.opinion().isBlank() ? null : request.opinion().strip();
        steps.save(new CaseStep(aCase.id(), stepName(action, aCase), aCase.status(), actor.username(),
                actor.primaryRole(), now, opinion, detail));
        audit.record(actor, "CASE_" + action.name(), "case", aCase.caseNumber(),
                "from=" + from + " to=" + aCase.status() + (detail == null ? "" : " " + detail));
        cases.saveAndFlush(aCase);
        return new Outcome(aCase.caseNumber(), aCase.status(), aCase.version());
    }

    private static String stepName(CaseAction action, Case aCase) {
        boolean proposal = (action == CaseAction.APPROVE || action == CaseAction.DENY)
                && aCase.status() == CaseStatus.UNDER_REVIEW;
        return proposal ? "propose-" + action.wireName() : action.wireName();
    }

    private String accept(Case aCase, Instant now, LocalDate today) {
        CaseWorkflow.Position next = workflow.complete(aCase, CaseAction.ACCEPT.wireName());
        aCase.accepted(now, limits.deadline(today, aCase.promisedDays(), aCase.promisedUnit()),
                limits.deadline(today, aCase.statutoryDays(), aCase.statutoryUnit()));
        aCase.moveTo(CaseStatus.ACCEPTED, next.holderRole());
        events.publishEvent(new CaseAccepted(facts(aCase), now, aCase.promisedDeadline(), aCase.statutoryDeadline()));
        return "promisedDeadline=" + aCase.promisedDeadline();
    }

    private String refuse(Case aCase, ActionRequest request, Instant now) {
        var check = new InputCheck();
        check.required("opinion", request.opinion(), 2000);
        String basis = check.required("basis", request.basis(), 500);
        check.throwIfAny();
        CaseWorkflow.Position next = workflow.complete(aCase, CaseAction.REFUSE.wireName());
        aCase.moveTo(CaseStatus.REFUSED, next.holderRole());
        events.publishEvent(new CaseRefused(facts(aCase), now, basis));
        return "basis=" + basis;
    }

    private String requestCorrection(Case aCase, ActionRequest request, Instant now, LocalDate today) {
        if (aCase.corrections() > 0) {
            throw new BusinessException(CaseError.CORRECTION_ALREADY_REQUESTED);
        }
        var check = new InputCheck();
        check.optional("opinion", request.opinion(), 2000);
        List<String> missing = new ArrayList<>();
        if (request.missing() == null || request.missing().stream().allMatch(m -> m == null || m.isBlank())) {
            check.required("missing", null, 200);
        } else {
            for (int i = 0; i < request.missing().size() && i < 50; i++) {
                String item = check.optional("missing[" + i + "]", request.missing().get(i), 200);
                if (item != null) {
                    missing.add(item);
                }
            }
        }
        check.throwIfAny();
        CaseWorkflow.Position next = workflow.complete(aCase, CaseAction.REQUEST_CORRECTION.wireName());
        aCase.correctionRequested();
        aCase.clockStopped(today);
        stops.save(new ClockStop(aCase.id(), "CORRECTION", String.join("；", missing), null, today));
        aCase.moveTo(CaseStatus.CORRECTION_REQUESTED, next.holderRole());
        events.publishEvent(new CorrectionRequested(facts(aCase), now, List.copyOf(missing)));
        return "missing=" + String.join("；", missing);
    }

    private String submitCorrection(Case aCase, ActionRequest request, String addedMaterials, Instant now,
            LocalDate today) {
        String formData = null;
        if (request.formData() != null && !request.formData().isBlank()) {
            formData = FormJson.object("formData", request.formData());
            CorrectedForms check = forms.getIfAvailable();
            if (check != null) {
                formData = check.checked(aCase.listingCode(), new CorrectedForms.CaseApplicant(aCase.applicantUsername(),
                        aCase.applicantKind(), aCase.applicantName(), aCase.applicantNumber(), aCase.applicantMobile()),
                        formData);
            }
        }
        String materials = addedMaterials == null ? null : FormJson.appended(aCase.materials(), addedMaterials);
        CaseWorkflow.Position next = workflow.complete(aCase, CaseAction.SUBMIT_CORRECTION.wireName());
        ClockStop stop = stops.findFirstByCaseIdAndEndedOnIsNull(aCase.id()).orElseThrow();
        stop.end(today, limits.elapsed(stop.startedOn(), today, "W"));
        aCase.clockResumed();
        aCase.corrected(formData, materials, limits.intakeDeadline(today));
        aCase.moveTo(CaseStatus.SUBMITTED, next.holderRole());
        events.publishEvent(new CorrectionSubmitted(facts(aCase), now, aCase.intakeDeadline()));
        return "intakeDeadline=" + aCase.intakeDeadline();
    }

    private String startSpecialProcedure(Case aCase, ActionRequest request, Instant now, LocalDate today) {
        var check = new InputCheck();
        String procedure = check.required("procedure", request.procedure(), 40);
        if (procedure != null && !SPECIAL_PROCEDURES.contains(procedure)) {
            check.add("procedure", CommonError.INVALID_INPUT);
        }
        String reason = check.required("opinion", request.opinion(), 2000);
        if (request.plannedDays() == null || request.plannedDays() < 1 || request.plannedDays() > 365) {
            check.add("plannedDays", CaseError.PLANNED_DAYS_INVALID);
        }
        check.throwIfAny();
        aCase.clockStopped(today);
        stops.save(new ClockStop(aCase.id(), "SPECIAL_PROCEDURE", procedure + "：" + reason, request.plannedDays(),
                today));
        aCase.moveTo(CaseStatus.SUSPENDED, aCase.holderRole());
        events.publishEvent(new ClockStopped(facts(aCase), now, procedure, reason, request.plannedDays()));
        return "procedure=" + procedure + " plannedDays=" + request.plannedDays();
    }

    private String endSpecialProcedure(Case aCase, Instant now, LocalDate today) {
        ClockStop stop = stops.findFirstByCaseIdAndEndedOnIsNull(aCase.id()).orElseThrow();
        int promisedShift = limits.elapsed(stop.startedOn(), today, aCase.promisedUnit());
        int statutoryShift = limits.elapsed(stop.startedOn(), today, aCase.statutoryUnit());
        stop.end(today, limits.elapsed(stop.startedOn(), today, "W"));
        aCase.extendDeadlines(shift(aCase.promisedDeadline(), promisedShift, aCase.promisedUnit()),
                shift(aCase.statutoryDeadline(), statutoryShift, aCase.statutoryUnit()));
        aCase.clockResumed();
        aCase.moveTo(CaseStatus.UNDER_REVIEW, aCase.holderRole());
        events.publishEvent(new ClockResumed(facts(aCase), now, "SPECIAL_PROCEDURE", stop.workingDays()));
        return "stoppedDays=" + stop.workingDays() + " promisedDeadline=" + aCase.promisedDeadline();
    }

    private LocalDate shift(LocalDate deadline, int days, String unit) {
        return deadline == null ? null : limits.deadline(deadline, days, unit);
    }

    private String decide(Case aCase, boolean approve, ActionRequest request, Actor actor, Instant now) {
        var check = new InputCheck();
        check.required("opinion", request.opinion(), 2000);
        String basis = approve ? check.optional("basis", request.basis(), 500)
                : check.required("basis", request.basis(), 500);
        check.throwIfAny();
        String outcome = approve ? CaseAction.APPROVE.wireName() : CaseAction.DENY.wireName();
        CaseWorkflow.Position next = workflow.complete(aCase, outcome);
        if ("signing".equals(next.step())) {
            aCase.moveTo(CaseStatus.UNDER_REVIEW, next.holderRole());
            return "proposal=" + outcome;
        }
        aCase.decided(approve ? "APPROVED" : "DENIED", now);
        aCase.moveTo(approve ? CaseStatus.APPROVED : CaseStatus.DENIED, next.holderRole());
        events.publishEvent(new CaseDecided(facts(aCase), now, approve, basis));
        return "decision=" + aCase.decision() + (actor.has(Role.DEPARTMENT_LEADER) ? " signed" : "")
                + (basis == null ? "" : " basis=" + basis);
    }

    private String complete(Case aCase, Instant now, LocalDate today) {
        CaseWorkflow.Position next = workflow.complete(aCase, CaseAction.COMPLETE.wireName());
        boolean onTime = aCase.promisedDeadline() == null || !today.isAfter(aCase.promisedDeadline());
        aCase.completed(now);
        aCase.moveTo(CaseStatus.COMPLETED, next.holderRole());
        events.publishEvent(new CaseCompleted(facts(aCase), now, onTime));
        return "onTime=" + onTime;
    }

    private String deliver(Case aCase, ActionRequest request, Instant now) {
        var check = new InputCheck();
        String method = request.deliveryMethod() == null ? "" : request.deliveryMethod().strip();
        if (!DELIVERY_METHODS.contains(method)) {
            check.add("deliveryMethod", CaseError.DELIVERY_METHOD_INVALID);
        }
        String tracking = check.optional("trackingNumber", request.trackingNumber(), 40);
        if ("POST".equals(method) && tracking == null) {
            check.add("trackingNumber", CaseError.TRACKING_NUMBER_REQUIRED);
        }
        check.throwIfAny();
        CaseWorkflow.Position next = workflow.complete(aCase, CaseAction.DELIVER.wireName());
        aCase.delivered(now, method, "POST".equals(method) ? tracking : null);
        aCase.moveTo(CaseStatus.DELIVERED, next.holderRole());
        events.publishEvent(new ResultDelivered(facts(aCase), now, method, aCase.trackingNumber()));
        return "method=" + method + (aCase.trackingNumber() == null ? "" : " tracking=" + aCase.trackingNumber());
    }

    private String withdraw(Case aCase, CaseStatus from, Instant now) {
        workflow.terminate(aCase, "withdrawn");
        stops.findFirstByCaseIdAndEndedOnIsNull(aCase.id())
                .ifPresent(stop -> stop.end(LocalDate.now(clock), limits.elapsed(stop.startedOn(), LocalDate.now(clock), "W")));
        aCase.clockResumed();
        aCase.moveTo(CaseStatus.WITHDRAWN, null);
        events.publishEvent(new CaseWithdrawn(facts(aCase), now, from));
        return null;
    }

    static CaseEvent.CaseFacts facts(Case aCase) {
        return new CaseEvent.CaseFacts(aCase.caseNumber(), aCase.listingCode(), aCase.itemName(), aCase.regionCode(),
                aCase.departmentCode(), aCase.channel(), aCase.applicantUsername());
    }

    static Set<CaseStatus> active() {
        return Set.of(CaseStatus.SUBMITTED, CaseStatus.CORRECTION_REQUESTED, CaseStatus.ACCEPTED,
                CaseStatus.UNDER_REVIEW, CaseStatus.SUSPENDED, CaseStatus.APPROVED, CaseStatus.DENIED,
                CaseStatus.COMPLETED);
    }
}
