package org.tongban.catalog;

/**
 * The element quality rules, after the national assessment's checks and GB/T 39554. Errors block
 * submission and publication; warnings are shown but do not block. Messages: {@code quality.<RULE>}.
 */
public enum QualityRule {
    /** A material lacks its source, issuer, type, form, or paper copies. */
    MATERIAL_INCOMPLETE(true),
    /** A material that is a form has no blank or no sample form. */
    FORM_TEMPLATE_MISSING(true),
    /** The promised time limit is longer than the statutory one. */
    PROMISED_EXCEEDS_STATUTORY(true),
    /** 全程网办, yet the applicant must still come in person. */
    FULLY_ONLINE_WITH_VISITS(true),
    /** Visits in person are required without saying why. */
    VISITS_WITHOUT_REASON(true),
    /** A fee without its legal basis. */
    FEE_WITHOUT_BASIS(true),
    /** A result named as a certificate (…证) that is not typed 出证. */
    CERTIFICATE_NOT_TYPED(true),
    /** A 行政许可 without a FAQ. */
    LICENSING_WITHOUT_FAQ(true),
    /** A 行政许可 whose steps lack 受理, 审查, 决定, 办结 or 送达. */
    LICENSING_STEPS_MISSING(true),
    /** The listing contradicts its basic catalog entry (level not allowed, other basic code). */
    CONTRADICTS_BASIC_ENTRY(true),
    /** A published listing past its cancellation date. */
    PAST_CANCELLATION(true),
    /** Required text is missing: conditions, result, steps, department contact. */
    REQUIRED_ELEMENT_MISSING(true),
    /** Zero visits and not online: applying by post must be possible. */
    NO_WAY_TO_APPLY_REMOTELY(true),
    /** Promised equals statutory: nothing was cut. */
    NO_COMPRESSION(false),
    /** Statutory and promised limits use different units. */
    LIMIT_UNITS_DIFFER(false),
    /** No hall is named where the item can be handled. */
    NO_HALL(false);

    private final boolean error;

    QualityRule(boolean error) {
        this.error = error;
    }

    public boolean isError() {
        return error;
    }
}
