package org.tongban.application;

import org.springframework.stereotype.Component;
import org.tongban.casework.CorrectedForms;
import org.tongban.catalog.Catalog;
import org.tongban.identity.Applicants.Applicant;
import org.tongban.shared.AccountKind;
import org.tongban.shared.BusinessException;
import org.tongban.shared.InputCheck;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A corrected form is checked like a submitted one: against the listing's form, with the fields taken from the
 * identity set from the case's applicant. The applicant's note on the correction ({@code correctionNote}) is
 * the correction's own and passes through.
 */
@Component
class CaseFormCheck implements CorrectedForms {

    private static final String NOTE = "correctionNote";

    private final Catalog catalog;
    private final ListingForms forms;
    private final JsonMapper json;

    CaseFormCheck(Catalog catalog, ListingForms forms, JsonMapper json) {
        this.catalog = catalog;
        this.forms = forms;
        this.json = json;
    }

    @Override
    public String checked(String itemCode, CaseApplicant applicant, String formData) {
        var item = catalog.published(itemCode)
                .orElseThrow(() -> new BusinessException(ApplicationError.ITEM_NOT_AVAILABLE));
        ObjectNode given = (ObjectNode) json.readTree(formData);
        JsonNode note = given.remove(NOTE);
        var check = new InputCheck();
        ObjectNode form = forms.checked(forms.form(item), given, new Applicant(applicant.username(),
                AccountKind.valueOf(applicant.kind()), applicant.name(), applicant.number(), applicant.mobile(), null), check);
        check.throwIfAny();
        if (note != null) {
            form.set(NOTE, note);
        }
        return json.writeValueAsString(form);
    }
}
