package org.tongban.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.test.web.servlet.ResultActions;
import org.tongban.IntegrationTest;
import org.tongban.casework.CaseFixtures;
import org.tongban.casework.CaseworkRole;
import org.tongban.catalog.ItemDetail;
import org.tongban.identity.IdentityFixtures;

/**
 * Using a license beyond its holder: an authorisation for an enterprise that ends on its date, a department
 * system's query with a client-credentials token and a stated purpose, the holder's use log, and an
 * application where the holder's license stands for a material (免提交).
 */
class LicenseSharingTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    RegisteredClientRepository clients;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    JdbcClient jdbc;

    private LicenseFixtures fixtures;
    private IdentityFixtures identity;
    private Authentication citizen;
    private String idNumber;
    private String identifier;

    @BeforeEach
    void aLicense() throws Exception {
        fixtures = new LicenseFixtures(mvc);
        identity = IdentityFixtures.from(context);
        idNumber = newIdNumber();
        citizen = identity.signedIn(identity.person("王晓明", idNumber, newMobile()).username());
        Authentication police = identity.signedIn(identity.staff(LicenseFixtures.POLICE, LicenseRole.LICENSE_ISSUER));
        identifier = fixtures.idCard(police, "王晓明", idNumber);
    }

    private ResultActions grant(Map<String, Object> body) throws Exception {
        return mvc.perform(post("/api/v1/me/licenses/grants").with(authentication(citizen)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(LicenseFixtures.JSON.writeValueAsString(body)));
    }

    @Test
    void anEnterpriseReadsTheLicenseWhileItsAuthorisationLastsAndTheHolderSeesEveryUse() throws Exception {
        String creditCode = newCreditCode();
        Authentication company = identity.signedIn(identity.enterprise("临沂用证测试有限公司", creditCode, newMobile()).username());
        mvc.perform(get("/api/v1/licenses/{id}", identifier).param("purpose", "入职核验").with(authentication(company)))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("LICENSE_NOT_AUTHORISED"));

        Map<String, Object> good = new LinkedHashMap<>(Map.of("identifier", identifier, "granteeKind", "ENTERPRISE",
                "granteeCode", creditCode, "granteeName", "临沂用证测试有限公司", "purpose", "入职核验",
                "validUntil", LocalDate.now(clock).plusDays(10).toString()));
        for (Map.Entry<String, Object> bad : List.of(Map.entry("granteeKind", (Object) "ALIEN"),
                Map.entry("granteeCode", (Object) "123"), Map.entry("purpose", (Object) ""),
                Map.entry("validUntil", (Object) LocalDate.now(clock).minusDays(1).toString()))) {
            Map<String, Object> body = new LinkedHashMap<>(good);
            body.put(bad.getKey(), bad.getValue());
            grant(body).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value(bad.getKey()));
        }
        assertThat(jdbc.sql("select count(*) from license_grant where identifier = ?").param(identifier)
                .query(Integer.class).single()).isZero();
        long grantId = ((Number) JsonPath.read(grant(good).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString(), "$.id")).longValue();

        mvc.perform(get("/api/v1/licenses/{id}", identifier).with(authentication(company)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("LICENSE_PURPOSE_REQUIRED"));
        mvc.perform(get("/api/v1/licenses/{id}", identifier).param("purpose", "入职核验").with(authentication(company)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.holderName").value("王晓明"));
        String uses = mvc.perform(get("/api/v1/me/licenses/uses").with(authentication(citizen)))
                .andReturn().getResponse().getContentAsString();
        assertThat((List<String>) JsonPath.read(uses, "$.uses[*].purpose")).containsExactly("入职核验");

        clock.advance(Duration.ofDays(11));
        mvc.perform(get("/api/v1/licenses/{id}", identifier).param("purpose", "入职核验").with(authentication(company)))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("LICENSE_NOT_AUTHORISED"));
        // Only the holder revokes: anyone else is told there is no such authorisation, and nothing changes.
        mvc.perform(delete("/api/v1/me/licenses/grants/{id}", grantId).with(authentication(company)).with(csrf()))
                .andExpect(status().isNotFound());
        Authentication other = identity.signedIn(identity.person("赵六", newIdNumber(), newMobile()).username());
        mvc.perform(delete("/api/v1/me/licenses/grants/{id}", grantId).with(authentication(other)).with(csrf()))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.detail").value("未找到该授权，或授权已被撤销。"));
        assertThat(jdbc.sql("select count(*) from license_grant where id = ? and revoked_at is null").param(grantId)
                .query(Integer.class).single()).isEqualTo(1);
        mvc.perform(delete("/api/v1/me/licenses/grants/{id}", grantId).with(authentication(citizen)).with(csrf()))
                .andExpect(status().isNoContent());
        mvc.perform(delete("/api/v1/me/licenses/grants/{id}", grantId).with(authentication(citizen)).with(csrf()))
                .andExpect(status().isNotFound());
        // A stranger may neither read nor revoke.
        Authentication stranger = identity.signedIn(identity.person("李四", newIdNumber(), newMobile()).username());
        mvc.perform(get("/api/v1/licenses/{id}", identifier).param("purpose", "好奇").with(authentication(stranger)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aDepartmentSystemQueriesWithAClientTokenAndAPurposeAndIsLogged() throws Exception {
        String clientId = "dept-" + UUID.randomUUID();
        clients.save(RegisteredClient.withId(UUID.randomUUID().toString()).clientId(clientId).clientName("测试共享系统")
                .clientSecret(passwords.encode("s3cret"))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS).scope("api").build());
        String tokens = mvc.perform(post("/oauth2/token").with(httpBasic(clientId, "s3cret"))
                        .param("grant_type", "client_credentials").param("scope", "api"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String bearer = "Bearer " + JsonPath.read(tokens, "$.access_token");

        mvc.perform(get("/api/v1/share/licenses").param("holderCode", idNumber).header("Authorization", bearer))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("LICENSE_PURPOSE_REQUIRED"));
        mvc.perform(get("/api/v1/share/licenses").param("holderCode", "12345").param("purpose", "社保待遇资格认证")
                .header("Authorization", bearer)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("holderCode"));
        mvc.perform(get("/api/v1/share/licenses").param("holderCode", idNumber).param("purpose", "社保待遇资格认证")
                        .param("typeCode", LicenseFixtures.ID_CARD).header("Authorization", bearer))
                .andExpect(status().isOk()).andExpect(jsonPath("$.licenses[0].identifier").value(identifier));
        mvc.perform(get("/api/v1/licenses/{id}", identifier).param("purpose", "社保待遇资格认证").header("Authorization", bearer))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/share/licenses").param("holderCode", idNumber).param("purpose", "x"))
                .andExpect(status().isUnauthorized());
        // A person is no department system.
        mvc.perform(get("/api/v1/share/licenses").param("holderCode", idNumber).param("purpose", "x")
                .with(authentication(citizen))).andExpect(status().isForbidden());
        String uses = mvc.perform(get("/api/v1/me/licenses/uses").with(authentication(citizen)))
                .andReturn().getResponse().getContentAsString();
        assertThat((List<String>) JsonPath.read(uses, "$.uses[*].usedBy")).containsExactly(clientId, clientId);
    }

    @Test
    void theHoldersIdCardStandsForTheMaterialAndTheCaseRecordsTheLicense() throws Exception {
        CaseFixtures cases = CaseFixtures.of(mvc, context);
        ItemDetail item = cases.listingAsking("居民身份证");
        List<Map<String, Object>> materials = new ArrayList<>();
        for (ItemDetail.MaterialView m : item.materials()) {
            if (m.required() && !m.name().equals("居民身份证")) {
                materials.add(Map.of("name", m.name(), "fileId", cases.upload(citizen, "material.pdf")));
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("itemCode", item.code());
        body.put("region", item.region().code());
        body.put("formData", Map.of("contactName", "王晓明", "reason", "测试申请"));
        body.put("submissionKey", CaseFixtures.newKey());
        // A license that is not the applicant's is refused by name.
        List<Map<String, Object>> forged = new ArrayList<>(materials);
        forged.add(Map.of("name", "居民身份证", "license", identifier.replace(".001.", ".002.")));
        body.put("materials", forged);
        cases.submit(citizen, LicenseFixtures.JSON.writeValueAsString(body)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("MATERIAL_LICENSE_INVALID"));
        // Not named at all: the valid license is attached by itself.
        body.put("materials", materials);
        body.put("submissionKey", CaseFixtures.newKey());
        String response = cases.submit(citizen, LicenseFixtures.JSON.writeValueAsString(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String number = JsonPath.read(response, "$.caseNumber");
        String view = mvc.perform(get("/api/v1/cases/{n}", number).with(authentication(citizen)))
                .andReturn().getResponse().getContentAsString();
        assertThat((List<String>) JsonPath.read(view, "$.materials[?(@.name == '居民身份证')].license"))
                .containsExactly(identifier);
        // The clerk sees the verified license instead of a scan, and the holder sees that they did.
        Authentication clerk = identity.signedIn(identity.staff(item.department().name(), CaseworkRole.WINDOW_CLERK));
        String attached = mvc.perform(get("/workspace/licenses/attached/{id}", identifier).param("case", number)
                        .with(authentication(clerk))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(attached).contains("核验通过：证照有效").contains("王晓明").contains("沂蒙路188号");
        Authentication elsewhere = identity.signedIn(identity.staff("临沂市罗庄区行政审批服务局", CaseworkRole.WINDOW_CLERK));
        mvc.perform(get("/workspace/licenses/attached/{id}", identifier).param("case", number)
                .with(authentication(elsewhere))).andExpect(status().isNotFound());
        mvc.perform(get("/workspace/licenses/attached/{id}", identifier).param("case", "bogus")
                .with(authentication(clerk))).andExpect(status().isNotFound());
        String uses = mvc.perform(get("/api/v1/me/licenses/uses").with(authentication(citizen)))
                .andReturn().getResponse().getContentAsString();
        assertThat((List<String>) JsonPath.read(uses, "$.uses[*].kind")).containsExactly("CASE");
        // And the form says so.
        String page = mvc.perform(get("/apply/{code}", item.code()).with(authentication(citizen)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("免提交").contains("使用电子证照：中华人民共和国居民身份证").contains(identifier);
        // The guide names the license that stands for the material, for anyone.
        String guide = mvc.perform(get("/guide/{code}", item.code())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(guide).contains("持有有效的电子证照“中华人民共和国居民身份证”的，网上申报时自动调取，无需提交");
    }
}
