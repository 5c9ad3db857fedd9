package org.tongban.casework;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.modulith.events.Externalized;
import org.tongban.casework.CaseEvent.CaseFacts;

/** The case was accepted (受理); its deadlines now run. */
@Externalized
public record CaseAccepted(CaseFacts facts, Instant at, LocalDate promisedDeadline, LocalDate statutoryDeadline) implements CaseEvent {

    @Override
    public CaseStatus status() {
        return CaseStatus.ACCEPTED;
    }
}
