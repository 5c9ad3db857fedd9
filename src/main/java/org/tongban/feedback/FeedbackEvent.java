package org.tongban.feedback;

import java.time.Instant;

/**
 * Something happened to a rating, a rectification or a ticket that another module may act on: supervision
 * opens items for the overdue and the repeated, analytics counts them. Published through the event
 * publication registry in the transaction that made the change, and externalized to the broker.
 */
public sealed interface FeedbackEvent permits RatingGiven, RectificationOverdue, BadRatingsClustered, TicketOverdue,
        ComplaintsRepeated {

    Instant at();

    /** The region of the record the event is about. */
    String regionCode();
}
