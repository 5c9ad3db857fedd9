package org.tongban.casework;

import java.time.Instant;
import org.springframework.modulith.events.Externalized;
import org.tongban.casework.CaseEvent.CaseFacts;

/** The decision was made (准予 or 不予), by a leader where the listing requires 签发. */
@Externalized
public record CaseDecided(CaseFacts facts, Instant at, boolean approved, String basis) implements CaseEvent {

    @Override
    public CaseStatus status() {
        return approved ? CaseStatus.APPROVED : CaseStatus.DENIED;
    }
}
