package org.tongban.supervision;

import org.springframework.http.HttpStatus;
import org.tongban.shared.ErrorCode;

/** Failures of 督查督办: each has a Chinese message under {@code error.<CODE>}. */
public enum SupervisionError implements ErrorCode {
    /** No item has this number, or the caller may not see it. */
    SUPERVISION_ITEM_NOT_FOUND(HttpStatus.NOT_FOUND),
    SUPERVISION_ACTION_UNKNOWN(HttpStatus.BAD_REQUEST),
    /** The action ({@code {0}}) cannot be taken on an item that is {@code {1}}. */
    SUPERVISION_ACTION_NOT_ALLOWED(HttpStatus.CONFLICT),
    /** Only the responsible unit's leaders and feedback handlers report progress. */
    SUPERVISION_NOT_RESPONSIBLE(HttpStatus.FORBIDDEN),
    /** Only a supervisor whose region the item is in verifies, rejects, urges, re-checks or opens. */
    SUPERVISION_SUPERVISOR_ONLY(HttpStatus.FORBIDDEN),
    /** The automatic 回头看 asks feedback; only an item opened by hand is re-checked by a supervisor. */
    SUPERVISION_RECHECK_AUTOMATIC(HttpStatus.CONFLICT),
    /** The re-check is not due yet (on {@code {0}}), or was already recorded. */
    SUPERVISION_RECHECK_NOT_DUE(HttpStatus.CONFLICT),
    SUPERVISION_DEPARTMENT_UNKNOWN(HttpStatus.BAD_REQUEST),
    /** The department ({@code {0}}) is outside the supervisor's region. */
    SUPERVISION_DEPARTMENT_OUT_OF_SCOPE(HttpStatus.BAD_REQUEST),
    /** The responsible person is no member of staff of the responsible unit. */
    SUPERVISION_PERSON_UNKNOWN(HttpStatus.BAD_REQUEST),
    SUPERVISION_DATE_INVALID(HttpStatus.BAD_REQUEST),
    /** The deadline lies in the past. */
    SUPERVISION_DEADLINE_PAST(HttpStatus.BAD_REQUEST),
    /** A meeting cannot be recorded before it took place. */
    SUPERVISION_HELD_IN_FUTURE(HttpStatus.BAD_REQUEST),
    /** A 集中会商 links at least two units. */
    SUPERVISION_UNITS_TOO_FEW(HttpStatus.BAD_REQUEST),
    /** Whether the problem is back must be said (true or false). */
    SUPERVISION_PROBLEM_BACK_REQUIRED(HttpStatus.BAD_REQUEST);

    private final HttpStatus status;

    SupervisionError(HttpStatus status) {
        this.status = status;
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
