package org.tongban.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.tongban.IntegrationTest;
import org.tongban.casework.CaseFixtures;
import org.tongban.casework.CaseworkRole;
import org.tongban.catalog.Catalog;
import org.tongban.catalog.ItemCode;
import org.tongban.catalog.ItemDetail;
import org.tongban.identity.IdentityFixtures;
import org.tongban.shared.Actor;
import org.tongban.shared.RegionCode;

/**
 * A license from the case that grants it to every state of its life: issued on completion in the holder's
 * wallet, signed so that OpenSSL verifies it, refused when a field is altered, suspended and returned, renewed
 * as the next version, expired; its seal rotated without touching what it signed.
 */
class LicenseLifecycleTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Catalog catalog;
    @Autowired
    Licenses licenses;

    @TempDir
    Path dir;

    private LicenseFixtures fixtures;
    private IdentityFixtures identity;
    private String idNumber;
    private Authentication citizen;
    private Authentication police;

    @BeforeEach
    void people() {
        fixtures = new LicenseFixtures(mvc);
        identity = IdentityFixtures.from(context);
        idNumber = newIdNumber();
        citizen = identity.signedIn(identity.person("王晓明", idNumber, newMobile()).username());
        police = identity.signedIn(identity.staff(LicenseFixtures.POLICE, LicenseRole.LICENSE_ISSUER));
    }

    @Test
    void aCompletedCaseWhoseResultIsALicenseIssuesItSignedToTheApplicant() throws Exception {
        ItemDetail socialCard = catalog.listingFor(ItemCode.of("002013104000"), RegionCode.of("371302")).orElseThrow();
        String department = socialCard.department().name();
        Authentication clerk = identity.signedIn(identity.staff(department, CaseworkRole.WINDOW_CLERK));
        CaseFixtures cases = CaseFixtures.of(mvc, context);
        String number = cases.apply(socialCard, citizen);
        cases.act(clerk, number, Map.of("action", "accept")).andExpect(status().isOk());
        cases.act(clerk, number, Map.of("action", "approve", "opinion", "同意")).andExpect(status().isOk());
        cases.act(clerk, number, Map.of("action", "complete")).andExpect(jsonPath("$.status").value("COMPLETED"));

        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql("select count(*) from license where case_number = ?")
                .param(number).query(Integer.class).single() == 1);
        String mine = mvc.perform(get("/api/v1/me/licenses").with(authentication(citizen)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((List<String>) JsonPath.read(mine, "$.licenses[*].typeName")).containsExactly("中华人民共和国社会保障卡");
        String identifier = JsonPath.read(mine, "$.licenses[0].identifier");
        assertThat(LicenseIdentifier.parse(identifier)).isPresent();
        assertThat(identifier).contains("." + LicenseFixtures.SOCIAL_CARD + ".").endsWith(".001." + identifier.charAt(identifier.length() - 1));
        assertThat((String) JsonPath.read(mine, "$.licenses[0].holderCode")).isEqualTo(idNumber);
        assertThat((String) JsonPath.read(mine, "$.licenses[0].caseNumber")).isEqualTo(number);

        String license = mvc.perform(get("/api/v1/licenses/{id}", identifier).with(authentication(citizen)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.signature.algorithm").value("SM2-SM3"))
                .andReturn().getResponse().getContentAsString();
        assertThat(LicenseFixtures.openssl(dir, license)).isZero();
        String verified = fixtures.verify(identifier);
        assertThat((String) JsonPath.read(verified, "$.status")).isEqualTo("VALID");
        assertThat((String) JsonPath.read(verified, "$.issuer.name")).isEqualTo(department);
        assertThat((String) JsonPath.read(verified, "$.holder")).isEqualTo("王*明");
        assertThat((List<?>) JsonPath.read(verified, "$.face")).isEmpty();
        // A retried completion event issues nothing twice.
        assertThat(context.getBean(LicenseIssuing.class).issueFor(number, socialCard.code(),
                socialCard.department().code())).isEmpty();
        // A second case for the same license (a 补换 or 变更) issues its next version; the first is superseded.
        String again = cases.apply(socialCard, citizen);
        cases.act(clerk, again, Map.of("action", "accept")).andExpect(status().isOk());
        cases.act(clerk, again, Map.of("action", "approve", "opinion", "同意")).andExpect(status().isOk());
        cases.act(clerk, again, Map.of("action", "complete")).andExpect(status().isOk());
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql("select count(*) from license where case_number = ?")
                .param(again).query(Integer.class).single() == 1);
        String next = jdbc.sql("select identifier from license where case_number = ?").param(again).query(String.class)
                .single();
        assertThat(next).isEqualTo(LicenseIdentifier.parse(identifier).orElseThrow().next().toString());
        assertThat((String) JsonPath.read(fixtures.verify(identifier), "$.detail")).isEqualTo("SUPERSEDED");
        assertThat((String) JsonPath.read(fixtures.verify(next), "$.status")).isEqualTo("VALID");
    }

    @Test
    void anAlteredFieldOrSignatureIsTamperedAndOpenSslAgrees() throws Exception {
        String identifier = fixtures.idCard(police, "王晓明", idNumber);
        assertThat((String) JsonPath.read(fixtures.verify(identifier), "$.status")).isEqualTo("VALID");
        String face = jdbc.sql("select face from license where identifier = ?").param(identifier).query(String.class).single();
        jdbc.sql("update license set face = ? where identifier = ?").params(face.replace("188号", "189号"), identifier).update();
        assertThat((String) JsonPath.read(fixtures.verify(identifier), "$.detail")).isEqualTo("TAMPERED");
        assertThat((String) JsonPath.read(fixtures.verify(identifier), "$.status")).isEqualTo("INVALID");
        jdbc.sql("update license set face = ? where identifier = ?").params(face, identifier).update();
        String payload = jdbc.sql("select payload from license where identifier = ?").param(identifier).query(String.class).single();
        jdbc.sql("update license set payload = ? where identifier = ?").params(payload.replace("188号", "189号"), identifier)
                .update();
        assertThat((String) JsonPath.read(fixtures.verify(identifier), "$.detail")).isEqualTo("TAMPERED");
        String altered = mvc.perform(get("/api/v1/licenses/{id}", identifier).with(authentication(citizen)))
                .andReturn().getResponse().getContentAsString();
        assertThat(LicenseFixtures.openssl(dir, altered)).isNotZero();
        jdbc.sql("update license set payload = ? where identifier = ?").params(payload, identifier).update();
        String signature = jdbc.sql("select signature from license where identifier = ?").param(identifier).query(String.class).single();
        byte[] flipped = Base64.getDecoder().decode(signature);
        flipped[flipped.length - 1] ^= 1;
        jdbc.sql("update license set signature = ? where identifier = ?")
                .params(Base64.getEncoder().encodeToString(flipped), identifier).update();
        assertThat((String) JsonPath.read(fixtures.verify(identifier), "$.detail")).isEqualTo("TAMPERED");
        jdbc.sql("update license set signature = ? where identifier = ?").params(signature, identifier).update();
        assertThat((String) JsonPath.read(fixtures.verify(identifier), "$.detail")).isEqualTo("VALID");
    }

    @Test
    void suspendReturnRenewAndRevokeEachChangeTheStatusOnlyWhereAllowed() throws Exception {
        String identifier = fixtures.idCard(police, "王晓明", idNumber);
        fixtures.operate(police, identifier, Map.of("operation", "suspend")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        fixtures.operate(police, identifier, Map.of("operation", "explode")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("请选择要办理的证照操作。"));
        fixtures.operate(police, identifier, Map.of("operation", "return")).andExpect(status().isConflict());
        assertThat((String) JsonPath.read(fixtures.verify(identifier), "$.status")).isEqualTo("VALID");

        Authentication elsewhere = identity.signedIn(identity.staff(CaseFixtures.LANSHAN, LicenseRole.LICENSE_ISSUER));
        fixtures.operate(elsewhere, identifier, Map.of("operation", "revoke", "reason", "越权")).andExpect(status().isNotFound());
        fixtures.operate(citizen, identifier, Map.of("operation", "revoke", "reason", "自己")).andExpect(status().isForbidden());

        fixtures.operate(police, identifier, Map.of("operation", "suspend", "reason", "涉嫌冒用，暂扣核查"))
                .andExpect(jsonPath("$.status").value("SUSPENDED"));
        String suspended = fixtures.verify(identifier);
        assertThat((String) JsonPath.read(suspended, "$.status")).isEqualTo("REVOKED");
        assertThat((String) JsonPath.read(suspended, "$.detail")).isEqualTo("SUSPENDED");
        fixtures.operate(police, identifier, Map.of("operation", "return")).andExpect(jsonPath("$.status").value("VALID"));

        fixtures.operate(police, identifier, Map.of("operation", "renew", "validUntil", "2000-01-01"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("validUntil"))
                .andExpect(jsonPath("$.errors[0].message").value("有效期不正确：日期格式为年-月-日，截止日期须晚于起始日期。"));
        assertThat((String) JsonPath.read(fixtures.verify(identifier), "$.status")).isEqualTo("VALID");
        assertThat(licenses.history(identifier)).hasSize(3);
        String renewed = fixtures.operate(police, identifier, Map.of("operation", "renew",
                        "validUntil", LocalDate.now(clock).plusYears(20).toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String next = JsonPath.read(renewed, "$.identifier");
        assertThat(next).isEqualTo(LicenseIdentifier.parse(identifier).orElseThrow().next().toString());
        assertThat((String) JsonPath.read(renewed, "$.previousIdentifier")).isEqualTo(identifier);
        assertThat((String) JsonPath.read(fixtures.verify(identifier), "$.detail")).isEqualTo("SUPERSEDED");
        assertThat((String) JsonPath.read(fixtures.verify(next), "$.status")).isEqualTo("VALID");
        assertThat(licenses.history(next)).extracting(Licenses.OperationRecord::operation).containsExactly(
                LicenseOperation.ISSUE, LicenseOperation.SUSPEND, LicenseOperation.RETURN, LicenseOperation.RENEW);
        assertThat(jdbc.sql("select count(*) from event_publication where serialized_event like ?")
                .param("%" + identifier.substring(0, identifier.length() - 6) + "%").query(Long.class).single())
                .isGreaterThanOrEqualTo(4);

        fixtures.operate(police, next, Map.of("operation", "revoke", "reason", "依法吊销"))
                .andExpect(jsonPath("$.status").value("REVOKED"));
        fixtures.operate(police, next, Map.of("operation", "return")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("证照当前为“REVOKED”状态，不能办理该操作（RETURN）。"));
        assertThat((String) JsonPath.read(fixtures.verify(next), "$.detail")).isEqualTo("REVOKED");
    }

    @Test
    void aLicensePastItsEndDateIsExpiredAtOnceAndMarkedByTheDailyCheck() throws Exception {
        String body = fixtures.issue(police, Map.of("typeCode", LicenseFixtures.ID_CARD, "holderName", "王晓明",
                "holderCode", idNumber, "validUntil", LocalDate.now(clock).plusDays(2).toString(),
                "face", Map.of("gender", "男", "ethnicity", "汉", "birthDate", "1985-03-15", "address", "临沂")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String identifier = JsonPath.read(body, "$.identifier");
        clock.advance(Duration.ofDays(4));
        assertThat((String) JsonPath.read(fixtures.verify(identifier), "$.status")).isEqualTo("EXPIRED");
        assertThat(licenses.expireDue(Actor.system("test"))).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("select status from license where identifier = ?").param(identifier).query(String.class)
                .single()).isEqualTo("EXPIRED");
        assertThat((String) JsonPath.read(fixtures.verify(identifier), "$.detail")).isEqualTo("EXPIRED");
    }

    @Test
    void twoFirstLicensesOfADepartmentAtOnceShareOneNewSeal() throws Exception {
        Seals seals = context.getBean(Seals.class);
        String code = "T" + String.format("%017d", System.nanoTime() % 100_000_000_000_000_000L);
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<Long> first = () -> {
            together.await();
            return seals.active(code, LicenseFixtures.POLICE).id();
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Long>> made = pool.invokeAll(List.of(first, first));
            assertThat(made.get(0).get()).as("both sign with the same seal").isEqualTo(made.get(1).get());
        } finally {
            pool.shutdownNow();
        }
        assertThat(seals.of(code)).extracting(Seals.SealView::version).containsExactly(1);
    }

    @Test
    void aRotatedSealSignsWhatComesNextAndWhatItSignedBeforeStillVerifies() throws Exception {
        String before = fixtures.idCard(police, "王晓明", idNumber);
        Seals seals = context.getBean(Seals.class);
        String code = jdbc.sql("select issuer_code from license where identifier = ?").param(before).query(String.class).single();
        String first = seals.of(code).get(0).fingerprint();
        seals.rotate(code, LicenseFixtures.POLICE);
        String after = fixtures.idCard(police, "王晓明", idNumber);
        assertThat(seals.of(code).get(0).fingerprint()).isNotEqualTo(first);
        assertThat(seals.of(code)).extracting(Seals.SealView::status).startsWith("ACTIVE", "RETIRED");
        assertThat((String) JsonPath.read(fixtures.verify(before), "$.status")).isEqualTo("VALID");
        assertThat((String) JsonPath.read(fixtures.verify(after), "$.status")).isEqualTo("VALID");
        assertThat(jdbc.sql("select count(distinct seal_id) from license where identifier in (?, ?)")
                .params(before, after).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void badIssuesAreRefusedInChineseAndWriteNothing() throws Exception {
        int count = jdbc.sql("select count(*) from license").query(Integer.class).single();
        fixtures.issue(police, Map.of("typeCode", "nope", "holderName", "王晓明", "holderCode", idNumber))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("typeCode"));
        fixtures.issue(police, Map.of("typeCode", LicenseFixtures.ID_CARD, "holderName", "王晓明", "holderCode", "123",
                        "face", Map.of("gender", "男")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.hasItems("holderCode",
                        "face.ethnicity", "face.birthDate", "face.address")));
        fixtures.issue(police, Map.of("typeCode", LicenseFixtures.ID_CARD, "holderName", "王晓明", "holderCode", idNumber,
                        "face", Map.of("gender", "男", "ethnicity", "汉", "birthDate", "1985-03-15", "address", "临沂",
                                "<script>", "x")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("LICENSE_FIELD_UNKNOWN"));
        // A department that does not issue the type; and someone without the role.
        Authentication clerk = identity.signedIn(identity.staff(CaseFixtures.LANSHAN, LicenseRole.LICENSE_ISSUER));
        fixtures.issue(clerk, Map.of("typeCode", LicenseFixtures.ID_CARD, "holderName", "王晓明", "holderCode", idNumber))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("LICENSE_TYPE_NOT_ISSUED_HERE"));
        fixtures.issue(citizen, Map.of("typeCode", LicenseFixtures.ID_CARD)).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from license").query(Integer.class).single()).isEqualTo(count);
        mvc.perform(get("/api/v1/licenses/{id}", "1.2.156.3005.2.bad").with(authentication(citizen)))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.detail").value("未找到该电子证照，或您无权查看。请核对证照标识。"));
        assertThat((String) JsonPath.read(fixtures.verify("not-an-identifier"), "$.detail")).isEqualTo("UNKNOWN");
    }
}
