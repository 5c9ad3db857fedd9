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

/**
 * 办件: one submitted application as it is processed. It keeps a snapshot of what was applied for (the
 * listing's version, its time limits, the form and the materials) so that later catalog changes never
 * alter a case in progress. Its status is changed only by {@link CaseActions}; {@link Version} makes two
 * simultaneous actions on one case fail for all but the first.
 */
@Entity
@Table(name = "cases")
class Case {

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

    void started(String processInstanceId, String holderRole) {
        this.processInstanceId = processInstanceId;
        this.holderRole = holderRole;
    }

    void moveTo(CaseStatus next, String nextHolderRole) {
        this.status = next;
        this.holderRole = nextHolderRole;
    }

    void accepted(Instant at, LocalDate promised, LocalDate statutory) {
        this.acceptedAt = at;
        this.promisedDeadline = promised;
        this.statutoryDeadline = statutory;
    }

    void clockStopped(LocalDate on) {
        this.clockStoppedOn = on;
    }

    void clockResumed() {
        this.clockStoppedOn = null;
    }

    void correctionRequested() {
        this.corrections++;
    }

    void corrected(String formData, String materials, LocalDate newIntakeDeadline) {
        if (formData != null) {
            this.formData = formData;
        }
        if (materials != null) {
            this.materials = materials;
        }
        this.intakeDeadline = newIntakeDeadline;
    }

    void extendDeadlines(LocalDate promised, LocalDate statutory) {
        this.promisedDeadline = promised;
        this.statutoryDeadline = statutory;
    }

    void decided(String decision, Instant at) {
        this.decision = decision;
        this.decidedAt = at;
    }

    void completed(Instant at) {
        this.completedAt = at;
    }

    void delivered(Instant at, String method, String trackingNumber) {
        this.deliveredAt = at;
        this.deliveryMethod = method;
        this.trackingNumber = trackingNumber;
    }

    void overdueNotified() {
        this.overdueNotified = true;
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
