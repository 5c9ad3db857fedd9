package org.tongban.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.tongban.shared.BusinessException;

/**
 * 办件: one submitted application as it is processed. It keeps a snapshot of what was applied for (the
 * listing's version, its time limits, the form and the materials) so that later catalog changes never
 * alter a case in progress. It is an aggregate: each transition checks that the case's status allows it
 * ({@link #checkAllowed}), changes the status and what goes with it (deadlines, the stopped clock, the
 * decision) and registers its {@link CaseEvent}, which Spring Data publishes when the case is saved.
 * {@link CaseActions} drives the process and the records around it; {@link Version} makes two simultaneous
 * actions on one case fail for all but the first.
 */
@Entity
@Table(name = "cases")
class Case extends AbstractAggregateRoot<Case> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_number")
    private String caseNumber;
    @Column(name = "listing_code")
    private String listingCode;
    @Column(name = "listing_version")
    private int listingVersion;
    @Column(name = "item_name")
    private String itemName;
    @Column(name = "item_type")
    private String itemType;
    @Column(name = "region_code")
    private String regionCode;
    @Column(name = "department_code")
    private String departmentCode;
    @Column(name = "applicant_username")
    private String applicantUsername;
    @Column(name = "applicant_kind")
    private String applicantKind;
    @Column(name = "applicant_name")
    private String applicantName;
    @Column(name = "applicant_number")
    private String applicantNumber;
    @Column(name = "applicant_mobile")
    private String applicantMobile;
    @Column(name = "submitted_by")
    private String submittedBy;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    @Column(name = "submission_key")
    private String submissionKey;
    @Enumerated(EnumType.STRING)
    private CaseStatus status;
    @Column(name = "processing_kind")
    private String processingKind;
    @Column(name = "promised_days")
    private int promisedDays;
    @Column(name = "promised_unit")
    private String promisedUnit;
    @Column(name = "statutory_days")
    private int statutoryDays;
    @Column(name = "statutory_unit")
    private String statutoryUnit;
    @Column(name = "leader_sign")
    private boolean leaderSign;
    @Column(name = "form_data")
    private String formData;
    private String materials;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "intake_deadline")
    private LocalDate intakeDeadline;
    @Column(name = "accepted_at")
    private Instant acceptedAt;
    @Column(name = "promised_deadline")
    private LocalDate promisedDeadline;
    @Column(name = "statutory_deadline")
    private LocalDate statutoryDeadline;
    @Column(name = "clock_stopped_on")
    private LocalDate clockStoppedOn;
    private String decision;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "completed_at")
    private Instant completedAt;
    @Column(name = "delivered_at")
    private Instant deliveredAt;
    @Column(name = "delivery_method")
    private String deliveryMethod;
    @Column(name = "tracking_number")
    private String trackingNumber;
    private int corrections;
    @Column(name = "holder_role")
    private String holderRole;
    @Column(name = "overdue_notified")
    private boolean overdueNotified;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Version
    private long version;

    protected Case() {
    }

    Case(String caseNumber, CaseDraft draft, Instant now, LocalDate intakeDeadline) {
        this.caseNumber = caseNumber;
        this.listingCode = draft.listingCode();
        this.listingVersion = draft.listingVersion();
        this.itemName = draft.itemName();
        this.itemType = draft.itemType();
        this.regionCode = draft.regionCode();
        this.departmentCode = draft.departmentCode();
        this.applicantUsername = draft.applicant().username();
        this.applicantKind = draft.applicant().kind().name();
        this.applicantName = draft.applicant().name();
        this.applicantNumber = draft.applicant().number();
        this.applicantMobile = draft.applicant().mobile();
        this.submittedBy = draft.submittedBy();
        this.channel = draft.channel();
        this.submissionKey = draft.submissionKey();
        this.status = CaseStatus.SUBMITTED;
        this.processingKind = draft.processingKind();
        this.promisedDays = draft.promisedDays();
        this.promisedUnit = draft.promisedUnit();
        this.statutoryDays = draft.statutoryDays();
        this.statutoryUnit = draft.statutoryUnit();
        this.leaderSign = draft.leaderSign();
        this.formData = draft.formData();
        this.materials = draft.materials();
        this.submittedAt = now;
        this.intakeDeadline = intakeDeadline;
    }

    /**
     * The process instance took the case; its first step is held by {@code holderRole}. Registers
     * {@link CaseSubmitted}.
     */
    void started(String processInstanceId, String holderRole) {
        if (this.processInstanceId != null) {
            throw new IllegalStateException("case " + caseNumber + " has already been started");
        }
        this.processInstanceId = processInstanceId;
        this.holderRole = holderRole;
        registerEvent(new CaseSubmitted(facts(), submittedAt, intakeDeadline));
    }

    /**
     * Refuses what the case's status does not allow ({@link CaseError#ACTION_NOT_ALLOWED}, 409) and a second
     * correction request ({@link CaseError#CORRECTION_ALREADY_REQUESTED}: 一次性告知 means once). Every
     * transition below checks it first, so no caller can move a case where its status does not lead.
     */
    void checkAllowed(CaseAction action) {
        if (!action.allowedIn(status)) {
            throw new BusinessException(CaseError.ACTION_NOT_ALLOWED, action.wireName(), status.name());
        }
        if (action == CaseAction.REQUEST_CORRECTION && corrections > 0) {
            throw new BusinessException(CaseError.CORRECTION_ALREADY_REQUESTED);
        }
    }

    /** 受理: the promised and statutory deadlines start to run. */
    void accept(Instant at, LocalDate promised, LocalDate statutory, String nextHolder) {
        checkAllowed(CaseAction.ACCEPT);
        this.acceptedAt = at;
        this.promisedDeadline = promised;
        this.statutoryDeadline = statutory;
        enter(CaseStatus.ACCEPTED, nextHolder);
        registerEvent(new CaseAccepted(facts(), at, promised, statutory));
    }

    /** 不予受理, on a legal basis. */
    void refuse(Instant at, String basis, String nextHolder) {
        checkAllowed(CaseAction.REFUSE);
        enter(CaseStatus.REFUSED, nextHolder);
        registerEvent(new CaseRefused(facts(), at, basis));
    }

    /** 一次性告知补正: the clock stops until the applicant hands in what is missing. */
    void requestCorrection(Instant at, LocalDate today, List<String> missing, String nextHolder) {
        checkAllowed(CaseAction.REQUEST_CORRECTION);
        this.corrections++;
        this.clockStoppedOn = today;
        enter(CaseStatus.CORRECTION_REQUESTED, nextHolder);
        registerEvent(new CorrectionRequested(facts(), at, List.copyOf(missing)));
    }

    /**
     * 补正: the corrected form and the materials (either {@code null} to keep what the case has) and a new
     * intake deadline; the clock runs again.
     */
    void submitCorrection(Instant at, String correctedForm, String allMaterials, LocalDate newIntakeDeadline,
            String nextHolder) {
        checkAllowed(CaseAction.SUBMIT_CORRECTION);
        if (correctedForm != null) {
            this.formData = correctedForm;
        }
        if (allMaterials != null) {
            this.materials = allMaterials;
        }
        this.intakeDeadline = newIntakeDeadline;
        this.clockStoppedOn = null;
        enter(CaseStatus.SUBMITTED, nextHolder);
        registerEvent(new CorrectionSubmitted(facts(), at, newIntakeDeadline));
    }

    /** 特别程序: the clock stops; the same staff keep the case. */
    void startSpecialProcedure(Instant at, LocalDate today, String procedure, String reason, int plannedDays) {
        checkAllowed(CaseAction.START_SPECIAL_PROCEDURE);
        this.clockStoppedOn = today;
        enter(CaseStatus.SUSPENDED, holderRole);
        registerEvent(new ClockStopped(facts(), at, procedure, reason, plannedDays));
    }

    /** The special procedure ended: the deadlines move by its days and the review goes on. */
    void endSpecialProcedure(Instant at, LocalDate promised, LocalDate statutory, int stoppedDays) {
        checkAllowed(CaseAction.END_SPECIAL_PROCEDURE);
        this.promisedDeadline = promised;
        this.statutoryDeadline = statutory;
        this.clockStoppedOn = null;
        enter(CaseStatus.UNDER_REVIEW, holderRole);
        registerEvent(new ClockResumed(facts(), at, "SPECIAL_PROCEDURE", stoppedDays));
    }

    /** An approver proposes a decision that a leader signs (领导签批): no decision yet, no event. */
    void propose(boolean approve, String nextHolder) {
        checkAllowed(approve ? CaseAction.APPROVE : CaseAction.DENY);
        enter(CaseStatus.UNDER_REVIEW, nextHolder);
    }

    /** 准予 or 不予许可. */
    void decide(boolean approve, Instant at, String basis, String nextHolder) {
        checkAllowed(approve ? CaseAction.APPROVE : CaseAction.DENY);
        this.decision = approve ? "APPROVED" : "DENIED";
        this.decidedAt = at;
        enter(approve ? CaseStatus.APPROVED : CaseStatus.DENIED, nextHolder);
        registerEvent(new CaseDecided(facts(), at, approve, basis));
    }

    /** 办结: on time when done by the promised deadline; returns whether it was. */
    boolean complete(Instant at, LocalDate today, String nextHolder) {
        checkAllowed(CaseAction.COMPLETE);
        boolean onTime = promisedDeadline == null || !today.isAfter(promisedDeadline);
        this.completedAt = at;
        enter(CaseStatus.COMPLETED, nextHolder);
        registerEvent(new CaseCompleted(facts(), at, onTime));
        return onTime;
    }

    /** 送达: how the result reached the applicant, with the tracking number of a parcel. */
    void deliver(Instant at, String method, String tracking, String nextHolder) {
        checkAllowed(CaseAction.DELIVER);
        this.deliveredAt = at;
        this.deliveryMethod = method;
        this.trackingNumber = tracking;
        enter(CaseStatus.DELIVERED, nextHolder);
        registerEvent(new ResultDelivered(facts(), at, method, tracking));
    }

    /** 撤回: nobody holds the case any more and a stopped clock is ended. */
    void withdraw(Instant at) {
        checkAllowed(CaseAction.WITHDRAW);
        CaseStatus from = status;
        this.clockStoppedOn = null;
        enter(CaseStatus.WITHDRAWN, null);
        registerEvent(new CaseWithdrawn(facts(), at, from));
    }

    /** 超期: told once, while the clock runs against a deadline. */
    void markOverdue(Instant at) {
        LocalDate deadline = currentDeadline();
        if (overdueNotified || deadline == null || !status.clockRuns()) {
            throw new IllegalStateException("case " + caseNumber + " cannot go overdue in " + status);
        }
        this.overdueNotified = true;
        registerEvent(new CaseOverdue(facts(), at, deadline, status));
    }

    private void enter(CaseStatus next, String nextHolder) {
        this.status = next;
        this.holderRole = nextHolder;
    }

    /** What identifies the case in every event. */
    CaseEvent.CaseFacts facts() {
        return new CaseEvent.CaseFacts(caseNumber, listingCode, itemName, regionCode, departmentCode, channel,
                applicantUsername);
    }

    /** The events registered since the case was last saved (they are published when it is). */
    List<Object> pendingEvents() {
        return List.copyOf(domainEvents());
    }

    Long id() {
        return id;
    }

    String caseNumber() {
        return caseNumber;
    }

    String listingCode() {
        return listingCode;
    }

    int listingVersion() {
        return listingVersion;
    }

    String itemName() {
        return itemName;
    }

    String itemType() {
        return itemType;
    }

    String regionCode() {
        return regionCode;
    }

    String departmentCode() {
        return departmentCode;
    }

    String applicantUsername() {
        return applicantUsername;
    }

    String applicantKind() {
        return applicantKind;
    }

    String applicantName() {
        return applicantName;
    }

    String applicantNumber() {
        return applicantNumber;
    }

    String applicantMobile() {
        return applicantMobile;
    }

    String submittedBy() {
        return submittedBy;
    }

    Channel channel() {
        return channel;
    }

    String submissionKey() {
        return submissionKey;
    }

    CaseStatus status() {
        return status;
    }

    String processingKind() {
        return processingKind;
    }

    int promisedDays() {
        return promisedDays;
    }

    String promisedUnit() {
        return promisedUnit;
    }

    int statutoryDays() {
        return statutoryDays;
    }

    String statutoryUnit() {
        return statutoryUnit;
    }

    boolean leaderSign() {
        return leaderSign;
    }

    String formData() {
        return formData;
    }

    String materials() {
        return materials;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    LocalDate intakeDeadline() {
        return intakeDeadline;
    }

    Instant acceptedAt() {
        return acceptedAt;
    }

    LocalDate promisedDeadline() {
        return promisedDeadline;
    }

    LocalDate statutoryDeadline() {
        return statutoryDeadline;
    }

    LocalDate clockStoppedOn() {
        return clockStoppedOn;
    }

    String decision() {
        return decision;
    }

    Instant decidedAt() {
        return decidedAt;
    }

    Instant completedAt() {
        return completedAt;
    }

    Instant deliveredAt() {
        return deliveredAt;
    }

    String deliveryMethod() {
        return deliveryMethod;
    }

    String trackingNumber() {
        return trackingNumber;
    }

    int corrections() {
        return corrections;
    }

    String holderRole() {
        return holderRole;
    }

    String processInstanceId() {
        return processInstanceId;
    }

    long version() {
        return version;
    }

    /** The deadline the clock currently runs against: intake before acceptance, the promised one after. */
    LocalDate currentDeadline() {
        return switch (status) {
            case SUBMITTED, CORRECTION_REQUESTED -> intakeDeadline;
            case ACCEPTED, UNDER_REVIEW, SUSPENDED, APPROVED, DENIED -> promisedDeadline;
            default -> null;
        };
    }
}
