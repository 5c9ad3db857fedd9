package org.tongban.feedback;

import org.springframework.http.HttpStatus;
import org.tongban.shared.ErrorCode;

/** Failures of ratings and tickets: each has a Chinese message under {@code error.<CODE>}. */
public enum FeedbackError implements ErrorCode {
    /** Neither a case number nor a service contact, or both. */
    RATING_SUBJECT_REQUIRED(HttpStatus.BAD_REQUEST),
    /** No finished case or service contact to rate with this reference, or not the caller's. */
    RATING_SUBJECT_NOT_FOUND(HttpStatus.NOT_FOUND),
    /** The case is not finished yet. */
    RATING_NOT_YET(HttpStatus.CONFLICT),
    RATING_ALREADY_GIVEN(HttpStatus.CONFLICT),
    /** The level is not one of 1 to 5. */
    RATING_LEVEL_INVALID(HttpStatus.BAD_REQUEST),
    /** A bad rating needs a reason from the list or a comment. */
    RATING_REASON_REQUIRED(HttpStatus.BAD_REQUEST),
    RATING_REASON_UNKNOWN(HttpStatus.BAD_REQUEST),
    RATING_CHANNEL_INVALID(HttpStatus.BAD_REQUEST),
    /** The rating link is forged, used or past its time. */
    RATING_LINK_INVALID(HttpStatus.GONE),
    /** The ID number read at the kiosk is not the case's applicant's. */
    RATING_KIOSK_MISMATCH(HttpStatus.FORBIDDEN),
    RECTIFICATION_NOT_FOUND(HttpStatus.NOT_FOUND),
    /** The step ({@code {0}}) cannot be taken on a rectification that is {@code {1}}. */
    RECTIFICATION_STEP_NOT_ALLOWED(HttpStatus.CONFLICT),
    RECTIFICATION_STEP_UNKNOWN(HttpStatus.BAD_REQUEST),
    /** The rectification's deadline ({@code {0}}) is not after today or later than the allowed working days. */
    RECTIFICATION_DEADLINE_INVALID(HttpStatus.BAD_REQUEST),
    TICKET_NOT_FOUND(HttpStatus.NOT_FOUND),
    /** The action ({@code {0}}) cannot be taken on a ticket that is {@code {1}}. */
    TICKET_ACTION_NOT_ALLOWED(HttpStatus.CONFLICT),
    TICKET_ACTION_UNKNOWN(HttpStatus.BAD_REQUEST),
    /** A department to dispatch to is unknown or outside the region. */
    TICKET_DEPARTMENT_INVALID(HttpStatus.BAD_REQUEST),
    TICKET_CATEGORY_UNKNOWN(HttpStatus.BAD_REQUEST),
    TICKET_KIND_UNKNOWN(HttpStatus.BAD_REQUEST),
    /** The text holds markup or a script; plain text only. */
    TICKET_TEXT_MARKUP(HttpStatus.BAD_REQUEST),
    /** The attachment is larger than {@code {0}} MB. */
    TICKET_ATTACHMENT_TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE),
    /** A ticket cannot be merged into itself or into a merged one. */
    TICKET_MERGE_INVALID(HttpStatus.BAD_REQUEST),
    /** The extension asked for ends before the current deadline or is missing. */
    TICKET_EXTENSION_INVALID(HttpStatus.BAD_REQUEST),
    /** The mobile number given is not a mainland mobile number. */
    TICKET_MOBILE_INVALID(HttpStatus.BAD_REQUEST),
    /** The region named is not one of the platform's. */
    TICKET_REGION_UNKNOWN(HttpStatus.BAD_REQUEST);

    private final HttpStatus status;

    FeedbackError(HttpStatus status) {
        this.status = status;
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
