package org.tongban.casework;

import java.time.LocalDate;

/**
 * 亮灯: green while more than two working days remain, yellow at two or fewer, red when overdue; paused
 * while the clock stands still; none once the case is finished.
 */
public enum Light {
    GREEN, YELLOW, RED, PAUSED, NONE;

    /** The light of a case in {@code status} whose clock runs against {@code deadline}, seen on {@code today}. */
    public static Light of(CaseStatus status, LocalDate deadline, LocalDate today,
            WorkingCalendar calendar) {
        if (status == CaseStatus.SUSPENDED || status == CaseStatus.CORRECTION_REQUESTED) {
            return PAUSED;
        }
        if (!status.clockRuns() || deadline == null) {
            return NONE;
        }
        if (today.isAfter(deadline)) {
            return RED;
        }
        return calendar.workingDaysBetween(today, deadline) <= TimeLimits.YELLOW_AT ? YELLOW : GREEN;
    }
}
