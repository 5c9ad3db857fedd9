package org.tongban.feedback;

import java.time.Instant;
import java.util.List;
import org.springframework.modulith.events.Externalized;

/**
 * A ticket passed its time limit before it was replied to; {@code departmentCodes} are the departments it was
 * dispatched to (empty when it still waits for dispatch, the hotline's own lateness). Once per ticket.
 */
@Externalized
public record TicketOverdue(String ticketNumber, String kind, String title, String regionCode,
        List<String> departmentCodes, Instant due, Instant at) implements FeedbackEvent {

    public TicketOverdue {
        departmentCodes = List.copyOf(departmentCodes);
    }
}
