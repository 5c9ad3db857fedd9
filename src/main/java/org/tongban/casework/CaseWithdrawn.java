package org.tongban.casework;

import java.time.Instant;
import org.tongban.casework.CaseEvent.CaseFacts;

/** The applicant withdrew the case before a decision. */
public record CaseWithdrawn(CaseFacts facts, Instant at, CaseStatus from) implements CaseEvent {

    @Override
    public CaseStatus status() {
        return CaseStatus.WITHDRAWN;
    }
}
