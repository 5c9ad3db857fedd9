package org.tongban.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.casework.WorkingCalendar;

/**
 * The supervision job: urges items before their deadline and escalates overdue ones (提醒, 黄牌, 红牌 with the
 * report up), then runs the due automatic re-checks (回头看). Batches of one transaction each, walked by id, so
 * a run that stops half-way loses nothing; each step checks the item's state first, so running again does
 * nothing twice. One node at a time (ShedLock).
 */
@Component
class SupervisionDeadlines {

    private static final Logger log = LoggerFactory.getLogger(SupervisionDeadlines.class);

    private final SupervisionRecords records;
    private final SupervisionItems items;
    private final SupervisionProperties properties;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final TransactionTemplate transaction;

    SupervisionDeadlines(SupervisionRecords records, SupervisionItems items, SupervisionProperties properties,
            WorkingCalendar calendar, Clock clock, PlatformTransactionManager transactions) {
        this.records = records;
        this.items = items;
        this.properties = properties;
        this.calendar = calendar;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(fixedDelayString = "${tongban.supervision.check-interval:15m}",
            initialDelayString = "${tongban.supervision.check-delay:2m}")
    @SchedulerLock(name = "supervision-deadlines", lockAtLeastFor = "${tongban.supervision.check-interval:15m}")
    public void scheduled() {
        int followed = followDeadlines();
        int rechecked = recheckDue();
        if (followed + rechecked > 0) {
            log.info("supervision: {} items urged or escalated, {} re-checked", followed, rechecked);
        }
    }

    /** Urges and escalates every running item as today requires; returns how many changed. */
    int followDeadlines() {
        LocalDate today = LocalDate.now(clock);
        LocalDate horizon = calendar.plusWorkingDays(today, properties.urgeBefore());
        return walk((after, size) -> records.running(after, horizon, size), item -> items.followDeadline(item, today));
    }

    /** Re-checks every closed feedback item whose 回头看 is due; returns how many. */
    int recheckDue() {
        LocalDate today = LocalDate.now(clock);
        return walk((after, size) -> records.recheckDue(after, today, size), item -> {
            items.recheck(item);
            return true;
        });
    }

    private int walk(BiFunction<Long, Integer, List<SupervisionItem>> batch, Predicate<SupervisionItem> work) {
        int changed = 0;
        long after = 0;
        Batch done;
        do {
            long from = after;
            done = transaction.execute(status -> {
                List<SupervisionItem> found = batch.apply(from, properties.batchSize());
                int count = 0;
                for (SupervisionItem item : found) {
                    if (work.test(item)) {
                        count++;
                    }
                }
                return new Batch(found.isEmpty() ? from : found.get(found.size() - 1).id(), found.size(), count);
            });
            changed += done.changed();
            after = done.lastId();
        } while (done.size() == properties.batchSize());
        return changed;
    }

    private record Batch(long lastId, int size, int changed) {
    }
}
