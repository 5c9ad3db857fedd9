package org.tongban.feedback;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tongban.casework.CaseCompleted;
import org.tongban.casework.CaseNumber;

/**
 * What feedback does by itself: asks for the rating of every finished case, records default ratings when
 * their period is over, and publishes rectifications and tickets that missed their deadlines. The jobs run on
 * one instance at a time (ShedLock) and in batches.
 */
@Component
class FeedbackJobs {

    private static final Logger log = LoggerFactory.getLogger(FeedbackJobs.class);

    private final Ratings ratings;
    private final RatingDefaults defaults;
    private final Rectifications rectifications;
    private final Tickets tickets;

    FeedbackJobs(Ratings ratings, RatingDefaults defaults, Rectifications rectifications, Tickets tickets) {
        this.ratings = ratings;
        this.defaults = defaults;
        this.rectifications = rectifications;
        this.tickets = tickets;
    }

    @ApplicationModuleListener
    void on(CaseCompleted completed) {
        ratings.request(CaseNumber.of(completed.facts().caseNumber()));
    }

    @Scheduled(fixedDelayString = "${tongban.feedback.check-interval:5m}", initialDelayString = "${tongban.feedback.check-delay:2m}")
    @SchedulerLock(name = "feedback-deadlines", lockAtLeastFor = "${tongban.feedback.check-interval:5m}")
    public void scheduled() {
        int recorded = recordDefaults();
        int late = markOverdue();
        if (recorded + late > 0) {
            log.info("{} default ratings recorded, {} rectifications and tickets overdue", recorded, late);
        }
    }

    /** Records every default rating due; returns how many. */
    int recordDefaults() {
        int total = 0;
        int batch;
        do {
            batch = defaults.recordBatch();
            total += batch;
        } while (batch > 0 && batch >= RatingDefaults.BATCH);
        return total;
    }

    /** Publishes every rectification and ticket that has just missed its deadline; returns how many. */
    int markOverdue() {
        return rectifications.markOverdue() + tickets.markOverdue();
    }
}
