package org.tongban.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.Authentication;
import org.tongban.IntegrationTest;
import org.tongban.casework.CaseworkRole;

/** Data scope, masking with audited unmasking, handler authorisations and CSRF on the API. */
class AccessRulesTest extends IntegrationTest {

    static final String LANSHAN = "临沂市兰山区行政审批服务局";
    static final String LUOZHUANG = "临沂市罗庄区行政审批服务局";
    static final String LANSHAN_POLICE = "临沂市公安局兰山分局";
    static final String PROVINCE = "山东省大数据局";

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    private IdentityFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = IdentityFixtures.from(context);
    }

    private Authentication as(String username) {
        return fixtures.signedIn(username);
    }

    @Test
    void staffCannotReadAnotherRegionsRecords() throws Exception {
        String lanshanClerk = fixtures.staff(LANSHAN, CaseworkRole.WINDOW_CLERK);
        String luozhuangClerk = fixtures.staff(LUOZHUANG, CaseworkRole.WINDOW_CLERK);
        mvc.perform(get("/api/v1/staff/" + luozhuangClerk).with(authentication(as(lanshanClerk))))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("OUT_OF_SCOPE"))
                .andExpect(jsonPath("$.detail").value("该记录不在您的数据权限范围内（只能查看本地区、本部门的数据）。"));
        mvc.perform(get("/api/v1/staff").with(authentication(as(lanshanClerk))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.username == '" + luozhuangClerk + "')]").isEmpty())
                .andExpect(jsonPath("$[?(@.username == '" + lanshanClerk + "')]").isNotEmpty())
                .andExpect(jsonPath("$[*].regionCode").value(Matchers.everyItem(
                        Matchers.startsWith("371302"))));
    }

    @Test
    void departmentStaffSeeOnlyTheirDepartment() throws Exception {
        String approver = fixtures.staff(LANSHAN, CaseworkRole.APPROVER);
        String police = fixtures.staff(LANSHAN_POLICE, CaseworkRole.APPROVER);
        mvc.perform(get("/api/v1/staff/" + police).with(authentication(as(approver))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/staff/" + approver).with(authentication(as(approver))))
                .andExpect(status().isOk());
    }

    @Test
    void aProvinceSupervisorSeesEveryRegion() throws Exception {
        String supervisor = fixtures.staff(PROVINCE, AccountRole.SUPERVISOR);
        String luozhuangClerk = fixtures.staff(LUOZHUANG, CaseworkRole.WINDOW_CLERK);
        mvc.perform(get("/api/v1/staff/" + luozhuangClerk).with(authentication(as(supervisor))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("测*员"));
    }

    @Test
    void peopleCannotUseStaffApis() throws Exception {
        String mobile = newMobile();
        fixtures.person("周八", newIdNumber(), mobile);
        mvc.perform(get("/api/v1/staff").with(authentication(as(mobile)))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("您没有权限进行此操作。"));
    }

    @Test
    void unmaskingIsForClerksOnlyAndIsAudited() throws Exception {
        String id = newIdNumber();
        String mobile = newMobile();
        var person = fixtures.person("欧阳锋", id, mobile);
        String clerk = fixtures.staff(LANSHAN, CaseworkRole.WINDOW_CLERK);
        String admin = fixtures.staff(PROVINCE, AccountRole.SYSTEM_ADMIN);
        mvc.perform(post("/api/v1/persons/lookup").with(authentication(as(clerk))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"idNumber\":\"" + id + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("欧*锋"))
                .andExpect(jsonPath("$.idNumber").value(id.substring(0, 6) + "********" + id.substring(14)))
                .andExpect(jsonPath("$.masked").value(true));
        mvc.perform(post("/api/v1/persons/" + person.accountId() + "/unmask").with(authentication(as(admin)))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"核验\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/persons/" + person.accountId() + "/unmask").with(authentication(as(clerk)))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/v1/persons/" + person.accountId() + "/unmask").with(authentication(as(clerk)))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"窗口现场核验\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.idNumber").value(id))
                .andExpect(jsonPath("$.name").value("欧阳锋"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select count(*) from audit_record where action = 'PERSON_UNMASKED' and actor = ?", Integer.class,
                clerk)).isOne());
    }

    @Test
    void aClerkRaisesAPersonToLevelThreeOnce() throws Exception {
        var person = fixtures.person("黄蓉", newIdNumber(), newMobile());
        String clerk = fixtures.staff(LANSHAN, CaseworkRole.WINDOW_CLERK);
        mvc.perform(post("/api/v1/persons/" + person.accountId() + "/in-person-verification")
                        .with(authentication(as(clerk))).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.realNameLevel").value("L3"));
        mvc.perform(post("/api/v1/persons/" + person.accountId() + "/in-person-verification")
                        .with(authentication(as(clerk))).with(csrf()))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("ALREADY_VERIFIED"));
    }

    @Test
    void aSessionRequestWithoutCsrfTokenChangesNothing() throws Exception {
        String mobile = newMobile();
        fixtures.person("郭靖", newIdNumber(), mobile);
        var session = new MockHttpSession();
        mvc.perform(post("/login").session(session).param("username", mobile)
                .param("password", IdentityFixtures.PASSWORD).with(csrf()));
        String company = fixtures.enterprise("测试商贸有限公司", newCreditCode(), newMobile()).username();
        var enterpriseSession = new MockHttpSession();
        mvc.perform(post("/login").session(enterpriseSession).param("username", company)
                .param("password", IdentityFixtures.PASSWORD).with(csrf()));
        String grant = """
                {"handlerName":"郭靖","handlerIdNumber":"x","scopes":["APPLY"],"expiresOn":"2099-01-01"}""";
        int before = jdbc.queryForObject("select count(*) from handler_authorization", Integer.class);
        mvc.perform(post("/api/v1/me/handlers").session(enterpriseSession).contentType(MediaType.APPLICATION_JSON)
                        .content(grant))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("CSRF_TOKEN_MISSING"));
        assertThat(jdbc.queryForObject("select count(*) from handler_authorization", Integer.class)).isEqualTo(before);
    }

    @Test
    void handlersActOnlyWhileTheirAuthorisationIsInForce() throws Exception {
        String id = newIdNumber();
        String mobile = newMobile();
        fixtures.person("杨过", id, mobile);
        String code = newCreditCode();
        String company = fixtures.enterprise("古墓科技有限公司", code, newMobile()).username();
        String expiresOn = LocalDate.now(clock).plusDays(10).toString();
        mvc.perform(post("/api/v1/me/handlers").with(authentication(as(company))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"handlerName":"杨过","handlerIdNumber":"%s","scopes":["APPLY","QUERY"],"expiresOn":"%s"}"""
                                .formatted(id, expiresOn)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.handlerName").value("杨*"))
                .andExpect(jsonPath("$.status").value("ACTIVE"));
        String actFor = "{\"creditCode\":\"" + code + "\"}";
        mvc.perform(post("/api/v1/me/acting-for").with(authentication(as(mobile))).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(actFor)).andExpect(status().isOk());
        clock.advance(Duration.ofDays(12));
        mvc.perform(post("/api/v1/me/acting-for").with(authentication(as(mobile))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(actFor))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("HANDLER_EXPIRED"))
                .andExpect(jsonPath("$.detail").value("您的经办授权已过期，请联系企业重新授权。"));
    }

    @Test
    void aRevokedOrMissingAuthorisationGrantsNothing() throws Exception {
        String id = newIdNumber();
        String mobile = newMobile();
        fixtures.person("小龙女", id, mobile);
        String code = newCreditCode();
        String company = fixtures.enterprise("终南山贸易有限公司", code, newMobile()).username();
        String actFor = "{\"creditCode\":\"" + code + "\"}";
        mvc.perform(post("/api/v1/me/acting-for").with(authentication(as(mobile))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(actFor))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("HANDLER_NOT_AUTHORIZED"));
        var result = mvc.perform(post("/api/v1/me/handlers").with(authentication(as(company))).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"handlerName":"小龙女","handlerIdNumber":"%s","scopes":["APPLY"],"expiresOn":"%s"}"""
                        .formatted(id, LocalDate.now(clock).plusYears(1)))).andReturn();
        String grantId = JsonPath.read(result.getResponse().getContentAsString(), "$.id").toString();
        mvc.perform(post("/api/v1/me/handlers/" + grantId + "/revoke").with(authentication(as(company))).with(csrf()))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/v1/me/acting-for").with(authentication(as(mobile))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(actFor))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("HANDLER_REVOKED"));
    }

    @Test
    void refusesBadHandlerGrants() throws Exception {
        String company = fixtures.enterprise("峨眉制药有限公司", newCreditCode(), newMobile()).username();
        int before = jdbc.queryForObject("select count(*) from handler_authorization", Integer.class);
        mvc.perform(post("/api/v1/me/handlers").with(authentication(as(company))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"handlerName":"","handlerIdNumber":"123","scopes":["EVERYTHING"],"expiresOn":"2001-01-01"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(4));
        mvc.perform(post("/api/v1/me/handlers").with(authentication(as(company))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"handlerName":"无名","handlerIdNumber":"%s","scopes":["APPLY"],"expiresOn":"%s"}"""
                                .formatted(newIdNumber(), LocalDate.now(clock).plusDays(5))))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.errors[0].field").value("handlerIdNumber"));
        assertThat(jdbc.queryForObject("select count(*) from handler_authorization", Integer.class)).isEqualTo(before);
    }

    @Test
    void anAdministratorEnrolsStaffWithinTheirScopeOnly() throws Exception {
        String provinceAdmin = fixtures.staff(PROVINCE, AccountRole.SYSTEM_ADMIN);
        String countyAdmin = fixtures.staff(LUOZHUANG, AccountRole.SYSTEM_ADMIN);
        String clerk = fixtures.staff(LANSHAN, CaseworkRole.WINDOW_CLERK);
        String username = "clerk" + Math.abs(newMobile().hashCode());
        String body = """
                {"username":"%s","name":"王窗口","password":"Abcdef12","departmentCode":"11371302MB5517287A",
                 "roles":["WINDOW_CLERK"]}""".formatted(username);
        mvc.perform(post("/api/v1/admin/staff").with(authentication(as(clerk))).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/admin/staff").with(authentication(as(countyAdmin))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("OUT_OF_SCOPE"));
        mvc.perform(post("/api/v1/admin/staff").with(authentication(as(provinceAdmin))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.regionCode").value("371302"))
                .andExpect(jsonPath("$.roles[0]").value("WINDOW_CLERK"));
        mvc.perform(post("/api/v1/admin/staff").with(authentication(as(provinceAdmin))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"username":"x","name":"","password":"short","departmentCode":"nope","roles":["PERSON"]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(5));
        String unknownRole = body.replace(username, username + "2").replace("\"WINDOW_CLERK\"", "\"NO_SUCH_ROLE\"");
        mvc.perform(post("/api/v1/admin/staff").with(authentication(as(provinceAdmin))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(unknownRole))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("roles"))
                .andExpect(jsonPath("$.errors[0].message").value("填写的信息有误，请按提示修改。"));
        assertThat(jdbc.queryForObject("select count(*) from account where username = ?", Integer.class,
                username + "2")).isZero();
    }
}
