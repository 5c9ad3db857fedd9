package org.tongban.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;
import org.tongban.IntegrationTest;
import org.tongban.casework.CaseworkRole;
import org.tongban.identity.IdentityFixtures;
import org.tongban.search.SearchReadiness;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dynamic management of a listing end to end: draft, quality gate, submission, review by someone else,
 * publication at its date, and every channel changing at once while drafts stay invisible.
 */
class CatalogLifecycleTest extends IntegrationTest {

    private static final String LANSHAN_APPROVALS_CODE = "11371302MB5517287A";
    private static final List<String> VIEWS = List.of("standard", "window", "kiosk", "tv", "print");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ApplicationContext context;
    @Autowired
    BasicCatalog basicCatalog;
    @Autowired
    CatalogEditor editor;

    private Authentication author;
    private Authentication reviewer;
    private String basicCode;

    @BeforeEach
    void staffAndEntry() {
        var fixtures = IdentityFixtures.from(context);
        author = fixtures.signedIn(fixtures.staff(CatalogFixtures.LANSHAN_APPROVALS, CatalogRole.CATALOG_ADMIN));
        reviewer = fixtures.signedIn(fixtures.staff("临沂市行政审批服务局", CatalogRole.CATALOG_ADMIN));
        basicCode = "3701" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        basicCatalog.save(new BasicCatalogEntry(basicCode, "测试经营许可", "01", "《测试条例》第十条",
                List.of("CITY", "COUNTY")));
    }

    private String document(ListingContent content) {
        return JSON.writeValueAsString(content);
    }

    private String create(ListingContent content) throws Exception {
        String body = mvc.perform(post("/api/v1/listings").param("department", LANSHAN_APPROVALS_CODE)
                        .with(authentication(author)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(document(content)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.code");
    }

    private void submitAndApprove(String code, int number, LocalDate effective) throws Exception {
        mvc.perform(post("/api/v1/items/{code}/versions/{n}/submit", code, number).with(authentication(author)).with(csrf()))
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
        mvc.perform(post("/api/v1/items/{code}/versions/{n}/approve", code, number).with(authentication(reviewer))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"effectiveOn\":\"" + effective + "\",\"opinion\":\"同意\"}"))
                .andExpect(status().isOk());
    }

    private void everyChannelShows(String code, String text) throws Exception {
        mvc.perform(get("/api/v1/items/{code}", code)).andExpect(jsonPath("$.plainSummary").value(text));
        for (String view : VIEWS) {
            mvc.perform(get("/guide/{code}", code).param("view", view))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(text)));
        }
    }

