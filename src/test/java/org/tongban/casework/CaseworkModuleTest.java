package org.tongban.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.tongban.IntegrationTest;
import org.tongban.TestDatabase;
import org.tongban.identity.Applicants.Applicant;
import org.tongban.notification.InAppMessages;
import org.tongban.notification.OutboxSmsGateway;
import org.tongban.shared.AccountKind;
import org.tongban.shared.Actor;

/**
 * Casework alone with the modules it depends on (catalog, document, identity, notification, region), without
 * application, search, the portal or the cluster: a case submitted and accepted publishes its events, and
 * casework's own listener tells the applicant by SMS and in-app message once each step has committed.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles(resolver = TestDatabase.class)
class CaseworkModuleTest {

    @Autowired
    CaseIntake intake;
    @Autowired
    CaseActions actions;
    @Autowired
    OutboxSmsGateway sms;
    @Autowired
    InAppMessages inApp;

    @Test
    void aCaseSubmittedAndAcceptedIsAnnouncedAndItsApplicantTold(Scenario scenario) {
        String mobile = IntegrationTest.newMobile();
        String username = "module-" + mobile;
        Actor clerk = new Actor("module-clerk", AccountKind.STAFF, Set.of(CaseworkRole.WINDOW_CLERK), "371302",
                CaseFixtures.LANSHAN_CODE);
        var applicant = new Applicant(username, AccountKind.PERSON, "张三", IntegrationTest.newIdNumber(), mobile, null);
        var draft = new CaseDraft("371302-module", 1, "个体工商户设立登记", "01", "371302", CaseFixtures.LANSHAN_CODE,
                "PROMISED", 5, "W", 20, "W", false, applicant, "module-clerk", Channel.WINDOW, "module-" + mobile,
                "{}", "[]");
        var number = new AtomicReference<String>();

        scenario.stimulate(() -> intake.submit(draft, clerk))
                .andWaitForEventOfType(CaseSubmitted.class)
                .matching(event -> username.equals(event.facts().applicantUsername()))
                .toArriveAndVerify((event, submitted) -> {
                    number.set(submitted.caseNumber());
                    assertThat(event.facts().caseNumber()).isEqualTo(submitted.caseNumber());
                    assertThat(event.facts().channel()).isEqualTo(Channel.WINDOW);
                    assertThat(event.intakeDeadline()).isNotNull();
                });
        scenario.stimulate(() -> sms.latestTo(mobile))
                .andWaitForStateChange(() -> sms.latestTo(mobile).filter(m -> m.text().contains(number.get())))
                .andVerify(message -> assertThat(message.get().text()).contains("已提交"));

        scenario.stimulate(() -> actions.act(CaseNumber.of(number.get()), new CaseCommand.Accept("材料齐全，予以受理"), null, clerk))
                .andWaitForEventOfType(CaseAccepted.class)
                .matching(event -> number.get().equals(event.facts().caseNumber()))
                .toArriveAndVerify((event, outcome) -> assertThat(outcome.status()).isEqualTo(CaseStatus.ACCEPTED));
        scenario.stimulate(() -> sms.latestTo(mobile))
                .andWaitForStateChange(() -> sms.latestTo(mobile).filter(m -> m.text().contains("已受理")))
                .andVerify(message -> assertThat(message.get().text()).contains(number.get()));
        assertThat(inApp.forAccount(username, 10)).extracting(InAppMessages.Message::link)
                .contains("/me/cases/" + number.get());
    }
}
