package org.tongban.casework;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.modulith.events.Externalized;
import org.tongban.casework.CaseEvent.CaseFacts;

/** The applicant handed in the correction; intake starts again. */
@Externalized
public record CorrectionSubmitted(CaseFacts facts, Instant at, LocalDate intakeDeadline) implements CaseEvent {

    @Override
    public CaseStatus status() {
        return CaseStatus.SUBMITTED;
    }
}
