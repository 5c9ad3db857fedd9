package org.tongban.casework;

import java.util.ArrayList;
import java.util.List;
import org.tongban.shared.BusinessException;
import org.tongban.shared.CommonError;
import org.tongban.shared.InputCheck;

/**
 * One action on a case with exactly the input it needs. {@link #checked()} validates the input and returns
 * it trimmed, or throws a {@link BusinessException} naming every field that is wrong; {@link CaseActions}
 * calls it only after the case, its status and the caller's turn have been checked, so a refusal always
 * names the first problem a person can do something about.
 */
public sealed interface CaseCommand {

    int OPINION_LENGTH = 2000;
    int BASIS_LENGTH = 500;
    int MISSING_ITEMS = 50;
    int MISSING_LENGTH = 200;

    CaseAction action();

    /** The opinion written into the case's step, or {@code null}. */
    String opinion();

    CaseCommand checked();

    /** 受理. */
    record Accept(String opinion) implements CaseCommand {
        @Override
        public CaseAction action() {
            return CaseAction.ACCEPT;
        }

        @Override
        public Accept checked() {
            return new Accept(optionalOpinion(opinion));
        }
    }

    /** 不予受理: the reasons and the legal basis. */
    record Refuse(String opinion, String basis) implements CaseCommand {
        @Override
        public CaseAction action() {
            return CaseAction.REFUSE;
        }

        @Override
        public Refuse checked() {
            var check = new InputCheck();
            String reasons = check.required("opinion", opinion, OPINION_LENGTH);
            String law = check.required("basis", basis, BASIS_LENGTH);
            check.throwIfAny();
            return new Refuse(reasons, law);
        }
    }

    /** 一次性告知补正: everything that is missing, told once. */
    record RequestCorrection(String opinion, List<String> missing) implements CaseCommand {
        @Override
        public CaseAction action() {
            return CaseAction.REQUEST_CORRECTION;
        }

        @Override
        public RequestCorrection checked() {
            var check = new InputCheck();
            String note = check.optional("opinion", opinion, OPINION_LENGTH);
            List<String> items = new ArrayList<>();
            if (missing == null || missing.stream().allMatch(m -> m == null || m.isBlank())) {
                check.required("missing", null, MISSING_LENGTH);
            } else {
                for (int i = 0; i < missing.size() && i < MISSING_ITEMS; i++) {
                    String item = check.optional("missing[" + i + "]", missing.get(i), MISSING_LENGTH);
                    if (item != null) {
                        items.add(item);
                    }
                }
            }
            check.throwIfAny();
            return new RequestCorrection(note, List.copyOf(items));
        }
    }

    /** 补正: the applicant's corrected form (a JSON object) or {@code null} to keep the form as it is. */
    record SubmitCorrection(String formData) implements CaseCommand {
        @Override
        public CaseAction action() {
            return CaseAction.SUBMIT_CORRECTION;
        }

        @Override
        public String opinion() {
            return null;
        }

        @Override
        public SubmitCorrection checked() {
            return new SubmitCorrection(formData == null || formData.isBlank() ? null
                    : FormJson.object("formData", formData));
        }
    }

    /** 特别程序: which procedure the law names, why (the opinion) and for how many days it is planned. */
    record StartSpecialProcedure(String procedure, String opinion, Integer plannedDays) implements CaseCommand {
        @Override
        public CaseAction action() {
            return CaseAction.START_SPECIAL_PROCEDURE;
        }

        @Override
        public StartSpecialProcedure checked() {
            var check = new InputCheck();
            String kind = check.required("procedure", procedure, 40);
            if (kind != null && !CaseActions.SPECIAL_PROCEDURES.contains(kind)) {
                check.add("procedure", CommonError.INVALID_INPUT);
            }
            String reason = check.required("opinion", opinion, OPINION_LENGTH);
            if (plannedDays == null || plannedDays < 1 || plannedDays > 365) {
                check.add("plannedDays", CaseError.PLANNED_DAYS_INVALID);
            }
            check.throwIfAny();
            return new StartSpecialProcedure(kind, reason, plannedDays);
        }
    }

    /** The special procedure ended; the clock runs again. */
    record EndSpecialProcedure(String opinion) implements CaseCommand {
        @Override
        public CaseAction action() {
            return CaseAction.END_SPECIAL_PROCEDURE;
        }

