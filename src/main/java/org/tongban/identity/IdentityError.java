package org.tongban.identity;

import org.springframework.http.HttpStatus;
import org.tongban.shared.ErrorCode;

/** Failures of identity: each has a Chinese message under {@code error.<CODE>}. */
public enum IdentityError implements ErrorCode {
    ID_NUMBER_TAKEN(HttpStatus.CONFLICT),
    CREDIT_CODE_TAKEN(HttpStatus.CONFLICT),
    MOBILE_TAKEN(HttpStatus.CONFLICT),
    USERNAME_TAKEN(HttpStatus.CONFLICT),
    USERNAME_INVALID(HttpStatus.BAD_REQUEST),
    NAME_INVALID(HttpStatus.BAD_REQUEST),
    PASSWORD_WEAK(HttpStatus.BAD_REQUEST),
    PASSWORD_MISMATCH(HttpStatus.BAD_REQUEST),
    PASSWORD_WRONG(HttpStatus.BAD_REQUEST),
    SMS_CODE_INVALID(HttpStatus.BAD_REQUEST),
    SMS_TOO_FREQUENT(HttpStatus.TOO_MANY_REQUESTS),
    SMS_DAILY_LIMIT(HttpStatus.TOO_MANY_REQUESTS),
    SMS_SOURCE_LIMIT(HttpStatus.TOO_MANY_REQUESTS),
    PERSON_NOT_FOUND(HttpStatus.NOT_FOUND),
    PERSON_NAME_MISMATCH(HttpStatus.BAD_REQUEST),
    HANDLER_EXPIRY_INVALID(HttpStatus.BAD_REQUEST),
    HANDLER_SCOPES_INVALID(HttpStatus.BAD_REQUEST),
    HANDLER_IS_SELF(HttpStatus.BAD_REQUEST),
    HANDLER_NOT_AUTHORIZED(HttpStatus.FORBIDDEN),
    HANDLER_EXPIRED(HttpStatus.FORBIDDEN),
    HANDLER_REVOKED(HttpStatus.FORBIDDEN),
    AUTHORIZATION_NOT_FOUND(HttpStatus.NOT_FOUND),
    STAFF_NOT_FOUND(HttpStatus.NOT_FOUND),
    NOT_A_PERSON(HttpStatus.FORBIDDEN),
    NOT_AN_ENTERPRISE(HttpStatus.FORBIDDEN),
    ALREADY_VERIFIED(HttpStatus.CONFLICT),
    BAD_CREDENTIALS(HttpStatus.UNAUTHORIZED),
    BAD_CREDENTIALS_ATTEMPTS_LEFT(HttpStatus.UNAUTHORIZED),
    ACCOUNT_LOCKED(HttpStatus.UNAUTHORIZED),
    ACCOUNT_DISABLED(HttpStatus.UNAUTHORIZED),
    SIGN_IN_THROTTLED(HttpStatus.TOO_MANY_REQUESTS),
    CSRF_TOKEN_MISSING(HttpStatus.FORBIDDEN);

    private final HttpStatus status;

    IdentityError(HttpStatus status) {
        this.status = status;
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
