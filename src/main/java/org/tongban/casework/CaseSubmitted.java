package org.tongban.casework;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.modulith.events.Externalized;
import org.tongban.casework.CaseEvent.CaseFacts;

/** An application became a case (收件). */
@Externalized
public record CaseSubmitted(CaseFacts facts, Instant at, LocalDate intakeDeadline) implements CaseEvent {

    @Override
    public CaseStatus status() {
        return CaseStatus.SUBMITTED;
    }
}