        @Override
        public EndSpecialProcedure checked() {
            return new EndSpecialProcedure(optionalOpinion(opinion));
        }
    }

    /** 准予 (or, under review, its proposal to the leader): the opinion and optionally the legal basis. */
    record Approve(String opinion, String basis) implements CaseCommand {
        @Override
        public CaseAction action() {
            return CaseAction.APPROVE;
        }

        @Override
        public Approve checked() {
            var check = new InputCheck();
            String reasons = check.required("opinion", opinion, OPINION_LENGTH);
            String law = check.optional("basis", basis, BASIS_LENGTH);
            check.throwIfAny();
            return new Approve(reasons, law);
        }
    }

    /** 不予许可 (or its proposal): the reasons and the legal basis, both required. */
    record Deny(String opinion, String basis) implements CaseCommand {
        @Override
        public CaseAction action() {
            return CaseAction.DENY;
        }

        @Override
        public Deny checked() {
            var check = new InputCheck();
            String reasons = check.required("opinion", opinion, OPINION_LENGTH);
            String law = check.required("basis", basis, BASIS_LENGTH);
            check.throwIfAny();
            return new Deny(reasons, law);
        }
    }

    /** 办结. */
    record Complete(String opinion) implements CaseCommand {
        @Override
        public CaseAction action() {
            return CaseAction.COMPLETE;
        }

        @Override
        public Complete checked() {
            return new Complete(optionalOpinion(opinion));
        }
    }

    /** 送达: at the window, by post (with its tracking number) or electronically. */
    record Deliver(String opinion, String method, String trackingNumber) implements CaseCommand {
        @Override
        public CaseAction action() {
            return CaseAction.DELIVER;
        }

        @Override
        public Deliver checked() {
            var check = new InputCheck();
            String note = check.optionalLines("opinion", opinion, OPINION_LENGTH);
            String how = method == null ? "" : method.strip();
            if (!CaseActions.DELIVERY_METHODS.contains(how)) {
                check.add("deliveryMethod", CaseError.DELIVERY_METHOD_INVALID);
            }
            String tracking = check.optional("trackingNumber", trackingNumber, 40);
            if ("POST".equals(how) && tracking == null) {
                check.add("trackingNumber", CaseError.TRACKING_NUMBER_REQUIRED);
            }
            check.throwIfAny();
            return new Deliver(note, how, "POST".equals(how) ? tracking : null);
        }
    }

    /** 撤回, by the applicant (or the clerk who entered a window case). */
    record Withdraw(String opinion) implements CaseCommand {
        @Override
        public CaseAction action() {
            return CaseAction.WITHDRAW;
        }

        @Override
        public Withdraw checked() {
            return new Withdraw(optionalOpinion(opinion));
        }
    }

    /**
     * The command a request names, with the request's fields it needs; an unknown action is refused with
     * {@link CaseError#ACTION_UNKNOWN}. Nothing is validated yet.
     */
    static CaseCommand of(ActionRequest request) {
        CaseAction action = CaseAction.of(request.action() == null ? "" : request.action().strip())
                .orElseThrow(() -> new BusinessException(CaseError.ACTION_UNKNOWN));
        return switch (action) {
            case ACCEPT -> new Accept(request.opinion());
            case REFUSE -> new Refuse(request.opinion(), request.basis());
            case REQUEST_CORRECTION -> new RequestCorrection(request.opinion(), request.missing());
            case SUBMIT_CORRECTION -> new SubmitCorrection(request.formData());
            case START_SPECIAL_PROCEDURE -> new StartSpecialProcedure(request.procedure(), request.opinion(),
                    request.plannedDays());
            case END_SPECIAL_PROCEDURE -> new EndSpecialProcedure(request.opinion());
            case APPROVE -> new Approve(request.opinion(), request.basis());
            case DENY -> new Deny(request.opinion(), request.basis());
            case COMPLETE -> new Complete(request.opinion());
            case DELIVER -> new Deliver(request.opinion(), request.deliveryMethod(), request.trackingNumber());
            case WITHDRAW -> new Withdraw(request.opinion());
        };
    }

    private static String optionalOpinion(String opinion) {
        var check = new InputCheck();
        String note = check.optionalLines("opinion", opinion, OPINION_LENGTH);
        check.throwIfAny();
        return note;
    }
}
