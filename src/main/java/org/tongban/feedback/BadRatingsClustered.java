package org.tongban.feedback;

import java.time.Instant;
import org.springframework.modulith.events.Externalized;

/**
 * Bad ratings piled up for one item or one hall: {@code count} in the window ending {@code at}. {@code ref} is
 * {@code ITEM:<listing code>} or {@code HALL:<hall code>}; {@code name} what a person reads (item or hall name).
 */
@Externalized
public record BadRatingsClustered(String ref, String name, String regionCode, String departmentCode, int count,
        Instant since, Instant at) implements FeedbackEvent {
}
