package org.tongban.feedback;

import java.time.LocalDate;
import org.tongban.casework.Light;
import org.tongban.casework.WorkingCalendar;

/** 亮灯 of a rectification or a ticket: red past its due date, yellow on its last working day, green before. */
final class FeedbackLights {

    private FeedbackLights() {
    }

    static Light of(LocalDate due, LocalDate today, WorkingCalendar calendar) {
        if (today.isAfter(due)) {
            return Light.RED;
        }
        return calendar.workingDaysBetween(today, due) <= 1 ? Light.YELLOW : Light.GREEN;
    }
}
