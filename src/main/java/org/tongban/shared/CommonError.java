package org.tongban.shared;

import org.springframework.http.HttpStatus;

/** Failures that are not owned by one module. */
public enum CommonError implements ErrorCode {
    INVALID_INPUT(HttpStatus.BAD_REQUEST),
    FIELD_REQUIRED(HttpStatus.BAD_REQUEST),
    FIELD_TOO_LONG(HttpStatus.BAD_REQUEST),
    MALFORMED_REQUEST(HttpStatus.BAD_REQUEST),
    ID_NUMBER_INVALID(HttpStatus.BAD_REQUEST),
    CREDIT_CODE_INVALID(HttpStatus.BAD_REQUEST),
    MOBILE_INVALID(HttpStatus.BAD_REQUEST),
    NOT_FOUND(HttpStatus.NOT_FOUND),
    OUT_OF_SCOPE(HttpStatus.FORBIDDEN),
    FORBIDDEN(HttpStatus.FORBIDDEN),
    UNAUTHENTICATED(HttpStatus.UNAUTHORIZED),
    CONCURRENT_MODIFICATION(HttpStatus.CONFLICT),
    TOO_MANY_REQUESTS(HttpStatus.TOO_MANY_REQUESTS);

    private final HttpStatus status;

    CommonError(HttpStatus status) {
        this.status = status;
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
