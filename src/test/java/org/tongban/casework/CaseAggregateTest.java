package org.tongban.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongban.identity.Applicants.Applicant;
import org.tongban.shared.AccountKind;
import org.tongban.shared.BusinessException;
import org.tongban.shared.CommonError;

/**
 * The {@link Case} aggregate on its own, without Spring: every action in every status it is not allowed in
 * is refused and leaves the case and its pending events as they were; every allowed transition registers
 * exactly its event; and each {@link CaseCommand} refuses incomplete input.
 */
class CaseAggregateTest {

    private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final String CLERKS = ",WINDOW_CLERK,";
    private static final String APPROVERS = ",APPROVER,";

    @Test
    void refusesEveryActionItsStatusDoesNotAllowAndChangesNothing() {
        int refused = 0;
        for (CaseStatus status : CaseStatus.values()) {
            for (CaseAction action : CaseAction.values()) {
                if (action.allowedIn(status)) {
                    continue;
                }
                Case aCase = caseIn(status);
                List<Object> before = aCase.pendingEvents();
                String holder = aCase.holderRole();
                assertThatThrownBy(() -> take(aCase, action))
                        .as("%s in %s", action, status)
                        .isInstanceOfSatisfying(BusinessException.class, e -> {
                            assertThat(e.code()).isEqualTo(CaseError.ACTION_NOT_ALLOWED);
                            assertThat(e.arguments()).containsExactly(action.wireName(), status.name());
                        });
                assertThat(aCase.status()).as("%s in %s", action, status).isEqualTo(status);
                assertThat(aCase.holderRole()).isEqualTo(holder);
                assertThat(aCase.pendingEvents()).isEqualTo(before);
                refused++;
            }
        }
        // 11 statuses × 11 actions, less the 19 pairs CaseAction allows
        assertThat(refused).isEqualTo(121 - 19);
    }

    @Test
    void everyAllowedTransitionRegistersItsOwnEvent() {
        Map<CaseAction, Class<?>> expected = new EnumMap<>(CaseAction.class);
        expected.put(CaseAction.ACCEPT, CaseAccepted.class);
        expected.put(CaseAction.REFUSE, CaseRefused.class);
        expected.put(CaseAction.REQUEST_CORRECTION, CorrectionRequested.class);
        expected.put(CaseAction.SUBMIT_CORRECTION, CorrectionSubmitted.class);
        expected.put(CaseAction.START_SPECIAL_PROCEDURE, ClockStopped.class);
        expected.put(CaseAction.END_SPECIAL_PROCEDURE, ClockResumed.class);
        expected.put(CaseAction.APPROVE, CaseDecided.class);
        expected.put(CaseAction.DENY, CaseDecided.class);
        expected.put(CaseAction.COMPLETE, CaseCompleted.class);
        expected.put(CaseAction.DELIVER, ResultDelivered.class);
        expected.put(CaseAction.WITHDRAW, CaseWithdrawn.class);
        for (CaseStatus status : CaseStatus.values()) {
            for (CaseAction action : CaseAction.values()) {
                if (!action.allowedIn(status)) {
                    continue;
                }
                Case aCase = caseIn(status);
                int before = aCase.pendingEvents().size();
                take(aCase, action);
                List<Object> events = aCase.pendingEvents();
                assertThat(events).as("%s in %s", action, status).hasSize(before + 1);
                Object event = events.get(events.size() - 1);
                assertThat(event).isInstanceOf(expected.get(action));
                CaseEvent caseEvent = (CaseEvent) event;
                assertThat(caseEvent.status()).isEqualTo(aCase.status());
                assertThat(caseEvent.facts().caseNumber()).isEqualTo("TB-1");
            }
        }
    }

