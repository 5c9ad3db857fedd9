package org.tongban.casework;

import java.time.Instant;
import org.tongban.casework.CaseEvent.CaseFacts;

/** The case was accepted (受理); its deadlines now run. */
public record CaseAccepted(CaseFacts facts, Instant at, java.time.LocalDate promisedDeadline, java.time.LocalDate statutoryDeadline) implements CaseEvent {

    @Override
    public CaseStatus status() {
        return CaseStatus.ACCEPTED;
    }
}
