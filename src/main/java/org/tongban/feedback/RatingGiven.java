package org.tongban.feedback;

import java.time.Instant;
import org.springframework.modulith.events.Externalized;

/**
 * A case or a service contact was rated; {@code active} is false for the default rating recorded when the
 * applicant gave none in time. {@code subject} is the case number or {@code contact:<id>}.
 */
@Externalized
public record RatingGiven(long ratingId, String subject, String listingCode, String itemName, String regionCode,
        String departmentCode, String hallCode, int level, boolean active, String channel, Instant at)
        implements FeedbackEvent {

    /** 差评: 不满意 or 非常不满意. */
    public boolean bad() {
        return level <= RatingLevel.DISSATISFIED.value();
    }
}
