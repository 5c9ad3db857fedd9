package org.tongban.supervision;

import java.time.Instant;
import org.springframework.stereotype.Component;
import org.tongban.feedback.FeedbackChecks;

/**
 * The automatic 回头看: for each source of a feedback problem, the question feedback answers about whether the
 * problem came back since the item was closed. Items opened by hand are re-checked by a supervisor instead.
 */
@Component
class ProblemBack {

    private final FeedbackChecks checks;

    ProblemBack(FeedbackChecks checks) {
        this.checks = checks;
    }

    boolean since(SupervisionSource source, String ref, Instant closedAt) {
        return switch (source) {
            case TICKET_OVERDUE -> checks.ticketReopenedSince(ref, closedAt);
            case RECTIFICATION_OVERDUE -> checks.rectificationProblemBack(Long.parseLong(ref), closedAt);
            case REPEATED_COMPLAINTS -> checks.repeatedSince(ref, closedAt);
            case BAD_RATINGS -> checks.badRatingsSince(ref, closedAt);
            case MANUAL -> throw new IllegalArgumentException("A manual item is re-checked by a supervisor");
        };
    }
}
