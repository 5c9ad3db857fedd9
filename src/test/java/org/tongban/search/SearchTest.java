package org.tongban.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongban.IntegrationTest;
import org.tongban.casework.CaseFixtures;
import org.tongban.casework.CaseworkRole;
import org.tongban.identity.AccountRole;
import org.tongban.identity.IdentityFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 智能搜索 as the assessment checks it: colloquial words, pinyin, initials and 同音字 typos find the right item,
 * results say why, the region decides which listing is shown, and bad queries get a clear answer.
 */
class SearchTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    SearchStartup startup;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void indexReady() throws InterruptedException {
        assertThat(startup.awaitDone(Duration.ofMinutes(3))).as("search start-up finished").isTrue();
    }

    private String search(String q, String... more) throws Exception {
        var request = get("/api/v1/search").param("q", q);
        for (int i = 0; i + 1 < more.length; i += 2) {
            request.param(more[i], more[i + 1]);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void everyAssessmentKeywordFindsARightItemInTheFirstThree() throws Exception {
        JsonNode queries = JSON.readTree(new ClassPathResource("search/queries.json").getInputStream()).get("queries");
        int assessed = 0;
        for (JsonNode q : queries) {
            if (!"assessment".equals(q.get("kind").asString())) {
                continue;
            }
            List<String> expected = JSON.convertValue(q.get("expect"), List.class);
            List<String> top = JsonPath.read(search(q.get("query").asString(), "limit", "3"), "$.results[*].basicCode");
            assertThat(top).as(q.get("query").asString()).containsAnyElementsOf(expected);
            assessed++;
        }
        assertThat(assessed).isEqualTo(13);
    }

    @Test
    void colloquialWordsPinyinInitialsAndTyposFindTheItemAndSayWhy() throws Exception {
        String company = search("开公司");
        assertThat((String) JsonPath.read(company, "$.results[0].title")).isEqualTo("企业设立登记");
        assertThat((List<String>) JsonPath.read(company, "$.results[0].matchedBy")).contains("synonym");
        // The life event (企业开办一件事: licence, tax, social insurance at once) comes right after.
        assertThat((List<String>) JsonPath.read(company, "$.results[0:3].title")).contains("企业开办一件事");
        assertThat((List<String>) JsonPath.read(company, "$.expansions")).contains("开公司 → 企业开办、企业设立登记");

        for (String query : List.of("gongjijin", "gjj", "公积今")) {
            String found = search(query, "limit", "3");
            assertThat((List<String>) JsonPath.read(found, "$.results[*].title")).as(query)
                    .allMatch(title -> title.contains("公积金"));
            assertThat((List<String>) JsonPath.read(found, "$.results[0].matchedBy")).as(query)
                    .containsAnyOf("pinyin", "initials");
        }
        String typo = search("残急人证", "limit", "3");
        assertThat((List<String>) JsonPath.read(typo, "$.results[*].title")).anyMatch(t -> t.startsWith("残疾人证"));
        // The title comes back as safe HTML with the matched words marked.
        assertThat((String) JsonPath.read(search("居民身份证"), "$.results[0].highlight")).contains("<em>");
    }

    @Test
    void theRegionDecidesTheListingAndAnUnknownRegionIsAskedFor() throws Exception {
        String anywhere = search("结婚登记", "limit", "3");
        assertThat((Boolean) JsonPath.read(anywhere, "$.regionNeeded")).isTrue();
        assertThat((List<?>) JsonPath.read(anywhere, "$.results[0].regions")).hasSizeGreaterThan(1);
        String lanshan = search("结婚登记", "region", "371302", "limit", "3");
        assertThat((Boolean) JsonPath.read(lanshan, "$.regionNeeded")).isFalse();
        assertThat((String) JsonPath.read(lanshan, "$.results[0].regionCode")).isEqualTo("371302");
        assertThat((List<?>) JsonPath.read(lanshan, "$.results[0].regions")).isEmpty();
        // Filters: knowledge entries only.
        assertThat((List<String>) JsonPath.read(search("公积金", "type", "faq"), "$.results[*].type")).isNotEmpty()
                .allMatch("faq"::equals);
    }

    @Test
    void autocompleteTakesChinesePinyinAndInitialsAndHotTermsFollowTheQueryLog() throws Exception {
        for (String typed : List.of("住房公", "zhufang", "zfgjj")) {
            List<String> suggestions = JsonPath.read(mvc.perform(get("/api/v1/suggest").param("q", typed))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.suggestions");
            assertThat(suggestions).as(typed).isNotEmpty().anyMatch(s -> s.contains("住房公积金"));
        }
        String term = "低压居民用电报装";
        for (int i = 0; i < 25; i++) {
            search(term, "region", "371302");
        }
        mvc.perform(get("/api/v1/search/hot").param("region", "371302").param("limit", "3"))
                .andExpect(jsonPath("$.terms", Matchers.hasItem(term)));
        var identity = IdentityFixtures.from(context);
        var admin = identity.signedIn(identity.staff("山东省大数据局", AccountRole.SYSTEM_ADMIN));
        mvc.perform(put("/api/v1/search/hot-rules").with(authentication(admin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"term\":\"" + term + "\",\"region\":\"\",\"action\":\"BLOCK\"}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/search/hot").param("region", "371302"))
                .andExpect(jsonPath("$.terms", Matchers.not(Matchers.hasItem(term))));
        mvc.perform(put("/api/v1/search/hot-rules").with(authentication(admin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"term\":\" \",\"region\":\"\",\"action\":\"MAYBE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("term", "action")));
    }

    @Test
    void relatedItemsPutWhatTheSameApplicantsAlsoAppliedForFirst() throws Exception {
        var identity = IdentityFixtures.from(context);
        var cases = CaseFixtures.of(mvc, context);
        var first = cases.listing(false, "PROMISED");
        var second = cases.listing(true, "PROMISED");
        for (String name : List.of("秦十五", "尤十六")) {
            var person = identity.signedIn(identity.person(name, newIdNumber(), newMobile()).username());
            cases.apply(first, person);
            cases.apply(second, person);
        }
        String related = mvc.perform(get("/api/v1/items/{c}/related", first.code())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(related, "$.results[0].id")).isEqualTo(second.code());
        assertThat((List<String>) JsonPath.read(related, "$.results[0].matchedBy")).containsExactly("together");
        assertThat((List<String>) JsonPath.read(related, "$.results[*].id")).doesNotContain(first.code()).hasSizeGreaterThan(1);
        mvc.perform(get("/api/v1/items/{c}/related", "NO-SUCH")).andExpect(jsonPath("$.results").isEmpty());
    }

    @Test
    void badQueriesGetAClearAnswerAndNothingUnsafeIsStored() throws Exception {
        for (String empty : List.of("", "   ", "\u0000\u0007", "😀🎉")) {
            mvc.perform(get("/api/v1/search").param("q", empty)).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("QUERY_EMPTY"))
                    .andExpect(jsonPath("$.errors[0].message").value(Matchers.startsWith("请输入要搜索的内容")));
        }
        String longQuery = search("公积金".repeat(3_400));
        assertThat((String) JsonPath.read(longQuery, "$.notice")).isEqualTo("search.notice.shortened");
        assertThat(((String) JsonPath.read(longQuery, "$.understood")).length()).isEqualTo(Searches.MAX_QUERY);
        for (String hostile : List.of("<script>alert(1)</script>公积金", "' or 1=1; drop table search_query; --",
                "公积金\u202e\u0008提取")) {
            String body = search(hostile);
            assertThat((String) JsonPath.read(body, "$.understood")).doesNotContain("<", ">", "'", ";", "\u0008", "\u202e");
        }
        context.getBean(HotTerms.class).flush();
        assertThat(jdbc.sql("select count(*) from search_query where query like '%alert(1)%'").query(Long.class).single())
                .isPositive();
        assertThat(jdbc.sql("select count(*) from search_query where query like '%<%' or query like '%;%'")
                .query(Long.class).single()).isZero();
        mvc.perform(get("/api/v1/search").param("q", "公积金").param("type", "movie")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("type"));
        // A query that finds nothing says so, with something to try instead: the hot terms (one pinned here, so
        // that what other tests searched does not matter).
        var identity = IdentityFixtures.from(context);
        var admin = identity.signedIn(identity.staff("山东省大数据局", AccountRole.SYSTEM_ADMIN));
        String rule = "{\"term\":\"住房公积金提取\",\"region\":\"\",\"action\":\"%s\"}";
        mvc.perform(put("/api/v1/search/hot-rules").with(authentication(admin)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(rule.formatted("PIN"))).andExpect(status().isOk());
        String nothing = search("qqqxxzz");
        assertThat((List<?>) JsonPath.read(nothing, "$.results")).isEmpty();
        assertThat((List<String>) JsonPath.read(nothing, "$.alternatives")).contains("住房公积金提取");
        mvc.perform(put("/api/v1/search/hot-rules").with(authentication(admin)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(rule.formatted("CLEAR"))).andExpect(status().isOk());
    }

    @Test
    void administratorsChangeTheDictionaryAndTheNextQueryUsesIt() throws Exception {
        var identity = IdentityFixtures.from(context);
        var admin = identity.signedIn(identity.staff("山东省大数据局", AccountRole.SYSTEM_ADMIN));
        String before = mvc.perform(get("/api/v1/search/synonyms").with(authentication(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        mvc.perform(put("/api/v1/search/synonyms").with(authentication(admin)).with(csrf())
                        .contentType(MediaType.TEXT_PLAIN).content("好好, 坏 => \n开饭馆 => 食品经营许可\n"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("line1"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.startsWith("第 1 行不是有效的同义词规则")));
        assertThat(mvc.perform(get("/api/v1/search/synonyms").with(authentication(admin))).andReturn().getResponse()
                .getContentAsString()).isEqualTo(before);
        try {
            mvc.perform(put("/api/v1/search/synonyms").with(authentication(admin)).with(csrf())
                            .contentType(MediaType.TEXT_PLAIN).content(before + "摆摊卖吃的 => 食品小作坊、小餐饮登记\n"))
                    .andExpect(status().isOk());
            assertThat((String) JsonPath.read(search("摆摊卖吃的", "limit", "3"), "$.results[0].title"))
                    .isEqualTo("食品小作坊、小餐饮登记");
        } finally {
            mvc.perform(put("/api/v1/search/synonyms").with(authentication(admin)).with(csrf())
                    .contentType(MediaType.TEXT_PLAIN).content(before)).andExpect(status().isOk());
        }
        var clerk = identity.signedIn(identity.staff("临沂市兰山区行政审批服务局", CaseworkRole.WINDOW_CLERK));
        mvc.perform(put("/api/v1/search/synonyms").with(authentication(clerk)).with(csrf())
                .contentType(MediaType.TEXT_PLAIN).content(before)).andExpect(status().isForbidden());
    }

}
