package org.tongban.application;

import org.springframework.http.HttpStatus;
import org.tongban.shared.ErrorCode;

/**
 * Failures of applications and their materials: each has a Chinese message under {@code error.<CODE>}.
 * The codes of an uploaded file name the first check it failed, so a person learns what to change.
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
    FORM_REQUIRED_NOT_IN_FORM(HttpStatus.BAD_REQUEST),
    /** The file name is blank, too long ({@code {0}} = the limit) or holds path separators or control characters. */
    FILE_NAME_INVALID(HttpStatus.BAD_REQUEST),
    /** The file has no bytes. */
    FILE_EMPTY(HttpStatus.BAD_REQUEST),
    /** The file is larger than the limit ({@code {0}}, for example {@code 10 MB}). */
    FILE_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE),
    /** The detected type is not one of the allowed ones ({@code {0}}, for example {@code PDF / JPG}). */
    FILE_TYPE_NOT_ALLOWED(HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    /** The file is a program or script, whatever its name says ({@code {0}} = the allowed types). */
    FILE_EXECUTABLE(HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    /**
     * The file is a compressed archive (zip, rar, 7z, gzip, tar, bzip2, xz…), whatever its name says
     * ({@code {0}} = the allowed types).
     */
    FILE_ARCHIVE(HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    /** The PDF cannot be parsed, has no pages or expands beyond the inflation budget. */
    FILE_PDF_MALFORMED(HttpStatus.BAD_REQUEST),
    /** The PDF holds JavaScript, launch actions, XFA forms, rich media or embedded files. */
    FILE_PDF_ACTIVE_CONTENT(HttpStatus.BAD_REQUEST),
    /** The PDF is encrypted (with or without an open password), so it cannot be reviewed. */
    FILE_PDF_ENCRYPTED(HttpStatus.BAD_REQUEST),
    /** The JPEG or PNG cannot be decoded completely. */
    FILE_IMAGE_MALFORMED(HttpStatus.BAD_REQUEST),
    /**
     * The image is wider or higher than {@code {0}} pixels or has more than {@code {1}} times ten thousand
     * pixels (the unit people count megapixels in, in Chinese).
     */
    FILE_IMAGE_TOO_LARGE(HttpStatus.BAD_REQUEST),
    /** No stored file has this key (it was never stored or has been deleted). */
    FILE_NOT_FOUND(HttpStatus.NOT_FOUND);

    private final HttpStatus status;

    ApplicationError(HttpStatus status) {
        this.status = status;
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
