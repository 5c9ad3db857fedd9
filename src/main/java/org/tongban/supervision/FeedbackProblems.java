package org.tongban.supervision;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tongban.feedback.BadRatingsClustered;
import org.tongban.feedback.ComplaintsRepeated;
import org.tongban.feedback.RectificationOverdue;
import org.tongban.feedback.TicketOverdue;

/**
 * Opens a supervision item for each problem feedback reports: an overdue ticket (its lead department
 * answers), an overdue rectification, a repeated complaint, clustered bad ratings. Delivered again after a
 * failure, so each opens at most one item per problem.
 */
@Component
class FeedbackProblems {

    private static final Logger log = LoggerFactory.getLogger(FeedbackProblems.class);

    private final SupervisionItems items;
    private final SupervisionNotices notices;

    FeedbackProblems(SupervisionItems items, SupervisionNotices notices) {
        this.items = items;
        this.notices = notices;
    }

    @ApplicationModuleListener
    void on(TicketOverdue event) {
        if (event.departmentCodes().isEmpty()) {
            // Still waiting for dispatch: the hotline's own lateness, which its agents see on their desk.
            log.debug("ticket {} overdue before dispatch: no unit to supervise", event.ticketNumber());
            return;
        }
        items.openFor(SupervisionSource.TICKET_OVERDUE, event.ticketNumber(),
                notices.text("supervision.auto.title.TICKET_OVERDUE", event.ticketNumber(), event.title()),
                event.regionCode(), event.departmentCodes().get(0));
    }

    @ApplicationModuleListener
    void on(RectificationOverdue event) {
        items.openFor(SupervisionSource.RECTIFICATION_OVERDUE, Long.toString(event.rectificationId()),
                notices.text("supervision.auto.title.RECTIFICATION_OVERDUE", event.itemName(), event.subject()),
                event.regionCode(), event.departmentCode());
    }

    @ApplicationModuleListener
    void on(ComplaintsRepeated event) {
        if (event.departmentCode() == null) {
            log.info("Repeated complaints {} wait for dispatch; the item opens when they repeat once dispatched",
                    event.problemKey());
            return;
        }
        items.openFor(SupervisionSource.REPEATED_COMPLAINTS, event.problemKey(),
                notices.text("supervision.auto.title.REPEATED_COMPLAINTS", event.title(), event.count()),
                event.regionCode(), event.departmentCode());
    }

    @ApplicationModuleListener
    void on(BadRatingsClustered event) {
        items.openFor(SupervisionSource.BAD_RATINGS, event.ref(),
                notices.text("supervision.auto.title.BAD_RATINGS", event.name(), event.count()),
                event.regionCode(), event.departmentCode());
    }
}
