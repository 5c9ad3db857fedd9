package org.tongban.casework;

import org.tongban.identity.Applicants.Applicant;

/**
 * What the application module hands over when an application is submitted: the listing's snapshot, the
 * applicant, who entered it and through which channel, the form and the materials (both JSON), and the
 * submitter's idempotency key.
 */
public record CaseDraft(String listingCode, int listingVersion, String itemName, String itemType, String regionCode,
        String departmentCode, String processingKind, int promisedDays, String promisedUnit, int statutoryDays,
        String statutoryUnit, boolean leaderSign, Applicant applicant, String submittedBy, Channel channel,
        String submissionKey, String formData, String materials) {
}
