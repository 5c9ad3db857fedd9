package org.tongban.casework;

import java.time.Instant;
import org.springframework.modulith.events.Externalized;
import org.tongban.casework.CaseEvent.CaseFacts;

/** The result reached the applicant (送达): at a window, by post or electronically. */
@Externalized
public record ResultDelivered(CaseFacts facts, Instant at, String method, String trackingNumber) implements CaseEvent {

    @Override
    public CaseStatus status() {
        return CaseStatus.DELIVERED;
    }
}
