package org.tongban.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.tongban.ModuleTests;
import org.tongban.TestDatabase;
import org.tongban.shared.AccountKind;
import org.tongban.shared.Actor;
import org.tongban.shared.TimeConfiguration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalogue alone with the modules it depends on (document, identity, region; identity needs notification),
 * without search, casework or the portal: a reviewed listing announces its publication to whoever listens, and
 * a revoked one its withdrawal, and a listing approved for a later day announces nothing yet.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "notification")
@ActiveProfiles(resolver = TestDatabase.class)
@TestPropertySource(properties = ModuleTests.WITHOUT_WORKFLOW)
class CatalogModuleTest {

    private static final String LANSHAN = "11371302MB5517287A";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    CatalogEditor editor;
    @Autowired
    BasicCatalog basicCatalog;
    @Autowired
    Catalog catalog;

    private final Actor author = new Actor("module-author", AccountKind.STAFF, Set.of(CatalogRole.CATALOG_ADMIN),
            "371302", LANSHAN);
    private final Actor reviewer = new Actor("module-reviewer", AccountKind.STAFF, Set.of(CatalogRole.CATALOG_ADMIN),
            "371300", "11371300MB86186065");

    private String draft() {
        String basicCode = "3701" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        basicCatalog.save(new BasicCatalogEntry(basicCode, "模块测试许可", "01", "《测试条例》第十条",
                List.of("CITY", "COUNTY")));
        String code = editor.createListing(author, LANSHAN, JSON.writeValueAsString(CatalogFixtures.valid(basicCode)))
                .code();
        editor.submit(author, code, 1);
        return code;
    }

    @Test
    void aReviewedListingAnnouncesItsPublicationAndARevokedOneItsWithdrawal(Scenario scenario) {
        String code = draft();
        scenario.stimulate(() -> editor.approve(reviewer, code, 1, LocalDate.now(TimeConfiguration.ZONE).toString(), "同意"))
                .andWaitForEventOfType(ListingPublished.class)
                .matching(event -> event.listingCode().equals(code))
                .toArriveAndVerify((event, version) -> {
                    assertThat(event.version()).isEqualTo(1);
                    assertThat(version.status()).isEqualTo("PUBLISHED");
                    assertThat(catalog.published(code)).isPresent();
                });

        scenario.stimulate(() -> editor.revoke(reviewer, code, "依据调整，事项取消"))
                .andWaitForEventOfType(ListingWithdrawn.class)
                .matching(event -> event.listingCode().equals(code))
                .toArriveAndVerify(event -> {
                    assertThat(event.reason()).isEqualTo("REVOKED");
                    assertThat(catalog.published(code)).isEmpty();
                });
    }

    @Test
    void aListingApprovedForALaterDayAnnouncesNothingYet(PublishedEvents events) {
        String code = draft();
        var approved = editor.approve(reviewer, code, 1, LocalDate.now(TimeConfiguration.ZONE).plusDays(3).toString(), "同意");
        assertThat(approved.status()).isNotEqualTo("PUBLISHED");
        assertThat(events.ofType(ListingPublished.class).matching(event -> event.listingCode().equals(code))).isEmpty();
        assertThat(catalog.published(code)).isEmpty();
    }
}
