package org.tongban.casework;

import java.time.Instant;
import org.springframework.modulith.events.Externalized;
import org.tongban.casework.CaseEvent.CaseFacts;

/** Intake was refused (不予受理) with its legal basis. */
@Externalized
public record CaseRefused(CaseFacts facts, Instant at, String basis) implements CaseEvent {

    @Override
    public CaseStatus status() {
        return CaseStatus.REFUSED;
    }
}
