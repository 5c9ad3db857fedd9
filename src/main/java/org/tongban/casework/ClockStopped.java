package org.tongban.casework;

import java.time.Instant;
import org.springframework.modulith.events.Externalized;
import org.tongban.casework.CaseEvent.CaseFacts;

/** The clock stopped for a special procedure (特别程序). */
@Externalized
public record ClockStopped(CaseFacts facts, Instant at, String kind, String reason, Integer plannedDays) implements CaseEvent {

    @Override
    public CaseStatus status() {
        return CaseStatus.SUSPENDED;
    }
}
