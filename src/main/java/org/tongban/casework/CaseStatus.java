package org.tongban.casework;

/** Where a case stands. The API's status names are these constants. */
public enum CaseStatus {
    SUBMITTED, CORRECTION_REQUESTED, ACCEPTED, REFUSED, UNDER_REVIEW, SUSPENDED, APPROVED, DENIED, COMPLETED,
    DELIVERED, WITHDRAWN;

    /** No action can change the case any more. */
    public boolean isFinal() {
        return this == REFUSED || this == DELIVERED || this == WITHDRAWN;
    }

    /** The clock runs against a deadline (it stops for corrections and special procedures). */
    public boolean clockRuns() {
        return this == SUBMITTED || this == ACCEPTED || this == UNDER_REVIEW || this == APPROVED || this == DENIED;
    }

    /** Decided (准予 or 不予) or later. */
    public boolean isDecided() {
        return this == APPROVED || this == DENIED || this == COMPLETED || this == DELIVERED;
    }
}
