package org.tongban.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.tongban.IntegrationTest;
import org.tongban.casework.CaseworkRole;
import org.tongban.identity.IdentityFixtures;
import org.tongban.search.SearchReadiness;
import tools.jackson.databind.json.JsonMapper;

/** 知识库: entries are checked when written, reviewed by someone else, searchable only while published and in force. */
class KnowledgeBaseTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String LANSHAN = "临沂市兰山区行政审批服务局";

    @Autowired
    SearchReadiness search;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    KnowledgeBase knowledge;

    private Authentication author;
    private Authentication reviewer;

    @BeforeEach
    void setUp() throws InterruptedException {
        assertThat(search.awaitReady(Duration.ofMinutes(3))).isTrue();
        var identity = IdentityFixtures.from(context);
        author = identity.signedIn(identity.staff(LANSHAN, AssistantRole.KNOWLEDGE_EDITOR));
        reviewer = identity.signedIn(identity.staff(LANSHAN, AssistantRole.KNOWLEDGE_EDITOR));
    }

    private ResultActions write(Authentication who, String path, Object body) throws Exception {
        return mvc.perform(post(path).with(authentication(who)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(body)));
    }

    private List<String> faqTitles(String q) throws Exception {
        return JsonPath.read(mvc.perform(get("/api/v1/search").param("q", q).param("type", "faq").param("region", "371302"))
                .andReturn().getResponse().getContentAsString(), "$.results[*].title");
    }

    @Test
    void theSeedAnswersTheHighFrequencyQuestions() {
        assertThat(jdbc.sql("select count(*) from knowledge_entry where status = 'PUBLISHED'").query(Long.class).single())
                .isGreaterThanOrEqualTo(300);
        assertThat(jdbc.sql("select count(distinct basic_codes) from knowledge_entry").query(Long.class).single())
                .isGreaterThan(100);
    }

    @Test
    void anEntryIsReviewedBySomeoneElseAndIsSearchableOnlyWhilePublished() throws Exception {
        String question = "兰山区夜间能不能办理临时身份证明测试条目？";
        Map<String, Object> draft = Map.of("question", question, "variants", List.of("夜里能办临时身份证明吗"),
                "answerHtml", "<p>可以。<script>alert(1)</script><strong>夜间</strong>请到派出所值班窗口。</p><img src=x onerror=alert(1)>"
                        + "<a href=\"/guide/x\">指南</a><a href=\"javascript:alert(2)\">坏链接</a>",
                "basicCodes", List.of("000710101000"), "regionCode", "371302", "departmentName", LANSHAN,
                "tags", List.of("身份证"), "validFrom", LocalDate.now(clock).toString(),
                "validTo", LocalDate.now(clock).plusYears(1).toString());
        String created = write(author, "/api/v1/knowledge", draft).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT")).andReturn().getResponse().getContentAsString();
        String key = JsonPath.read(created, "$.key");
        assertThat((String) JsonPath.read(created, "$.answerHtml")).doesNotContain("script", "onerror", "<img")
                .contains("<strong>夜间</strong>").contains("href=\"/guide/x\"").doesNotContain("javascript");

        write(author, "/api/v1/knowledge/" + key + "/publish", Map.of()).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("KNOWLEDGE_STATUS_CONFLICT"));
        write(author, "/api/v1/knowledge/" + key + "/submit", Map.of()).andExpect(jsonPath("$.status").value("REVIEW"));
        write(author, "/api/v1/knowledge/" + key + "/publish", Map.of()).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("KNOWLEDGE_OWN_REVIEW"));
        write(reviewer, "/api/v1/knowledge/" + key + "/reject", Map.of()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("note"));
        assertThat(faqTitles("夜间临时身份证明测试条目")).doesNotContain(question);
        write(reviewer, "/api/v1/knowledge/" + key + "/publish", Map.of()).andExpect(jsonPath("$.status").value("PUBLISHED"));
        assertThat(faqTitles("夜间临时身份证明测试条目")).contains(question);
        mvc.perform(get("/api/v1/knowledge/{k}", key)).andExpect(status().isOk());

        write(author, "/api/v1/knowledge/" + key + "/withdraw", Map.of()).andExpect(jsonPath("$.status").value("DRAFT"));
        assertThat(faqTitles("夜间临时身份证明测试条目")).doesNotContain(question);
        mvc.perform(get("/api/v1/knowledge/{k}", key)).andExpect(status().isNotFound());
    }

    @Test
    void badEntriesAreRefusedWithEveryProblemAndNothingIsStored() throws Exception {
        long before = jdbc.sql("select count(*) from knowledge_entry").query(Long.class).single();
        write(author, "/api/v1/knowledge", Map.of("question", " ", "answerHtml", "<script>only a script</script>",
                        "basicCodes", List.of("999999999999"), "regionCode", "370100", "departmentName", "不存在的局",
                        "validFrom", "2027-02-01", "validTo", "2027-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("question", "answerHtml",
                        "basicCodes[0]", "regionCode", "departmentName", "validTo")));
        var identity = IdentityFixtures.from(context);
        Authentication clerk = identity.signedIn(identity.staff(LANSHAN, CaseworkRole.WINDOW_CLERK));
        write(clerk, "/api/v1/knowledge", Map.of("question", "问", "answerHtml", "答")).andExpect(status().isForbidden());
        write(author, "/api/v1/knowledge", Map.of("question", "标签太长的问题？", "answerHtml", "<p>答。</p>",
                        "regionCode", "371302", "tags", List.of("好标签", "长".repeat(21))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("tags[1]"))
                .andExpect(jsonPath("$.errors[0].message").value("每个标签最多 20 个字，且不能含控制字符。"));
        write(author, "/api/v1/knowledge/kb-0043/fly", Map.of()).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from knowledge_entry").query(Long.class).single()).isEqualTo(before);
    }

    private static byte[] workbook(List<List<String>> rows) throws Exception {
        var out = new ByteArrayOutputStream();
        var workbook = new Workbook(out, "test", "1.0");
        var sheet = workbook.newWorksheet(KnowledgeExcel.SHEET);
        for (int c = 0; c < KnowledgeExcel.COLUMNS.size(); c++) {
            sheet.value(0, c, KnowledgeExcel.COLUMNS.get(c));
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                sheet.value(r + 1, c, rows.get(r).get(c));
            }
        }
        workbook.finish();
        return out.toByteArray();
    }

    private ResultActions importing(byte[] bytes) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/knowledge/import")
                .file(new MockMultipartFile("file", "k.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes))
                .with(authentication(author)).with(csrf()));
    }

    @Test
    void theKnowledgeBaseGoesToExcelAndComesBackAllOrNothing() throws Exception {
        byte[] exported = mvc.perform(get("/api/v1/knowledge/export").with(authentication(author)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(exported))) {
            var rows = workbook.findSheet(KnowledgeExcel.SHEET).orElseThrow().read();
            assertThat(rows.get(0).getCellText(1)).isEqualTo("问题");
            assertThat(rows).hasSizeGreaterThan(1);
        }
        long before = jdbc.sql("select count(*) from knowledge_entry").query(Long.class).single();
        List<String> good = List.of("", "导入的测试问题怎么办？", "导入测试\n另一种问法", "<p>导入的答案。</p>", "000710101000",
                "371302", "", "测试", "2026-01-01", "2027-12-31");
        List<String> bad = List.of("", "", "", "<script>x</script>", "999999999999", "371302", "", "", "2027-05-01", "2027-01-01");
        importing(workbook(List.of(good, bad))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.rows[0].row").value(3))
                .andExpect(jsonPath("$.rows[0].problems.question").value("此项为必填项。"))
                .andExpect(jsonPath("$.created").value(0));
        assertThat(jdbc.sql("select count(*) from knowledge_entry").query(Long.class).single()).isEqualTo(before);
        importing("not a workbook".getBytes(StandardCharsets.UTF_8)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.rows[0].problems.global").value(Matchers.startsWith("无法读取该文件")));
        importing(workbook(List.of(good))).andExpect(status().isOk()).andExpect(jsonPath("$.created").value(1));
        assertThat(jdbc.sql("select status from knowledge_entry where question = '导入的测试问题怎么办？'").query(String.class)
                .single()).isEqualTo("DRAFT");
    }

    @Test
    void entriesPastTheirEndExpireAndOwnersAreRemindedBeforehand() throws Exception {
        String created = write(author, "/api/v1/knowledge", Map.of("question", "即将到期的测试条目怎么办理？",
                "answerHtml", "<p>测试答案。</p>", "regionCode", "371302", "validFrom", LocalDate.now(clock).toString(),
                "validTo", LocalDate.now(clock).plusDays(10).toString())).andReturn().getResponse().getContentAsString();
        String key = JsonPath.read(created, "$.key");
        write(author, "/api/v1/knowledge/" + key + "/submit", Map.of());
        write(reviewer, "/api/v1/knowledge/" + key + "/publish", Map.of()).andExpect(jsonPath("$.status").value("PUBLISHED"));
        knowledge.expireAndRemind();
        assertThat(jdbc.sql("select reminded_on from knowledge_entry where entry_key = ?").param(key)
                .query(Date.class).single()).isNotNull();
        clock.advance(Duration.ofDays(12));
        try {
            knowledge.expireAndRemind();
            assertThat(jdbc.sql("select status from knowledge_entry where entry_key = ?").param(key).query(String.class)
                    .single()).isEqualTo("EXPIRED");
            assertThat(faqTitles("即将到期的测试条目")).doesNotContain("即将到期的测试条目怎么办理？");
        } finally {
            clock.advance(Duration.ofDays(-12));
        }
    }
}