    @Test
    void aCorrectionIsRequestedOnceAndACaseStartsOnce() {
        Case aCase = caseIn(CaseStatus.SUBMITTED);
        aCase.requestCorrection(NOW, TODAY, List.of("身份证复印件"), ",APPLICANT,");
        aCase.submitCorrection(NOW, null, null, TODAY.plusDays(5), CLERKS);
        assertThat(aCase.status()).isEqualTo(CaseStatus.SUBMITTED);
        assertThat(aCase.clockStoppedOn()).isNull();
        assertThatThrownBy(() -> aCase.requestCorrection(NOW, TODAY, List.of("再补"), CLERKS))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.code()).isEqualTo(CaseError.CORRECTION_ALREADY_REQUESTED));
        assertThat(aCase.status()).isEqualTo(CaseStatus.SUBMITTED);
        assertThatThrownBy(() -> aCase.started("another", CLERKS)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aCaseGoesOverdueOnceAndOnlyWhileItsClockRuns() {
        Case accepted = caseIn(CaseStatus.ACCEPTED);
        accepted.markOverdue(NOW);
        assertThat(accepted.pendingEvents()).last().isInstanceOf(CaseOverdue.class);
        assertThatThrownBy(() -> accepted.markOverdue(NOW)).isInstanceOf(IllegalStateException.class);
        Case suspended = caseIn(CaseStatus.SUSPENDED);
        assertThatThrownBy(() -> suspended.markOverdue(NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void commandsRefuseIncompleteInputFieldByField() {
        assertFields(new CaseCommand.Refuse(" ", null), "opinion", "basis");
        assertFields(new CaseCommand.Deny("不符合条件", ""), "basis");
        assertFields(new CaseCommand.Approve(null, null), "opinion");
        assertFields(new CaseCommand.RequestCorrection(null, List.of(" ", "")), "missing");
        assertFields(new CaseCommand.StartSpecialProcedure("PICNIC", null, 0), "procedure", "opinion",
                "plannedDays");
        assertFields(new CaseCommand.Deliver(null, "DRONE", null), "deliveryMethod");
        assertFields(new CaseCommand.Deliver(null, "POST", " "), "trackingNumber");
        assertFields(new CaseCommand.Accept("意".repeat(CaseCommand.OPINION_LENGTH + 1)), "opinion");
        assertFields(new CaseCommand.SubmitCorrection("[1, 2]"), "formData");
    }

    @Test
    void checkedCommandsAreTrimmedAndKeepOnlyWhatTheyNeed() {
        assertThat(new CaseCommand.Deliver(" 窗口 ", " WINDOW ", "SF123").checked())
                .isEqualTo(new CaseCommand.Deliver("窗口", "WINDOW", null));
        assertThat(new CaseCommand.RequestCorrection(null, List.of(" 户口簿 ", " ", "照片")).checked().missing())
                .containsExactly("户口簿", "照片");
        assertThat(new CaseCommand.SubmitCorrection("  ").checked().formData()).isNull();
        ActionRequest request = new ActionRequest(" approve ", "同意", "《条例》第十条", null, null, null, null, null, null,
                3L);
        assertThat(CaseCommand.of(request)).isEqualTo(new CaseCommand.Approve("同意", "《条例》第十条"));
        assertThatThrownBy(() -> CaseCommand.of(ActionRequest.of("delete", null)))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.code()).isEqualTo(CaseError.ACTION_UNKNOWN));
    }

    private static void assertFields(CaseCommand command, String... fields) {
        assertThatThrownBy(command::checked)
                .as("%s", command)
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.code()).isEqualTo(CommonError.INVALID_INPUT);
                    assertThat(e.violations()).extracting(v -> v.field()).containsExactlyInAnyOrder(fields);
                });
    }

    /** A case driven to {@code status} by the aggregate's own transitions. */
    private static Case caseIn(CaseStatus status) {
        Case aCase = new Case("TB-1", draft(), NOW, TODAY.plusDays(5));
        aCase.started("process-1", CLERKS);
        switch (status) {
            case SUBMITTED -> { }
            case CORRECTION_REQUESTED -> aCase.requestCorrection(NOW, TODAY, List.of("照片"), ",APPLICANT,");
            case REFUSED -> aCase.refuse(NOW, "《条例》", null);
            case WITHDRAWN -> aCase.withdraw(NOW);
            default -> {
                aCase.accept(NOW, TODAY.plusDays(10), TODAY.plusDays(20), APPROVERS);
                switch (status) {
                    case UNDER_REVIEW -> aCase.propose(true, ",DEPARTMENT_LEADER,");
                    case SUSPENDED -> aCase.startSpecialProcedure(NOW, TODAY, "INSPECTION", "现场核查", 5);
                    case APPROVED -> aCase.decide(true, NOW, null, APPROVERS);
                    case DENIED -> aCase.decide(false, NOW, "《条例》", APPROVERS);
                    case COMPLETED, DELIVERED -> {
                        aCase.decide(true, NOW, null, APPROVERS);
                        aCase.complete(NOW, TODAY, CLERKS);
                        if (status == CaseStatus.DELIVERED) {
                            aCase.deliver(NOW, "WINDOW", null, null);
                        }
                    }
                    default -> { }
                }
            }
        }
        assertThat(aCase.status()).isEqualTo(status);
        return aCase;
    }

    /** Takes the action through the aggregate's transition for it. */
    private static void take(Case aCase, CaseAction action) {
        switch (action) {
            case ACCEPT -> aCase.accept(NOW, TODAY.plusDays(10), TODAY.plusDays(20), APPROVERS);
            case REFUSE -> aCase.refuse(NOW, "《条例》", null);
            case REQUEST_CORRECTION -> aCase.requestCorrection(NOW, TODAY, List.of("照片"), ",APPLICANT,");
            case SUBMIT_CORRECTION -> aCase.submitCorrection(NOW, null, null, TODAY.plusDays(5), CLERKS);
            case START_SPECIAL_PROCEDURE -> aCase.startSpecialProcedure(NOW, TODAY, "INSPECTION", "现场核查", 5);
            case END_SPECIAL_PROCEDURE -> aCase.endSpecialProcedure(NOW, TODAY.plusDays(15), TODAY.plusDays(25), 5);
            case APPROVE -> aCase.decide(true, NOW, null, CLERKS);
            case DENY -> aCase.decide(false, NOW, "《条例》", CLERKS);
            case COMPLETE -> aCase.complete(NOW, TODAY, CLERKS);
            case DELIVER -> aCase.deliver(NOW, "POST", "SF1234567890", null);
            case WITHDRAW -> aCase.withdraw(NOW);
        }
    }

    private static CaseDraft draft() {
        var applicant = new Applicant("zhangsan", AccountKind.PERSON, "张三", "370102199001011234", "13800000000", null);
        return new CaseDraft("L-1", 1, "个体工商户设立登记", "XK", "371302", "SCJG", "PROMISED", 5, "W", 20, "W",
                false, applicant, "zhangsan", Channel.ONLINE, "key-1", "{}", "[]");
    }
}