    @Test
    void aListingIsInvisibleUntilReviewedAndPublished() throws Exception {
        String code = create(CatalogFixtures.valid(basicCode));
        assertThat(code).isEqualTo(LANSHAN_APPROVALS_CODE + "4" + basicCode);
        mvc.perform(get("/api/v1/items/{code}", code)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("未找到该事项，或该事项尚未发布。"));

        mvc.perform(post("/api/v1/items/{code}/versions/1/submit", code).with(authentication(author)).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/items/{code}/versions/1/approve", code).with(authentication(author)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"effectiveOn\":\"" + LocalDate.now(clock) + "\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("REVIEWER_IS_AUTHOR"));
        mvc.perform(post("/api/v1/items/{code}/versions/1/approve", code).with(authentication(reviewer)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"effectiveOn\":\"2001-01-01\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("effectiveOn"));
        mvc.perform(post("/api/v1/items/{code}/versions/1/approve", code).with(authentication(reviewer)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"effectiveOn\":\"" + LocalDate.now(clock) + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"));

        everyChannelShows(code, CatalogFixtures.valid(basicCode).plainSummary());
        mvc.perform(get("/api/v1/items/{code}", code))
                .andExpect(jsonPath("$.statutoryLimit.value").value(20))
                .andExpect(jsonPath("$.promisedLimit.value").value(5))
                .andExpect(jsonPath("$.processingKind").value("PROMISED"))
                .andExpect(jsonPath("$.requiredVisits").value(0))
                .andExpect(jsonPath("$.onlineDepth.length()").value(7))
                .andExpect(jsonPath("$.materials[0].required").value(true))
                .andExpect(jsonPath("$.materials[0].source").value("APPLICANT"))
                .andExpect(jsonPath("$.legalBasis").value("《测试条例》第十条"))
                .andExpect(jsonPath("$.steps.length()").value(5));
        mvc.perform(get("/api/v1/items").param("region", "371302").param("size", "100").param("theme", "准营"))
                .andExpect(jsonPath("$.items[?(@.code == '" + code + "')]").isNotEmpty());
        mvc.perform(get("/items").param("region", "371302").param("level", "COUNTY")
                        .param("department", LANSHAN_APPROVALS_CODE).param("theme", "准营"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("测试经营许可")))
                .andExpect(MockMvcResultMatchers.cookie()
                        .value("tb_region", "371302"));
        mvc.perform(get("/items").param("region", "371302").param("level", "PROVINCE").param("theme", "准营"))
                .andExpect(content().string(not(containsString("测试经营许可"))));
    }

    @Test
    void aNewVersionReachesEveryChannelAtOnceOnItsDate() throws Exception {
        ListingContent first = CatalogFixtures.valid(basicCode);
        String code = create(first);
        submitAndApprove(code, 1, LocalDate.now(clock));
        String etag = mvc.perform(get("/api/v1/items/{code}", code)).andExpect(header().exists("ETag"))
                .andReturn().getResponse().getHeader("ETag");
        mvc.perform(get("/api/v1/items/{code}", code).header("If-None-Match", etag)).andExpect(status().isNotModified());

        String changed = document(first).replace(first.plainSummary(), "第二版白话说明：现在 3 个工作日办好。");
        mvc.perform(post("/api/v1/items/{code}/drafts", code).with(authentication(author)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(changed))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.number").value(2));
        everyChannelShows(code, first.plainSummary());
        mvc.perform(get("/guide/{code}", code)).andExpect(content().string(not(containsString("第二版白话说明"))));
        mvc.perform(get("/api/v1/items/{code}", code).header("If-None-Match", etag)).andExpect(status().isNotModified());

        submitAndApprove(code, 2, LocalDate.now(clock).plusDays(1));
        everyChannelShows(code, first.plainSummary());
        clock.advance(Duration.ofDays(1));
        editor.publishDue();
        everyChannelShows(code, "第二版白话说明：现在 3 个工作日办好。");
        mvc.perform(get("/api/v1/items/{code}", code).header("If-None-Match", etag)).andExpect(status().isOk());

        mvc.perform(get("/api/v1/items/{code}/diff", code).param("from", "1").param("to", "2").with(authentication(author)))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].path").value("plainSummary"));
        mvc.perform(get("/api/v1/items/{code}/versions", code).with(authentication(author)))
                .andExpect(jsonPath("$[0].status").value("PUBLISHED"))
                .andExpect(jsonPath("$[1].status").value("SUPERSEDED"));
        mvc.perform(get("/workspace/catalog/items/{code}/versions", code).with(authentication(author)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("第 1 版与第 2 版的差异")))
                .andExpect(content().string(containsString("第二版白话说明")));
    }

    @Test
    void qualityErrorsBlockSubmission() throws Exception {
        String broken = document(CatalogFixtures.valid(basicCode)).replace("\"value\":5", "\"value\":25");
        mvc.perform(post("/api/v1/listings").param("department", LANSHAN_APPROVALS_CODE).with(authentication(author))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(broken))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.errors").value(1))
                .andExpect(jsonPath("$.quality.findings[0].rule").value("PROMISED_EXCEEDS_STATUTORY"));
        String code = LANSHAN_APPROVALS_CODE + "4" + basicCode;
        mvc.perform(post("/api/v1/items/{code}/versions/1/submit", code).with(authentication(author)).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("要素质检仍有错误，请修正后再提交或发布。"));
    }

    @Test
    void staffEditOnlyTheirOwnRegionsListings() throws Exception {
        String code = create(CatalogFixtures.valid(basicCode));
        var fixtures = IdentityFixtures.from(context);
        var otherCounty = fixtures.signedIn(fixtures.staff("临沂市罗庄区行政审批服务局", CatalogRole.CATALOG_ADMIN));
        mvc.perform(post("/api/v1/items/{code}/drafts", code).with(authentication(otherCounty)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(document(CatalogFixtures.valid(basicCode))))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("OUT_OF_SCOPE"));
        var clerk = fixtures.signedIn(fixtures.staff(CatalogFixtures.LANSHAN_APPROVALS, CaseworkRole.WINDOW_CLERK));
        mvc.perform(post("/api/v1/items/{code}/versions/1/submit", code).with(authentication(clerk)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/items/{code}/drafts", code).with(authentication(author)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"basicCode\": 12, \"unknown\": true}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("CONTENT_INVALID"));
    }

    @Test
    void revokedAndCancelledListingsLeaveEveryChannel() throws Exception {
        assertThat(context.getBean(SearchReadiness.class).awaitReady(Duration.ofMinutes(3))).isTrue();
        String code = create(CatalogFixtures.valid(basicCode));
        assertThat(searchFinds(code, false)).as("a draft is not searchable").isFalse();
        submitAndApprove(code, 1, LocalDate.now(clock));
        // Search follows the catalog: the published listing is found, the revoked one no longer.
        assertThat(searchFinds(code, true)).as("searchable once published").isTrue();
        mvc.perform(post("/api/v1/items/{code}/revoke", code).with(authentication(reviewer)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/items/{code}/revoke", code).with(authentication(reviewer)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"法律依据已废止\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/items/{code}", code)).andExpect(status().isNotFound());
        mvc.perform(get("/guide/{code}", code)).andExpect(status().isNotFound());
        assertThat(searchFinds(code, false)).as("gone from search once revoked").isFalse();

        String basic2 = "3701" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        basicCatalog.save(new BasicCatalogEntry(basic2, "测试备案", "20", "《测试条例》", List.of("COUNTY")));
        String code2 = create(CatalogFixtures.valid(basic2));
        submitAndApprove(code2, 1, LocalDate.now(clock));
        mvc.perform(post("/api/v1/items/{code}/cancellation", code2).with(authentication(reviewer)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cancellationDate\":\"" + LocalDate.now(clock).plusDays(2) + "\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/items/{code}", code2)).andExpect(status().isOk());
        clock.advance(Duration.ofDays(2));
        editor.publishDue();
        mvc.perform(get("/api/v1/items/{code}", code2)).andExpect(status().isNotFound());
    }

    /**
     * Whether searching the listing's name finds it, asked until it does ({@code expected} true) or for a
     * while until it does not (false): the index follows the catalog's events after they commit.
     */
    private boolean searchFinds(String code, boolean expected) throws Exception {
        boolean found = !expected;
        for (int i = 0; i < 50 && found != expected; i++) {
            if (i > 0) {
                Thread.sleep(200);
            }
            String body = mvc.perform(get("/api/v1/search").param("q", "测试经营许可").param("type", "item").param("limit", "50"))
                    .andReturn().getResponse().getContentAsString();
            found = JsonPath.<List<String>>read(body, "$.results[*].id").contains(code);
        }
        return found;
    }

    @Test
    void negativeListsArePublishedWithTheirReasons() throws Exception {
        String code = create(CatalogFixtures.valid(basicCode));
        mvc.perform(post("/api/v1/items/{code}/negative-list", code).with(authentication(reviewer)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"list\":\"NOT_ONLINE\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/v1/items/{code}/negative-list", code).with(authentication(reviewer)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"list\":\"EVERYWHERE\",\"reason\":\"x\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("list"));
        mvc.perform(post("/api/v1/items/{code}/negative-list", code).with(authentication(reviewer)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"list\":\"NOT_ONLINE\",\"reason\":\"涉及国家秘密，须现场办理\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/catalog/negative-lists"))
                .andExpect(jsonPath("$[?(@.code == '" + code + "')].reason").value("涉及国家秘密，须现场办理"));
        mvc.perform(get("/items/negative")).andExpect(status().isOk())
                .andExpect(content().string(containsString("涉及国家秘密，须现场办理")))
                .andExpect(content().string(containsString("不在网上办理")));
    }

    @Test
    void cachedGuidesKeepTheirSecurityHeadersAndSignedInVisitorsSeeTheirOwnHeader() throws Exception {
        String code = create(CatalogFixtures.valid(basicCode));
        submitAndApprove(code, 1, LocalDate.now(clock));
        String first = mvc.perform(get("/guide/{code}", code))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
                .andReturn().getResponse().getContentAsString();
        String second = mvc.perform(get("/guide/{code}", code))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andReturn().getResponse().getContentAsString();
        assertThat(second).isEqualTo(first).doesNotContain("您好");

        String mobile = newMobile();
        IdentityFixtures.from(context).person("王语嫣", newIdNumber(), mobile);
        var session = new MockHttpSession();
        mvc.perform(post("/login").session(session).param("username", mobile)
                .param("password", IdentityFixtures.PASSWORD).with(csrf()));
        mvc.perform(get("/guide/{code}", code).session(session))
                .andExpect(content().string(containsString("您好，王*嫣")));
    }

    @Test
    void badReviewInputGetsChineseMessagesAndChangesNothing() throws Exception {
        String code = create(CatalogFixtures.valid(basicCode));
        mvc.perform(post("/api/v1/items/{code}/versions/1/submit", code).with(authentication(author)).with(csrf()));
        for (String date : List.of("2026/13/45", "明天", "", "9".repeat(200))) {
            mvc.perform(post("/api/v1/items/{code}/versions/1/approve", code).with(authentication(reviewer))
                            .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                            .content(JSON.writeValueAsString(Map.of("effectiveOn", date))))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("effectiveOn"))
                    .andExpect(jsonPath("$.errors[0].message").value(Matchers.matchesPattern(
                            ".*[\\p{IsHan}].*")));
        }
        mvc.perform(post("/api/v1/items/{code}/cancellation", code).with(authentication(reviewer)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"cancellationDate\":\"下个月\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("请填写不早于今天的日期（格式：2026-01-31）。"));
        mvc.perform(get("/api/v1/items/{code}/diff", code).param("from", "一").param("to", "2")
                        .with(authentication(author)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("请求格式不正确，请检查后重试。"));
        mvc.perform(get("/api/v1/items/{code}/versions", code).with(authentication(author)))
                .andExpect(jsonPath("$[0].status").value("SUBMITTED"));
        mvc.perform(get("/api/v1/items/{code}", code)).andExpect(status().isNotFound());
        mvc.perform(get("/guide/{code}", "<script>")).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("未找到该事项")));
    }
}
