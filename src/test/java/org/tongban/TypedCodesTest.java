package org.tongban;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.tongban.assistant.AssistantRole;
import org.tongban.identity.IdentityFixtures;
import tools.jackson.databind.json.JsonMapper;

/**
 * Region and item codes are typed where they cross modules ({@code RegionCode}, {@code ItemCode}): text that cannot
 * be one gets exactly the answer an unknown code gets (same status, error code and Chinese message), nothing is
 * stored, and the JSON of regions, departments and halls is what it was.
 */
class TypedCodesTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String UNKNOWN_REGION = "999999";
    private static final List<String> MALFORMED_REGIONS = List.of("37", "3713020", "abcdef", "371302 001",
            "'; drop table region; --");
    private static final String UNKNOWN_ITEM = "999999999999";
    private static final List<String> MALFORMED_ITEMS = List.of("00071010100", "0007101010000", "00071010100X",
            "'; drop table listing; --");

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aMalformedRegionCodeIsAnsweredLikeAnUnknownOne() throws Exception {
        String region = answer(get("/api/v1/regions/{c}", UNKNOWN_REGION), 404);
        String departments = answer(get("/api/v1/regions/{c}/departments", UNKNOWN_REGION), 404);
        String bundle = answer(get("/api/v1/bundles/newborn").param("region", UNKNOWN_REGION), 400);
        String items = answer(get("/api/v1/items").param("region", UNKNOWN_REGION), 200);
        assertThat((Integer) JsonPath.read(items, "$.total")).isZero();
        assertThat((String) JsonPath.read(bundle, "$.errors[0].code")).isEqualTo("BUNDLE_REGION_UNKNOWN");
        assertThat((String) JsonPath.read(region, "$.detail")).isEqualTo("未找到相关信息。");
        for (String bad : MALFORMED_REGIONS) {
            if (!bad.contains(";")) { // the firewall refuses a semicolon in a path before any controller sees it
                assertThat(answer(get("/api/v1/regions/{c}", bad), 404)).as(bad).isEqualTo(region);
                assertThat(answer(get("/api/v1/regions/{c}/departments", bad), 404)).as(bad).isEqualTo(departments);
            }
            assertThat(answer(get("/api/v1/bundles/newborn").param("region", bad), 400)).as(bad).isEqualTo(bundle);
            assertThat(answer(get("/api/v1/items").param("region", bad), 200)).as(bad).isEqualTo(items);
            assertThat(answer(get("/api/v1/catalog/export").param("region", bad).param("format", "json"), 200))
                    .as(bad).isEqualTo(answer(get("/api/v1/catalog/export").param("region", UNKNOWN_REGION)
                            .param("format", "json"), 200));
        }
    }

    @Test
    void aMalformedCodeInAKnowledgeEntryIsRefusedLikeAnUnknownOneAndNothingIsStored() throws Exception {
        var identity = IdentityFixtures.from(context);
        Authentication author = identity.signedIn(identity.staff("临沂市兰山区行政审批服务局",
                AssistantRole.KNOWLEDGE_EDITOR));
        long before = jdbc.sql("select count(*) from knowledge_entry").query(Long.class).single();
        String unknown = draft(author, UNKNOWN_ITEM, UNKNOWN_REGION);
        assertThat((List<String>) JsonPath.read(unknown, "$.errors[*].code"))
                .containsExactly("KNOWLEDGE_ITEM_UNKNOWN", "KNOWLEDGE_REGION_UNKNOWN");
        assertThat((String) JsonPath.read(unknown, "$.errors[0].message"))
                .isEqualTo("“" + UNKNOWN_ITEM + "”不是基本目录中的事项编码。");
        for (String bad : MALFORMED_ITEMS) {
            assertThat(draft(author, bad, UNKNOWN_REGION)).as(bad).isEqualTo(unknown.replace(UNKNOWN_ITEM, bad));
        }
        for (String bad : MALFORMED_REGIONS) {
            assertThat(draft(author, UNKNOWN_ITEM, bad)).as(bad).isEqualTo(unknown);
        }
        assertThat(jdbc.sql("select count(*) from knowledge_entry").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void regionsDepartmentsAndHallsKeepTheirJson() throws Exception {
        assertThat(keys(answer(get("/api/v1/regions/371302"), 200), "$"))
                .containsExactlyInAnyOrder("code", "name", "level", "parentCode", "fullName");
        assertThat(keys(answer(get("/api/v1/regions/371302/departments"), 200), "$[0]"))
                .containsExactlyInAnyOrder("code", "name", "shortName", "regionCode", "kind");
        assertThat(keys(answer(get("/api/v1/regions/371302/halls"), 200), "$[0]"))
                .containsExactlyInAnyOrder("code", "name", "kind", "regionCode", "address", "latitude", "longitude",
                        "openingHours", "phone", "windows");
    }

    private String draft(Authentication author, String basicCode, String regionCode) throws Exception {
        return answer(post("/api/v1/knowledge").with(authentication(author)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(Map.of(
                        "question", "兰山区夜间能办临时身份证明吗？", "answerHtml", "<p>可以。</p>",
                        "basicCodes", List.of(basicCode), "regionCode", regionCode,
                        "departmentName", "临沂市兰山区行政审批服务局", "validFrom", LocalDate.now(clock).toString(),
                        "validTo", LocalDate.now(clock).plusYears(1).toString()))), 400);
    }

    /** The answer, without what differs from request to request: the problem's path and request id. */
    private String answer(RequestBuilder request, int status) throws Exception {
        MvcResult result = mvc.perform(request).andExpect(status().is(status)).andReturn();
        return result.getResponse().getContentAsString().replaceAll("\"(instance|requestId)\":\"[^\"]*\"", "")
                .replace("{,", "{").replace(",,", ",").replace(",}", "}");
    }

    private static List<String> keys(String json, String path) {
        Map<String, Object> object = JsonPath.read(json, path);
        return List.copyOf(object.keySet());
    }
}
