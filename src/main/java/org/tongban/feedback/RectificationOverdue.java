package org.tongban.feedback;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.modulith.events.Externalized;

/**
 * A bad rating's rectification missed a deadline: {@code stage} VERIFY (not verified in time) or FIX (not
 * rectified by the date the department set). Published once per rectification.
 */
@Externalized
public record RectificationOverdue(long rectificationId, String subject, String itemName, String regionCode,
        String departmentCode, String stage, LocalDate due, Instant at) implements FeedbackEvent {
}
