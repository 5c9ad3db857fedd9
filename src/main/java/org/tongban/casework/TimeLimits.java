package org.tongban.casework;

import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Deadlines and traffic lights on the working-day calendar. A limit is counted from the day after its
 * start (受理次日起算): N working days (unit {@code W}) or N natural days (unit {@code N}). Stopped-clock
 * periods move the deadlines by the days they lasted.
 */
@Component
public class TimeLimits {

    /** Intake (受理) must be decided within five working days of submission (行政许可法 第三十二条). */
    public static final int INTAKE_DAYS = 5;
    /** Yellow when this many working days or fewer remain. */
    public static final int YELLOW_AT = 2;

    private final WorkingCalendar calendar;

    TimeLimits(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    LocalDate intakeDeadline(LocalDate submittedOn) {
        return calendar.plusWorkingDays(submittedOn, INTAKE_DAYS);
    }

    LocalDate deadline(LocalDate start, int days, String unit) {
        return calendar.plus(start, days, unit);
    }

    int elapsed(LocalDate from, LocalDate to, String unit) {
        return calendar.elapsed(from, to, unit);
    }

    /** Working days left until the current deadline (negative when overdue), or null when none runs. */
    Integer remaining(Case aCase, LocalDate today) {
        LocalDate deadline = aCase.currentDeadline();
        if (deadline == null || aCase.status().isFinal()) {
            return null;
        }
        if (today.isAfter(deadline)) {
            return -calendar.workingDaysBetween(deadline, today);
        }
        return calendar.workingDaysBetween(today, deadline);
    }

    Light light(Case aCase, LocalDate today) {
        return Light.of(aCase.status(), aCase.currentDeadline(), today, calendar);
    }

}
