package org.tongban.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.identity.AccountRole;
import org.tongban.shared.Actor;
import org.tongban.shared.AuditTrail;
import org.tongban.shared.BusinessException;

/**
 * Every change to a case after submission, one {@link CaseCommand} at a time. A command is checked in this
 * order, and a refusal changes nothing: the action exists; the case exists and is the caller's to see; the
 * case has not changed since the caller read it; the case's status allows the action (the aggregate's own
 * guard, else 409); the caller holds the current step; the command's input is complete. Then the process
 * moves on, the {@link Case} makes its transition and registers its event, and the step, the clock stop and
 * an audit record are written in the same transaction as the case.
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
    private final AuditTrail audit;
    private final Clock clock;
    private final ObjectProvider<CorrectedForms> forms;

    CaseActions(Cases cases, CaseSteps steps, ClockStops stops, CaseWorkflow workflow, TimeLimits limits,
            AuditTrail audit, Clock clock,
            ObjectProvider<CorrectedForms> forms) {
        this.forms = forms;
        this.cases = cases;
        this.steps = steps;
        this.stops = stops;
        this.workflow = workflow;
        this.limits = limits;
        this.audit = audit;
        this.clock = clock;
    }

    /** The case's status after the action, and its new version. */
    public record Outcome(String caseNumber, CaseStatus status, long version) {
    }

    /** The action a request names (the API's and the pages' form of it). */
    @Transactional
    public Outcome act(CaseNumber caseNumber, ActionRequest request, Actor actor) {
        return act(caseNumber.value(), CaseCommand.of(request), request.expectedVersion(), actor, null);
    }

    /**
     * One command on a case; {@code expectedVersion}, when given, must be the case's version
     * ({@link CaseError#CASE_CHANGED} otherwise).
     */
    @Transactional
    public Outcome act(CaseNumber caseNumber, CaseCommand command, Long expectedVersion, Actor actor) {
        return act(caseNumber.value(), command, expectedVersion, actor, null);
    }

    /**
     * The applicant's correction with materials handed in again: {@code addedMaterials} is a JSON array the
     * application module built from the applicant's own checked uploads; it is appended to the case's.
     */
    @Transactional
    public Outcome correct(CaseNumber caseNumber, String formData, String addedMaterials, Actor actor) {
        return act(caseNumber.value(), new CaseCommand.SubmitCorrection(formData), null, actor, addedMaterials);
    }

    private Outcome act(String caseNumber, CaseCommand command, Long expectedVersion, Actor actor,
            String addedMaterials) {
        CaseAction action = command.action();
        Case aCase = cases.findByCaseNumber(caseNumber == null ? "" : caseNumber)
                .filter(c -> CaseAccess.canSee(c, actor))
                .orElseThrow(() -> new BusinessException(CaseError.CASE_NOT_FOUND));
        if (expectedVersion != null && expectedVersion != aCase.version()) {
            throw new BusinessException(CaseError.CASE_CHANGED);
        }
        aCase.checkAllowed(action);
        if (!CaseAccess.mayTake(aCase, action, actor)) {
            throw new BusinessException(CaseError.ACTION_NOT_YOURS);
        }
        CaseCommand checked = command.checked();
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        CaseStatus from = aCase.status();
        // action() names the command's record type (Java 17 has no switch over types yet)
        String detail = switch (action) {
            case ACCEPT -> accept(aCase, now, today);
            case REFUSE -> refuse(aCase, (CaseCommand.Refuse) checked, now);
            case REQUEST_CORRECTION -> requestCorrection(aCase, (CaseCommand.RequestCorrection) checked, now, today);
            case SUBMIT_CORRECTION -> submitCorrection(aCase, (CaseCommand.SubmitCorrection) checked, addedMaterials,
                    now, today);
            case START_SPECIAL_PROCEDURE -> startSpecialProcedure(aCase, (CaseCommand.StartSpecialProcedure) checked,
                    now, today);
            case END_SPECIAL_PROCEDURE -> endSpecialProcedure(aCase, now, today);
            case APPROVE -> decide(aCase, true, ((CaseCommand.Approve) checked).basis(), actor, now);
            case DENY -> decide(aCase, false, ((CaseCommand.Deny) checked).basis(), actor, now);
            case COMPLETE -> complete(aCase, now, today);
            case DELIVER -> deliver(aCase, (CaseCommand.Deliver) checked, now);
            case WITHDRAW -> withdraw(aCase, now, today);
        };
        steps.save(new CaseStep(aCase.id(), stepName(action, aCase), aCase.status(), actor.username(),
                actor.primaryRole(), now, checked.opinion(), detail));
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
        aCase.accept(now, limits.deadline(today, aCase.promisedDays(), aCase.promisedUnit()),
                limits.deadline(today, aCase.statutoryDays(), aCase.statutoryUnit()), next.holderRole());
        return "promisedDeadline=" + aCase.promisedDeadline();
    }

    private String refuse(Case aCase, CaseCommand.Refuse command, Instant now) {
        CaseWorkflow.Position next = workflow.complete(aCase, CaseAction.REFUSE.wireName());
        aCase.refuse(now, command.basis(), next.holderRole());
        return "basis=" + command.basis();
    }

    private String requestCorrection(Case aCase, CaseCommand.RequestCorrection command, Instant now,
            LocalDate today) {
        String missing = String.join("；", command.missing());
        CaseWorkflow.Position next = workflow.complete(aCase, CaseAction.REQUEST_CORRECTION.wireName());
        stops.save(new ClockStop(aCase.id(), "CORRECTION", missing, null, today));
        aCase.requestCorrection(now, today, command.missing(), next.holderRole());
        return "missing=" + missing;
    }

    private String submitCorrection(Case aCase, CaseCommand.SubmitCorrection command, String addedMaterials,
            Instant now, LocalDate today) {
        String formData = command.formData();
        CorrectedForms check = forms.getIfAvailable();
        if (formData != null && check != null) {
            formData = check.checked(aCase.listingCode(), new CorrectedForms.CaseApplicant(aCase.applicantUsername(),
                    aCase.applicantKind(), aCase.applicantName(), aCase.applicantNumber(), aCase.applicantMobile()),
                    formData);
        }
        String materials = addedMaterials == null ? null : FormJson.appended(aCase.materials(), addedMaterials);
        CaseWorkflow.Position next = workflow.complete(aCase, CaseAction.SUBMIT_CORRECTION.wireName());
        endStop(aCase, today);
        aCase.submitCorrection(now, formData, materials, limits.intakeDeadline(today), next.holderRole());
        return "intakeDeadline=" + aCase.intakeDeadline();
    }

    private String startSpecialProcedure(Case aCase, CaseCommand.StartSpecialProcedure command, Instant now,
            LocalDate today) {
        stops.save(new ClockStop(aCase.id(), "SPECIAL_PROCEDURE", command.procedure() + "：" + command.opinion(),
                command.plannedDays(), today));
        aCase.startSpecialProcedure(now, today, command.procedure(), command.opinion(), command.plannedDays());
        return "procedure=" + command.procedure() + " plannedDays=" + command.plannedDays();
    }

    private String endSpecialProcedure(Case aCase, Instant now, LocalDate today) {
        ClockStop stop = stops.findFirstByCaseIdAndEndedOnIsNull(aCase.id()).orElseThrow();
        int promisedShift = limits.elapsed(stop.startedOn(), today, aCase.promisedUnit());
        int statutoryShift = limits.elapsed(stop.startedOn(), today, aCase.statutoryUnit());
        stop.end(today, limits.elapsed(stop.startedOn(), today, "W"));
        aCase.endSpecialProcedure(now, shift(aCase.promisedDeadline(), promisedShift, aCase.promisedUnit()),
                shift(aCase.statutoryDeadline(), statutoryShift, aCase.statutoryUnit()), stop.workingDays());
        return "stoppedDays=" + stop.workingDays() + " promisedDeadline=" + aCase.promisedDeadline();
    }

    private LocalDate shift(LocalDate deadline, int days, String unit) {
        return deadline == null ? null : limits.deadline(deadline, days, unit);
    }

    private String decide(Case aCase, boolean approve, String basis, Actor actor, Instant now) {
        String outcome = approve ? CaseAction.APPROVE.wireName() : CaseAction.DENY.wireName();
        CaseWorkflow.Position next = workflow.complete(aCase, outcome);
        if ("signing".equals(next.step())) {
            aCase.propose(approve, next.holderRole());
            return "proposal=" + outcome;
        }
        aCase.decide(approve, now, basis, next.holderRole());
        return "decision=" + aCase.decision() + (actor.has(AccountRole.DEPARTMENT_LEADER) ? " signed" : "")
                + (basis == null ? "" : " basis=" + basis);
    }

    private String complete(Case aCase, Instant now, LocalDate today) {
        CaseWorkflow.Position next = workflow.complete(aCase, CaseAction.COMPLETE.wireName());
        return "onTime=" + aCase.complete(now, today, next.holderRole());
    }

    private String deliver(Case aCase, CaseCommand.Deliver command, Instant now) {
        CaseWorkflow.Position next = workflow.complete(aCase, CaseAction.DELIVER.wireName());
        aCase.deliver(now, command.method(), command.trackingNumber(), next.holderRole());
        return "method=" + command.method()
                + (command.trackingNumber() == null ? "" : " tracking=" + command.trackingNumber());
    }

    private String withdraw(Case aCase, Instant now, LocalDate today) {
        workflow.terminate(aCase, "withdrawn");
        endStop(aCase, today);
        aCase.withdraw(now);
        return null;
    }

    /** Ends the case's running clock stop, if it has one, counting its working days. */
    private void endStop(Case aCase, LocalDate today) {
        stops.findFirstByCaseIdAndEndedOnIsNull(aCase.id())
                .ifPresent(stop -> stop.end(today, limits.elapsed(stop.startedOn(), today, "W")));
    }

    static Set<CaseStatus> active() {
        return Set.of(CaseStatus.SUBMITTED, CaseStatus.CORRECTION_REQUESTED, CaseStatus.ACCEPTED,
                CaseStatus.UNDER_REVIEW, CaseStatus.SUSPENDED, CaseStatus.APPROVED, CaseStatus.DENIED,
                CaseStatus.COMPLETED);
    }
}
