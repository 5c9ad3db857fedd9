package org.tongban.application;

import org.springframework.http.HttpStatus;
import org.tongban.shared.ErrorCode;

/**
 * Failures of applications and their materials: each has a Chinese message under {@code error.<CODE>}.
 */
public enum ApplicationError implements ErrorCode {
    ITEM_NOT_AVAILABLE(HttpStatus.NOT_FOUND),
    ITEM_NOT_ONLINE(HttpStatus.CONFLICT),
    ITEM_NOT_ON_PLATFORM(HttpStatus.CONFLICT),
    REGION_MISMATCH(HttpStatus.BAD_REQUEST),
    MATERIAL_UNKNOWN(HttpStatus.BAD_REQUEST),
    MATERIAL_FILE_MISSING(HttpStatus.BAD_REQUEST),
    MATERIALS_MISSING(HttpStatus.BAD_REQUEST),
    UPLOAD_NOT_FOUND(HttpStatus.BAD_REQUEST),
    /** No earlier case of the applicant's, accepted within the reuse period, has this material ({@code {0}}). */
    MATERIAL_NOT_REUSABLE(HttpStatus.BAD_REQUEST),
    /** The license named for a material ({@code {0}}) is not the applicant's, not valid now, or not of a type that stands for it. */
    MATERIAL_LICENSE_INVALID(HttpStatus.BAD_REQUEST),
    /** The case named is not one of the applicant's under way whose result is this material ({@code {0}}). */
    MATERIAL_NOT_PRODUCED(HttpStatus.BAD_REQUEST),
    /** A pre-check rule ({@code {0}}: its message) does not hold for the application. */
    PRECHECK_FAILED(HttpStatus.BAD_REQUEST),
    /** The application does not pass {@code {0}} of the listing's pre-check rules. */
    PRECHECK_FAILURES(HttpStatus.BAD_REQUEST),
    /** A rule is not a valid CEL condition ({@code {0}}: the parser's words). */
    RULE_INVALID(HttpStatus.BAD_REQUEST),
    RULES_TOO_MANY(HttpStatus.BAD_REQUEST),
    /** A form field ({@code {0}}: its label) is required and empty. */
    FORM_FIELD_REQUIRED(HttpStatus.BAD_REQUEST),
    /** Longer than the form allows ({@code {1}} characters). */
    FORM_FIELD_TOO_LONG(HttpStatus.BAD_REQUEST),
    /** Shorter than the form asks ({@code {1}} characters). */
    FORM_FIELD_TOO_SHORT(HttpStatus.BAD_REQUEST),
    /** Not in the field's format (a telephone number, a postal code, a date…). */
    FORM_FIELD_FORMAT(HttpStatus.BAD_REQUEST),
    FORM_FIELD_AFTER_TODAY(HttpStatus.BAD_REQUEST),
    /** Not one of the field's choices. */
    FORM_FIELD_CHOICE(HttpStatus.BAD_REQUEST),
    /** A box the applicant must tick (a commitment) is not ticked. */
    FORM_FIELD_CONFIRM(HttpStatus.BAD_REQUEST),
    FORM_FIELD_NUMBER(HttpStatus.BAD_REQUEST),
    FORM_FIELD_INTEGER(HttpStatus.BAD_REQUEST),
    /** Smaller than {@code {1}}. */
    FORM_FIELD_MIN(HttpStatus.BAD_REQUEST),
    /** Larger than {@code {1}}. */
    FORM_FIELD_MAX(HttpStatus.BAD_REQUEST),
    /** Any other problem of a field's value (control characters, a wrong JSON type). */
    FORM_FIELD_INVALID(HttpStatus.BAD_REQUEST),
    /** The form data has a field ({@code {0}}) that the listing's form does not have. */
    FORM_FIELD_UNKNOWN(HttpStatus.BAD_REQUEST),
    /** A form definition is not a valid JSON Schema ({@code {0}}: what is wrong). */
    FORM_DEFINITION_INVALID(HttpStatus.BAD_REQUEST),
    FORM_DEFINITION_TOO_LARGE(HttpStatus.BAD_REQUEST),
    /** A keyword ({@code {0}}) a form definition may not use: references, or unknown at the top. */
    FORM_KEYWORD_FORBIDDEN(HttpStatus.BAD_REQUEST),
    FORM_DIALECT_UNSUPPORTED(HttpStatus.BAD_REQUEST),
    FORM_NOT_OBJECT(HttpStatus.BAD_REQUEST),
    FORM_NO_FIELDS(HttpStatus.BAD_REQUEST),
    FORM_TOO_MANY_FIELDS(HttpStatus.BAD_REQUEST),
    /** A form field ({@code {0}}) that the shared field dictionary does not have. */
    FORM_FIELD_NOT_IN_DICTIONARY(HttpStatus.BAD_REQUEST),
    FORM_FIELD_NOT_OBJECT(HttpStatus.BAD_REQUEST),
    /** A form gives a dictionary field ({@code {0}}) another type than the dictionary's ({@code {1}}). */
    FORM_FIELD_TYPE_CHANGED(HttpStatus.BAD_REQUEST),
    FORM_TITLE_INVALID(HttpStatus.BAD_REQUEST),
    /** {@code required} names a field ({@code {0}}) that is not in the form. */
    FORM_REQUIRED_NOT_IN_FORM(HttpStatus.BAD_REQUEST);

    private final HttpStatus status;

    ApplicationError(HttpStatus status) {
        this.status = status;
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
