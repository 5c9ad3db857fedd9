package org.tongban.feedback;

import java.time.Instant;
import java.util.List;
import org.springframework.modulith.events.Externalized;

/**
 * The same problem was complained about again: {@code count} tickets (at least the configured threshold) are
 * linked to the problem whose first ticket is {@code problemKey}; {@code ticketNumbers} lists them, oldest first.
 */
@Externalized
public record ComplaintsRepeated(String problemKey, String title, String regionCode, String departmentCode,
        List<String> ticketNumbers, int count, Instant at) implements FeedbackEvent {

    public ComplaintsRepeated {
        ticketNumbers = List.copyOf(ticketNumbers);
    }
}
