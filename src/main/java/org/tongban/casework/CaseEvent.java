package org.tongban.casework;

import java.time.Instant;

/**
 * Something happened to a case. Every implementation is published inside the transaction that made the
 * change and delivered through the event publication registry; listeners may take {@code CaseEvent} to
 * receive them all.
 */
public interface CaseEvent {

    CaseFacts facts();

    Instant at();

    /** The status the case is in after the event. */
    CaseStatus status();

    /** What identifies a case in every event: number, listing, region, department, channel and applicant. */
    record CaseFacts(String caseNumber, String listingCode, String itemName, String regionCode, String departmentCode,
            Channel channel, String applicantUsername) {
    }
}
