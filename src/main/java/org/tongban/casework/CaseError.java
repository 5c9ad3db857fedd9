package org.tongban.casework;

import org.springframework.http.HttpStatus;
import org.tongban.shared.ErrorCode;

/** Failures of casework: each has a Chinese message under {@code error.<CODE>}. */
public enum CaseError implements ErrorCode {
    CASE_NOT_FOUND(HttpStatus.NOT_FOUND),
    ACTION_UNKNOWN(HttpStatus.BAD_REQUEST),
    ACTION_NOT_ALLOWED(HttpStatus.CONFLICT),
    ACTION_NOT_YOURS(HttpStatus.FORBIDDEN),
    CASE_CHANGED(HttpStatus.CONFLICT),
    /** An opinion template for an action that takes none. */
    TEMPLATE_ACTION_INVALID(HttpStatus.BAD_REQUEST),
    /** A placeholder ({@code {0}}) that is not one of those known ({@code {1}}). */
    TEMPLATE_PLACEHOLDER_UNKNOWN(HttpStatus.BAD_REQUEST),
    TEMPLATES_TOO_MANY(HttpStatus.BAD_REQUEST),
    TEMPLATE_NOT_FOUND(HttpStatus.NOT_FOUND),
    CORRECTION_ALREADY_REQUESTED(HttpStatus.CONFLICT),
    DELIVERY_METHOD_INVALID(HttpStatus.BAD_REQUEST),
    TRACKING_NUMBER_REQUIRED(HttpStatus.BAD_REQUEST),
    PLANNED_DAYS_INVALID(HttpStatus.BAD_REQUEST),
    CASE_NUMBERS_EXHAUSTED(HttpStatus.SERVICE_UNAVAILABLE),
    PROCESS_INVALID(HttpStatus.BAD_REQUEST),
    PROCESS_TOO_LARGE(HttpStatus.BAD_REQUEST),
    PROCESS_XML_INVALID(HttpStatus.BAD_REQUEST),
    PROCESS_NOT_ONE(HttpStatus.BAD_REQUEST),
    PROCESS_ID_INVALID(HttpStatus.BAD_REQUEST),
    PROCESS_ELEMENT_FORBIDDEN(HttpStatus.BAD_REQUEST),
    PROCESS_LISTENER_FORBIDDEN(HttpStatus.BAD_REQUEST),
    PROCESS_STEP_UNKNOWN(HttpStatus.BAD_REQUEST),
    PROCESS_STEP_MISSING(HttpStatus.BAD_REQUEST),
    PROCESS_CONDITION_FORBIDDEN(HttpStatus.BAD_REQUEST),
    PROCESS_ENGINE_ERROR(HttpStatus.BAD_REQUEST),
    LISTING_NOT_FOUND(HttpStatus.NOT_FOUND),
    SUBMISSION_KEY_INVALID(HttpStatus.BAD_REQUEST),
    DOCUMENT_UNKNOWN(HttpStatus.NOT_FOUND),
    DOCUMENT_NOT_AVAILABLE(HttpStatus.CONFLICT);

    private final HttpStatus status;

    CaseError(HttpStatus status) {
        this.status = status;
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
