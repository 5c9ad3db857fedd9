package org.tongban.feedback.web;

import java.time.Clock;
import java.time.LocalDate;
import org.tongban.shared.BusinessException;
import org.tongban.shared.CommonError;
import org.tongban.shared.InputCheck;

/** Parameter parsing shared by the feedback module's controllers. */
final class FeedbackWeb {

    static final int DEFAULT_DAYS = 30;

    private FeedbackWeb() {
    }

    /**
     * A level (1–5) typed into a form: null when blank, 0 (refused by the service as out of range) when it is not
     * a small number.
     */
    static Integer level(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.strip().matches("\\d{1,2}") ? Integer.valueOf(value.strip()) : 0;
    }

    /** A period from two optional ISO dates: by default the last {@value #DEFAULT_DAYS} days up to today. */
    static LocalDate[] period(String from, String to, Clock clock) {
        InputCheck check = new InputCheck();
        LocalDate end = check.optionalDate("to", to, CommonError.INVALID_INPUT);
        LocalDate start = check.optionalDate("from", from, CommonError.INVALID_INPUT);
        check.throwIfAny();
        LocalDate last = end == null ? LocalDate.now(clock) : end;
        LocalDate first = start == null ? last.minusDays(DEFAULT_DAYS - 1) : start;
        if (first.isAfter(last)) {
            throw BusinessException.onField("from", CommonError.INVALID_INPUT);
        }
        return new LocalDate[] {first, last};
    }
}
