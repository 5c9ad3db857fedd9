package org.tongban.casework;

import java.time.Instant;
import java.time.LocalDate;
import org.tongban.casework.CaseEvent.CaseFacts;

/** An application became a case (收件). */
public record CaseSubmitted(CaseFacts facts, Instant at, LocalDate intakeDeadline) implements CaseEvent {

    @Override
    public CaseStatus status() {
        return CaseStatus.SUBMITTED;
    }
}
