package org.tongban.casework;

/**
 * The check a corrected form goes through before the case keeps it: the same as at submission (the listing's
 * form, field by field). Casework declares it; the module that owns forms implements it, so casework needs no
 * knowledge of forms and no module depends back on the other.
 */
public interface CorrectedForms {

    /**
     * The corrected form data of a case as it should be kept (compact JSON), or a
     * {@link org.tongban.shared.BusinessException} naming every field that is wrong.
     *
     * @param itemCode the case's listing
     * @param applicant the case's applicant (fields taken from the identity are set from it)
     * @param formData the corrected form data, a JSON object
     */
    String checked(String itemCode, CaseApplicant applicant, String formData);

    /** Who applied, as the case keeps it: {@code kind} PERSON or ENTERPRISE. */
    record CaseApplicant(String username, String kind, String name, String number, String mobile) {
    }
}
