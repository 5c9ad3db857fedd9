package org.tongban.casework;

import java.time.Instant;
import org.springframework.modulith.events.Externalized;
import org.tongban.casework.CaseEvent.CaseFacts;

/** The case was finished (办结); {@code onTime} compares with the promised deadline. */
@Externalized
public record CaseCompleted(CaseFacts facts, Instant at, boolean onTime) implements CaseEvent {

    @Override
    public CaseStatus status() {
        return CaseStatus.COMPLETED;
    }
}
