package org.tongban.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.either;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;
import org.tongban.IntegrationTest;
import org.tongban.casework.CaseworkRole;
import org.tongban.identity.AccountRole;
import org.tongban.identity.IdentityFixtures;

/** The server-rendered pages: Chinese text, security headers, 适老化, field errors and masked data. */
class PagesTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void theHomePageIsChineseAndCarriesTheSecurityHeaders() throws Exception {
        mvc.perform(get("/").secure(true))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("一网通办")))
                .andExpect(content().string(containsString("临沂市")))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Strict-Transport-Security", containsString("max-age=31536000")))
                .andExpect(header().exists("X-Request-Id"));
    }

    @Test
    void elderModeIsSwitchedOnAndOffAndRemembered() throws Exception {
        mvc.perform(get("/preferences/elder").param("on", "1").param("back", "/login"))
                .andExpect(redirectedUrl("/login"))
                .andExpect(cookie().value("tb_elder", "1"))
                .andExpect(cookie().maxAge("tb_elder", 365 * 24 * 3600))
                .andExpect(cookie().httpOnly("tb_elder", true));
        mvc.perform(get("/login").cookie(new Cookie("tb_elder", "1")))
                .andExpect(content().string(containsString("class=\"elder\"")))
                .andExpect(content().string(containsString("退出长辈模式")));
        mvc.perform(get("/login")).andExpect(content().string(not(containsString("class=\"elder\""))));
        mvc.perform(get("/preferences/elder").param("on", "0").param("back", "https://evil.example/"))
                .andExpect(redirectedUrl("/"))
                .andExpect(cookie().value("tb_elder", "0"));
    }

    @Test
    void registrationShowsEachProblemNextToItsField() throws Exception {
        String html = mvc.perform(post("/register").param("name", "张三").param("idNumber", "110101199003074515")
                        .param("mobile", "123").param("password", "Abcdef12").param("passwordConfirmation", "Abcdef13")
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"idNumber-error\"").contains("身份证号码格式或校验位不正确")
                .contains("aria-describedby=\"idNumber-error\"").contains("id=\"mobile-error\"")
                .doesNotContain("Abcdef12");
        assertThat(html).contains("value=\"张三\"");
    }

    @Test
    void personalPageShowsMaskedDataOnly() throws Exception {
        String id = newIdNumber();
        String mobile = newMobile();
        var fixtures = IdentityFixtures.from(context);
        fixtures.person("段誉", id, mobile);
        String html = mvc.perform(get("/me").with(authentication(fixtures.signedIn(mobile))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("段*").contains(id.substring(0, 6) + "********" + id.substring(14))
                .doesNotContain(id).doesNotContain(mobile).contains("一级：已注册");
    }

    @Test
    void staffPagesAreForStaffOnly() throws Exception {
        var fixtures = IdentityFixtures.from(context);
        String clerk = fixtures.staff("临沂市兰山区行政审批服务局", CaseworkRole.WINDOW_CLERK);
        mvc.perform(get("/workspace").with(authentication(fixtures.signedIn(clerk))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("临沂市兰山区行政审批服务局")));
        mvc.perform(get("/admin").with(authentication(fixtures.signedIn(clerk))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/workspace")).andExpect(status().is3xxRedirection());
    }

    @Test
    void eachStaffMemberSeesTheTilesTheirModulesOfferThem() throws Exception {
        var fixtures = IdentityFixtures.from(context);
        String clerk = fixtures.staff("临沂市兰山区行政审批服务局", CaseworkRole.WINDOW_CLERK);
        String leader = fixtures.staff("临沂市兰山区行政审批服务局", AccountRole.DEPARTMENT_LEADER);
        String clerkPage = mvc.perform(get("/workspace").with(authentication(fixtures.signedIn(clerk))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(clerkPage).contains("href=\"/workspace/cases\"", "href=\"/workspace/window\"",
                "href=\"/workspace/consultations\"").doesNotContain("href=\"/workspace/opinions\"",
                "href=\"/workspace/supervision/overdue\"", "href=\"/workspace/catalog/quality\"");
        String leaderPage = mvc.perform(get("/workspace").with(authentication(fixtures.signedIn(leader))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(leaderPage).contains("href=\"/workspace/opinions\"", "href=\"/workspace/supervision/overdue\"",
                        "href=\"/workspace/supervision\"")
                .doesNotContain("href=\"/workspace/window\"", "href=\"/workspace/knowledge\"");
        // in the modules' order: the inbox first, the window last
        assertThat(clerkPage.indexOf("/workspace/cases\"")).isLessThan(clerkPage.indexOf("/workspace/window\""));
    }

    @Test
    void errorsThatReachNoControllerGetChinesePagesAndProblems() throws Exception {
        mvc.perform(get("/error").accept("text/html")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/no-such-page"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("您访问的页面不存在")));
        mvc.perform(get("/error").accept("text/html")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("您没有权限进行此操作")));
        mvc.perform(get("/error").accept("application/json")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 405)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/regions/370000"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(MockMvcResultMatchers.jsonPath("$.detail")
                        .value("不支持该请求方式。"));
    }

    @Test
    void anUnknownAddressIsNotFoundEvenSignedOutWhileKnownPagesStillAskToSignIn() throws Exception {
        mvc.perform(get("/no-such-page").accept("text/html")).andExpect(status().isNotFound());
        mvc.perform(get("/me/no-such-page").accept("text/html")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/no-such-endpoint")).andExpect(status().isNotFound());
        mvc.perform(get("/me").accept("text/html")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        // A served path with another method is not unknown: it still needs a signed-in caller.
        mvc.perform(delete("/me").accept("text/html")).andExpect(status().is4xxClientError())
                .andExpect(status().is(not(404)));
        mvc.perform(get("/api/v1/me/cases")).andExpect(status().isUnauthorized());
    }

    @Test
    void aFailurePageAndProblemCarryTheRequestIdToQuoteToTheHotline() throws Exception {
        var fixtures = IdentityFixtures.from(context);
        var who = fixtures.signedIn(fixtures.staff("临沂市兰山区行政审批服务局", CaseworkRole.WINDOW_CLERK));
        var page = mvc.perform(get("/test/fail").accept("text/html").with(authentication(who))
                        .header("X-Request-Id", "hotline-quote-0001"))
                .andExpect(status().isInternalServerError()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("请求编号", "hotline-quote-0001", "12345").doesNotContain("a bug, on purpose");
        mvc.perform(get("/api/v1/test/fail").with(authentication(who)).header("X-Request-Id", "hotline-quote-0002"))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.requestId")
                        .value("hotline-quote-0002"));
    }

    @Test
    void operationsEndpointsAnswer() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(MockMvcResultMatchers.jsonPath("$.status").value("UP"))
                .andExpect(MockMvcResultMatchers.jsonPath("$.components.background.status",
                        either(is("STARTING")).or(is("UP"))))
                .andExpect(MockMvcResultMatchers.jsonPath("$.components.background.details").doesNotExist());
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")));
        mvc.perform(get("/").header("X-Request-Id", "caller-chosen-id-42"))
                .andExpect(header().string("X-Request-Id", "caller-chosen-id-42"));
        mvc.perform(get("/").header("X-Request-Id", "bad id\nwith newline"))
                // A fresh id instead (hex, which may by chance spell "bad": test for the caller's text itself).
                .andExpect(header().string("X-Request-Id", not(containsString("bad id"))))
                .andExpect(header().string("X-Request-Id", not(containsString("\n"))));
    }
}
