package org.tongban.license;

import org.springframework.http.HttpStatus;
import org.tongban.shared.ErrorCode;

/** Failures of licenses: each has a Chinese message under {@code error.<CODE>}. */
public enum LicenseError implements ErrorCode {
    /** No license has this identifier, it is not a well-formed one, or the caller may not see it. */
    LICENSE_NOT_FOUND(HttpStatus.NOT_FOUND),
    LICENSE_TYPE_UNKNOWN(HttpStatus.BAD_REQUEST),
    /** The caller's department ({@code {0}}) does not issue this type. */
    LICENSE_TYPE_NOT_ISSUED_HERE(HttpStatus.FORBIDDEN),
    /** The holder's code is not a valid ID number or credit code for the type's holder kind. */
    LICENSE_HOLDER_CODE_INVALID(HttpStatus.BAD_REQUEST),
    /** A face field ({@code {0}}) is missing. */
    LICENSE_FIELD_REQUIRED(HttpStatus.BAD_REQUEST),
    /** A face field the type does not have ({@code {0}}). */
    LICENSE_FIELD_UNKNOWN(HttpStatus.BAD_REQUEST),
    LICENSE_DATES_INVALID(HttpStatus.BAD_REQUEST),
    /** The operation ({@code {0}}) cannot be taken on a license that is {@code {1}}. */
    LICENSE_OPERATION_NOT_ALLOWED(HttpStatus.CONFLICT),
    LICENSE_OPERATION_UNKNOWN(HttpStatus.BAD_REQUEST),
    /** The 亮证 code is forged, altered or older than its minute. */
    LICENSE_SHOW_EXPIRED(HttpStatus.GONE),
    /** The uploaded file is no license of ours (a PDF from this platform or its JSON). */
    LICENSE_FILE_UNREADABLE(HttpStatus.BAD_REQUEST),
    /** The certificate to trust is no PEM certificate. */
    LICENSE_CERTIFICATE_INVALID(HttpStatus.BAD_REQUEST),
    /** A 申请事由 is required on every data-sharing call. */
    LICENSE_PURPOSE_REQUIRED(HttpStatus.BAD_REQUEST),
    /** An authorisation's grantee, purpose or end date is missing or wrong. */
    LICENSE_GRANT_INVALID(HttpStatus.BAD_REQUEST),
    LICENSE_GRANT_NOT_FOUND(HttpStatus.NOT_FOUND),
    /** The caller has no authorisation in force for this license (none, expired or revoked). */
    LICENSE_NOT_AUTHORISED(HttpStatus.FORBIDDEN),
    /** The batch import file cannot be read as CSV. */
    LICENSE_IMPORT_UNREADABLE(HttpStatus.BAD_REQUEST);

    private final HttpStatus status;

    LicenseError(HttpStatus status) {
        this.status = status;
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
