package org.tongban.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.identity.AccountRole;
import org.tongban.notification.InAppMessages;

/**
 * Finds cases that have just gone past their deadline and tells their department's leaders, once per case,
 * in batches of one transaction each. Deadlines are dates, so a check every few minutes is plenty.
 */
@Component
class CaseDeadlines {

    private static final Logger log = LoggerFactory.getLogger(CaseDeadlines.class);
    private static final int BATCH = 200;
    static final List<CaseStatus> INTAKE = List.of(CaseStatus.SUBMITTED);
    static final List<CaseStatus> RUNNING = List.of(CaseStatus.ACCEPTED, CaseStatus.UNDER_REVIEW, CaseStatus.APPROVED,
            CaseStatus.DENIED);

    private final Cases cases;
    private final InAppMessages messages;
    private final MessageSource texts;
    private final Clock clock;
    private final TransactionTemplate transaction;

    CaseDeadlines(Cases cases, InAppMessages messages, MessageSource texts, Clock clock, PlatformTransactionManager transactions) {
        this.cases = cases;
        this.messages = messages;
        this.texts = texts;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(fixedDelayString = "${tongban.casework.overdue-check-interval:5m}", initialDelayString = "${tongban.casework.overdue-check-delay:1m}")
    @SchedulerLock(name = "casework-overdue-check",
            lockAtLeastFor = "${tongban.casework.overdue-check-interval:5m}")
    public void scheduled() {
        int total = notifyOverdue();
        if (total > 0) {
            log.info("{} cases went overdue; their leaders were told", total);
        }
    }

    /** Tells the leaders of every case that went overdue since the last check; returns how many. */
    int notifyOverdue() {
        int total = 0;
        int batch;
        do {
            batch = transaction.execute(status -> notifyBatch());
            total += batch;
        } while (batch == BATCH);
        return total;
    }

    private int notifyBatch() {
        LocalDate today = LocalDate.now(clock);
        List<Case> overdue = cases.newlyOverdue(INTAKE, RUNNING, today, PageRequest.of(0, BATCH));
        for (Case aCase : overdue) {
            LocalDate deadline = aCase.currentDeadline();
            aCase.markOverdue(clock.instant());
            messages.toRole(aCase.regionCode(), aCase.departmentCode(), AccountRole.DEPARTMENT_LEADER,
                    texts.getMessage("case.overdue.title", new Object[] {aCase.caseNumber()}, Locale.SIMPLIFIED_CHINESE),
                    texts.getMessage("case.overdue.body", new Object[] {aCase.itemName(), deadline.toString()},
                            Locale.SIMPLIFIED_CHINESE),
                    "/workspace/cases/" + aCase.caseNumber());
            cases.save(aCase);
        }
        return overdue.size();
    }
}
