package org.tongban.casework;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What can be done to a case, with the statuses each action is allowed in. An action in any other status
 * is refused with {@link CaseError#ACTION_NOT_ALLOWED} (409) and changes nothing. The wire name is what
 * {@code POST /api/v1/cases/{caseNumber}/actions} takes.
 */
public enum CaseAction {
    ACCEPT("accept", EnumSet.of(CaseStatus.SUBMITTED)),
    REFUSE("refuse", EnumSet.of(CaseStatus.SUBMITTED)),
    REQUEST_CORRECTION("request-correction", EnumSet.of(CaseStatus.SUBMITTED)),
    SUBMIT_CORRECTION("submit-correction", EnumSet.of(CaseStatus.CORRECTION_REQUESTED)),
    START_SPECIAL_PROCEDURE("start-special-procedure", EnumSet.of(CaseStatus.ACCEPTED, CaseStatus.UNDER_REVIEW)),
    END_SPECIAL_PROCEDURE("end-special-procedure", EnumSet.of(CaseStatus.SUSPENDED)),
    APPROVE("approve", EnumSet.of(CaseStatus.ACCEPTED, CaseStatus.UNDER_REVIEW)),
    DENY("deny", EnumSet.of(CaseStatus.ACCEPTED, CaseStatus.UNDER_REVIEW)),
    COMPLETE("complete", EnumSet.of(CaseStatus.APPROVED, CaseStatus.DENIED)),
    DELIVER("deliver", EnumSet.of(CaseStatus.COMPLETED)),
    WITHDRAW("withdraw", EnumSet.of(CaseStatus.SUBMITTED, CaseStatus.CORRECTION_REQUESTED, CaseStatus.ACCEPTED,
            CaseStatus.UNDER_REVIEW, CaseStatus.SUSPENDED));

    private final String wireName;
    private final Set<CaseStatus> allowedIn;

    CaseAction(String wireName, Set<CaseStatus> allowedIn) {
        this.wireName = wireName;
        this.allowedIn = allowedIn;
    }

    public String wireName() {
        return wireName;
    }

    public boolean allowedIn(CaseStatus status) {
        return allowedIn.contains(status);
    }

    /** Taken by the applicant rather than by staff. */
    public boolean byApplicant() {
        return this == SUBMIT_CORRECTION || this == WITHDRAW;
    }

    public static Optional<CaseAction> of(String wireName) {
        return Arrays.stream(values()).filter(a -> a.wireName.equals(wireName)).findFirst();
    }
}
