package org.tongban.casework;

import java.time.Instant;
import java.util.List;
import org.springframework.modulith.events.Externalized;
import org.tongban.casework.CaseEvent.CaseFacts;

/** The applicant was told once everything that is missing (补正告知); the clock stops. */
@Externalized
public record CorrectionRequested(CaseFacts facts, Instant at, List<String> missing) implements CaseEvent {

    @Override
    public CaseStatus status() {
        return CaseStatus.CORRECTION_REQUESTED;
    }
}
