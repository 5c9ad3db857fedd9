package org.tongban.web;

import org.springframework.http.HttpStatus;
import org.tongban.shared.ErrorCode;

/** Failures of the web edge itself. */
enum WebError implements ErrorCode {
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED),
    PAGE_NOT_FOUND(HttpStatus.NOT_FOUND),
    UPLOAD_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE),
    UPLOAD_MISSING(HttpStatus.BAD_REQUEST),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR);

    private final HttpStatus status;

    WebError(HttpStatus status) {
        this.status = status;
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
