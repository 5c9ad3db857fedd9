package org.tongban.casework;

import java.time.Instant;

/**
 * Something happened to a case: one record per step of its life, registered by the {@link Case} aggregate
 * in the transition that made the change and published when the case is saved, inside that transaction,
 * through the event publication registry. Listeners may take {@code CaseEvent} to receive them all and
 * switch over the closed set. ({@link CaseOverdue} is no step and so not one of them.)
 */
public sealed interface CaseEvent permits CaseSubmitted, CaseAccepted, CaseRefused, CorrectionRequested,
        CorrectionSubmitted, ClockStopped, ClockResumed, CaseDecided, CaseCompleted, ResultDelivered, CaseWithdrawn {

    CaseFacts facts();

    Instant at();

    /** The status the case is in after the event. */
    CaseStatus status();

    /** What identifies a case in every event: number, listing, region, department, channel and applicant. */
    record CaseFacts(String caseNumber, String listingCode, String itemName, String regionCode, String departmentCode,
            Channel channel, String applicantUsername) {
    }
}
