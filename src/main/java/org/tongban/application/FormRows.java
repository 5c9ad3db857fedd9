package org.tongban.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tongban.application.ListingForms.FormField;
import org.tongban.identity.Applicants.Applicant;
import org.tongban.shared.AccountKind;
import org.tongban.shared.Masking;

/**
 * The fields of a listing's form as a page shows them: each with its value and where the value came from
 * (减表单: the verified identity, the account, the applicant's last answer, or a saved draft), so the
 * applicant sees what was filled in for them and why.
 */
public final class FormRows {

    private FormRows() {
    }

    /**
     * One field on the page. {@code locked}: taken from the verified identity and shown (masked) instead of an
     * input; {@code source}: the message key suffix of the badge ({@code identity}, {@code account},
     * {@code history}), or null.
     */
    public record Row(FormField field, String value, String shown, boolean locked, String source) {

        public String name() {
            return field.name();
        }
    }

    /**
     * The rows of the form: {@code typed} (what the person typed or saved as a draft) comes first, then the
     * identity, the account and the last answers. {@code applicant} may be null (a window before the walk-in is
     * entered), {@code record} too (no earlier cases read).
     */
    public static List<Row> of(ListingForms.Form form, Map<String, ?> typed, Applicant applicant,
            ApplicantFiles.Record record) {
        return of(form.fields(), typed, applicant, record, false);
    }

    /**
     * At a window ({@code window} true) the walk-in is entered above the form, so the fields taken from the
     * identity show that they will be taken from there.
     */
    public static List<Row> of(List<FormField> fields, Map<String, ?> typed, Applicant applicant,
            ApplicantFiles.Record record, boolean window) {
        List<Row> rows = new ArrayList<>();
        for (FormField field : fields) {
            if (window && field.autofill() && field.field().fromIdentity()) {
                rows.add(new Row(field, null, null, true, "walkIn"));
                continue;
            }
            var fromIdentity = ListingForms.identityValue(field, applicant);
            if (fromIdentity.isPresent()) {
                String value = fromIdentity.get();
                String shown = "idNumber".equals(field.field().check()) ? Masking.idNumber(value)
                        : "person.name".equals(field.field().source()) ? Masking.name(value) : value;
                rows.add(new Row(field, value, shown, true, "identity"));
                continue;
            }
            Object given = typed == null ? null : typed.get(field.name());
            if (given != null && !given.toString().isBlank()) {
                rows.add(new Row(field, given.toString(), null, false, null));
                continue;
            }
            String account = account(field, applicant);
            if (account != null) {
                rows.add(new Row(field, account, null, false, "account"));
                continue;
            }
            String last = field.field().remember() && record != null ? record.answers().get(field.name()) : null;
            rows.add(new Row(field, last, null, false, last == null ? null : "history"));
        }
        return rows;
    }

    private static String account(FormField field, Applicant applicant) {
        String source = field.field().source();
        if (applicant == null || source == null || !field.autofill()) {
            return null;
        }
        return switch (source) {
            case "account.name" -> applicant.kind() == AccountKind.PERSON ? applicant.name() : null;
            case "account.mobile" -> applicant.mobile();
            default -> null;
        };
    }

    /** The names a draft keeps: every field the applicant types (not those taken from the identity). */
    public static List<String> typedNames(List<Row> rows) {
        return rows.stream().filter(r -> !r.locked()).map(Row::name).toList();
    }
}
