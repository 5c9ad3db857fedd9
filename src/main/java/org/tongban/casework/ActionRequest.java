package org.tongban.casework;

import java.util.List;

/**
 * An action on a case as staff or the applicant send it. Which fields are needed depends on the action:
 * <ul>
 * <li>{@code refuse}, {@code deny}: {@code opinion} (reasons) and {@code basis} (legal basis);</li>
 * <li>{@code request-correction}: {@code missing} (everything that is missing, told once) and optionally
 * {@code opinion};</li>
 * <li>{@code start-special-procedure}: {@code procedure}, {@code opinion} (reason) and {@code plannedDays};</li>
 * <li>{@code approve}: {@code opinion}, optionally {@code basis};</li>
 * <li>{@code deliver}: {@code deliveryMethod} (WINDOW, POST, ELECTRONIC) and, by post, {@code trackingNumber};</li>
 * <li>{@code submit-correction}: optionally the corrected {@code formData} (a JSON object).</li>
 * </ul>
 * {@code expectedVersion}, when sent, must match the case's version: a case changed since it was read is
 * refused with {@link CaseError#CASE_CHANGED}.
 */
public record ActionRequest(String action, String opinion, String basis, List<String> missing, String procedure,
        Integer plannedDays, String deliveryMethod, String trackingNumber, String formData, Long expectedVersion) {

    public static ActionRequest of(String action, String opinion) {
        return new ActionRequest(action, opinion, null, null, null, null, null, null, null, null);
    }
}
