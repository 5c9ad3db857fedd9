package org.tongban.casework;

import java.time.Instant;
import org.springframework.modulith.events.Externalized;
import org.tongban.casework.CaseEvent.CaseFacts;

/** The clock runs again; the deadlines moved by the days it stood still. */
@Externalized
public record ClockResumed(CaseFacts facts, Instant at, String kind, int stoppedDays) implements CaseEvent {

    @Override
    public CaseStatus status() {
        return CaseStatus.UNDER_REVIEW;
    }
}
