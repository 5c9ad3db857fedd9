package org.tongban.casework;

import java.time.Instant;
import org.springframework.modulith.events.Externalized;
import org.tongban.casework.CaseEvent.CaseFacts;

/** The applicant withdrew the case before a decision. */
@Externalized
public record CaseWithdrawn(CaseFacts facts, Instant at, CaseStatus from) implements CaseEvent {

    @Override
    public CaseStatus status() {
        return CaseStatus.WITHDRAWN;
    }
}
