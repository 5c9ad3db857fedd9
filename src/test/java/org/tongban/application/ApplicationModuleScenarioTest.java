package org.tongban.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.tongban.IntegrationTest;
import org.tongban.TestDatabase;
import org.tongban.application.Submissions.ApplicationRequest;
import org.tongban.application.Submissions.MaterialSubmission;
import org.tongban.application.Submissions.WalkInApplicant;
import org.tongban.casework.CaseFixtures;
import org.tongban.casework.CaseSubmitted;
import org.tongban.casework.CaseworkRole;
import org.tongban.casework.Channel;
import org.tongban.catalog.ItemDetail;
import org.tongban.shared.AccountKind;
import org.tongban.shared.Actor;
import org.tongban.shared.BusinessException;

/**
 * Applying, alone with the modules it depends on (casework, catalog, document, identity; casework needs
 * notification and region), without search, bundles or the portal: a walk-in application at the window becomes
 * a case that casework announces, once however often the clerk presses submit, and a refused one announces
 * nothing.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = {"notification", "region"})
@ActiveProfiles(resolver = TestDatabase.class)
class ApplicationModuleScenarioTest {

    @Autowired
    Submissions submissions;
    @Autowired
    ApplicationContext context;

    private ApplicationRequest walkIn(ItemDetail item, String key, String idNumber) {
        List<MaterialSubmission> paper = item.materials().stream().filter(ItemDetail.MaterialView::required)
                .map(m -> new MaterialSubmission(m.name(), null)).toList();
        return new ApplicationRequest(item.code(), null, Map.of("reason", "窗口代录"), paper, key, null,
                new WalkInApplicant("PERSON", "周八", idNumber, IntegrationTest.newMobile()));
    }

    private Actor clerkFor(ItemDetail item) {
        return new Actor("module-clerk", AccountKind.STAFF, Set.of(CaseworkRole.WINDOW_CLERK), item.region().code(),
                item.department().code());
    }

    @Test
    void aWalkInApplicationBecomesOneAnnouncedCase(Scenario scenario) {
        ItemDetail item = CaseFixtures.of(null, context).listing(false, "PROMISED");
        Actor clerk = clerkFor(item);
        ApplicationRequest request = walkIn(item, CaseFixtures.newKey(), IntegrationTest.newIdNumber());

        scenario.stimulate(() -> submissions.submit(request, clerk))
                .andWaitForEventOfType(CaseSubmitted.class)
                .matching(event -> event.facts().listingCode().equals(item.code()))
                .toArriveAndVerify((event, submitted) -> {
                    assertThat(submitted.created()).isTrue();
                    assertThat(event.facts().caseNumber()).isEqualTo(submitted.caseNumber());
                    assertThat(event.facts().channel()).isEqualTo(Channel.WINDOW);
                    assertThat(event.facts().applicantUsername()).isNull();
                    var again = submissions.submit(request, clerk);
                    assertThat(again.caseNumber()).isEqualTo(submitted.caseNumber());
                    assertThat(again.created()).isFalse();
                });
    }

    @Test
    void aRefusedApplicationAnnouncesNothing(PublishedEvents events) {
        ItemDetail item = CaseFixtures.of(null, context).listing(false, "PROMISED");
        ApplicationRequest invalid = walkIn(item, CaseFixtures.newKey(), "12345");

        assertThatThrownBy(() -> submissions.submit(invalid, clerkFor(item))).isInstanceOf(BusinessException.class);
        assertThat(events.ofType(CaseSubmitted.class)).isEmpty();
    }
}
