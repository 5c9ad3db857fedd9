package org.tongban.casework;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The official documents (文书) a case can issue as a PDF, with when each exists: a receipt for every case,
 * an acceptance notice once accepted, a correction notice once a correction was asked for, and the decision
 * documents once refused, approved or denied. The wire name is what {@code /cases/{n}/documents/{kind}} takes.
 */
public enum DocumentKind {
    RECEIPT("receipt", "SJ", view -> true),
    CORRECTION_NOTICE("correction-notice", "BZ", view -> hasStep(view, CaseAction.REQUEST_CORRECTION)),
    ACCEPTANCE_NOTICE("acceptance-notice", "SL", view -> hasStep(view, CaseAction.ACCEPT)),
    REFUSAL_DECISION("refusal-decision", "BSL", view -> view.status() == CaseStatus.REFUSED),
    APPROVAL_DECISION("approval-decision", "ZY", view -> "APPROVED".equals(view.decision())),
    DENIAL_DECISION("denial-decision", "BY", view -> "DENIED".equals(view.decision()));

    private final String wireName;
    private final String numberSuffix;
    private final Predicate<CaseQueries.CaseView> available;

    DocumentKind(String wireName, String numberSuffix, Predicate<CaseQueries.CaseView> available) {
        this.wireName = wireName;
        this.numberSuffix = numberSuffix;
        this.available = available;
    }

    public String wireName() {
        return wireName;
    }

    /** The suffix of the document number (文号): the case number, a dash and this. */
    public String numberSuffix() {
        return numberSuffix;
    }

    /** The case has reached the point where this document exists. */
    public boolean isAvailableFor(CaseQueries.CaseView view) {
        return available.test(view);
    }

    /** Every document the case has, in the order a case reaches them. */
    public static List<DocumentKind> availableFor(CaseQueries.CaseView view) {
        return Arrays.stream(values()).filter(kind -> kind.isAvailableFor(view)).toList();
    }

    public static Optional<DocumentKind> of(String wireName) {
        return Arrays.stream(values()).filter(kind -> kind.wireName.equals(wireName)).findFirst();
    }

    private static boolean hasStep(CaseQueries.CaseView view, CaseAction action) {
        return view.timeline() != null
                && view.timeline().stream().anyMatch(entry -> action.wireName().equals(entry.step()));
    }
}
