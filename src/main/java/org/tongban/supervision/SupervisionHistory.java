package org.tongban.supervision;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.casework.WorkingCalendar;
import org.tongban.shared.TimeConfiguration;

/**
 * For demo data only: moves an item's opening and deadline into the past, as if it had been opened
 * {@code workingDays} working days ago, and lets the deadline job bring its level up to date. Nothing else in the
 * platform rewrites an item's past.
 */
@Component
public class SupervisionHistory {

    private final JdbcClient jdbc;
    private final WorkingCalendar calendar;
    private final SupervisionDeadlines deadlines;

    SupervisionHistory(JdbcClient jdbc, WorkingCalendar calendar, SupervisionDeadlines deadlines) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.deadlines = deadlines;
    }

    /** The item opened on {@code openedOn} with its deadline on {@code deadline}. */
    @Transactional
    public void backdate(String itemNumber, LocalDate openedOn, LocalDate deadline) {
        jdbc.sql("update supervision_item set opened_at = :opened, deadline = :deadline where item_number = :n")
                .param("opened", Timestamp.from(openedOn.atTime(9, 0).atZone(TimeConfiguration.ZONE).toInstant()))
                .param("deadline", Date.valueOf(deadline)).param("n", itemNumber).update();
    }

    /** The working day {@code workingDays} before {@code day}. */
    public LocalDate workingDaysBefore(LocalDate day, int workingDays) {
        LocalDate result = day;
        for (int left = workingDays; left > 0; ) {
            result = result.minusDays(1);
            if (calendar.isWorkingDay(result)) {
                left--;
            }
        }
        return result;
    }

    /** Runs the urging and escalation now; returns how many items changed. */
    public int escalate() {
        return deadlines.followDeadlines();
    }
}
