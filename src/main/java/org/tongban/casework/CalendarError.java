package org.tongban.casework;

import org.springframework.http.HttpStatus;
import org.tongban.shared.ErrorCode;

/** Failures of the working calendar: each has a Chinese message under {@code error.<CODE>}. */
public enum CalendarError implements ErrorCode {
    CALENDAR_KIND_INVALID(HttpStatus.BAD_REQUEST),
    CALENDAR_WORKDAY_NOT_WEEKEND(HttpStatus.BAD_REQUEST),
    CALENDAR_DAY_NOT_FOUND(HttpStatus.NOT_FOUND);

    private final HttpStatus status;

    CalendarError(HttpStatus status) {
        this.status = status;
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
