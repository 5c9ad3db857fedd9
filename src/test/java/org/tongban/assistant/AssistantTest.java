package org.tongban.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.ResultActions;
import org.tongban.IntegrationTest;
import org.tongban.casework.CaseworkRole;
import org.tongban.identity.IdentityFixtures;
import org.tongban.search.SearchReadiness;
import tools.jackson.databind.json.JsonMapper;

/**
 * 智能客服: answers come from the knowledge base and the guides with their citations, the region is asked for
 * when the answer depends on it and kept for the conversation, nothing is invented, and a person can take over.
 */
class AssistantTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    SearchReadiness search;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void indexReady() throws InterruptedException {
        assertThat(search.awaitReady(Duration.ofMinutes(3))).isTrue();
    }

    private ResultActions say(Authentication who, String conversation, String text, String region) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("conversationId", conversation);
        body.put("text", text);
        body.put("region", region);
        var request = post("/api/v1/assistant/messages").contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(body));
        if (who != null) {
            request.with(authentication(who)).with(csrf());
        }
        return mvc.perform(request);
    }

    private String reply(Authentication who, String conversation, String text, String region) throws Exception {
        return say(who, conversation, text, region).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void answersFromTheKnowledgeBaseWithCitationsAndNeverWithout() throws Exception {
        String answer = reply(null, null, "结婚登记需要带什么材料", null);
        assertThat((String) JsonPath.read(answer, "$.kind")).isEqualTo("ANSWER");
        assertThat((List<String>) JsonPath.read(answer, "$.citations[*].url")).isNotEmpty()
                .anyMatch(url -> url.startsWith("/knowledge/"));
        assertThat((String) JsonPath.read(answer, "$.answer")).contains("身份证");
        assertThat((String) JsonPath.read(answer, "$.answerHtml")).doesNotContain("<script");
        // Every kind of question: an answer always cites where it comes from.
        for (String question : List.of("忘记密码怎么办", "公积金怎么提取", "社保卡丢了咋办", "老年证在哪里办", "开公司要什么材料")) {
            String r = reply(null, null, question, "371302");
            if ("ANSWER".equals(JsonPath.read(r, "$.kind"))) {
                assertThat((List<?>) JsonPath.read(r, "$.citations")).as(question).isNotEmpty();
            }
        }
        // Nothing found: said plainly, with what to try and the way to a person; nothing made up.
        String unknown = reply(null, null, "火星移民签证怎么办", null);
        assertThat((String) JsonPath.read(unknown, "$.kind")).isEqualTo("NOT_FOUND");
        assertThat((List<?>) JsonPath.read(unknown, "$.citations")).isEmpty();
        assertThat((String) JsonPath.read(unknown, "$.answer")).contains("暂时没有找到", "转人工");
    }

    @Test
    void asksForTheRegionWhenTheAnswerDependsOnItAndKeepsIt() throws Exception {
        String first = reply(null, null, "个体工商户设立登记", null);
        assertThat((String) JsonPath.read(first, "$.kind")).isEqualTo("ASK_REGION");
        assertThat((List<String>) JsonPath.read(first, "$.regions[*].code")).contains("371302");
        String conversation = JsonPath.read(first, "$.conversationId");
        String second = reply(null, conversation, "兰山区", null);
        assertThat((String) JsonPath.read(second, "$.kind")).isEqualTo("ANSWER");
        assertThat((String) JsonPath.read(second, "$.region")).isEqualTo("371302");
        assertThat((List<?>) JsonPath.read(second, "$.citations")).isNotEmpty();
        // The region stays for the rest of the conversation.
        String third = reply(null, conversation, "要多长时间", null);
        assertThat((String) JsonPath.read(third, "$.region")).isEqualTo("371302");
    }

    @Test
    void feedbackAndUnansweredQuestionsReachTheEditorsAndAPersonCanTakeOver() throws Exception {
        var identity = IdentityFixtures.from(context);
        Authentication citizen = identity.signedIn(identity.person("冯十三", newIdNumber(), newMobile()).username());
        String answer = reply(citizen, null, "低保怎么申请", "371302");
        String conversation = JsonPath.read(answer, "$.conversationId");
        Number messageId = JsonPath.read(answer, "$.messageId");
        mvc.perform(post("/api/v1/assistant/feedback").with(authentication(citizen)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"conversationId\":\"" + conversation + "\",\"messageId\":" + messageId + ",\"helpful\":false}"))
                .andExpect(status().isOk());
        reply(citizen, conversation, "我家的情况比较特殊，能不能请工作人员帮我看看", null);
        Authentication editor = identity.signedIn(identity.staff("临沂市兰山区行政审批服务局", AssistantRole.KNOWLEDGE_EDITOR));
        mvc.perform(get("/api/v1/knowledge/gaps").with(authentication(editor))).andExpect(status().isOk())
                .andExpect(jsonPath("$.assistant[*].question", Matchers.hasItem("低保怎么申请")));

        // 转人工: only for a signed-in person; it reaches the department's staff, and their answer comes back.
        mvc.perform(post("/api/v1/assistant/handoff").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"conversationId\":\"" + conversation + "\"}"))
                .andExpect(status().isUnauthorized());
        String handed = mvc.perform(post("/api/v1/assistant/handoff").with(authentication(citizen)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"conversationId\":\"" + conversation + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("OPEN"))
                .andReturn().getResponse().getContentAsString();
        Number id = JsonPath.read(handed, "$.id");
        String departmentName = JsonPath.read(handed, "$.departmentName");
        Authentication clerk = identity.signedIn(identity.staff(departmentName, CaseworkRole.WINDOW_CLERK));
        Authentication elsewhere = identity.signedIn(identity.staff("临沂市罗庄区行政审批服务局", CaseworkRole.WINDOW_CLERK));
        mvc.perform(get("/api/v1/consultations").with(authentication(clerk)))
                .andExpect(jsonPath("$[*].id", Matchers.hasItem(id.intValue())));
        mvc.perform(get("/api/v1/consultations").with(authentication(elsewhere)))
                .andExpect(jsonPath("$[*].id", Matchers.not(Matchers.hasItem(id.intValue()))));
        mvc.perform(post("/api/v1/consultations/{id}/answer", id).with(authentication(elsewhere)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"answer\":\"x\"}")).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/consultations/{id}/answer", id).with(authentication(clerk)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"answer\":\"  \"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("answer"));
        mvc.perform(post("/api/v1/consultations/{id}/answer", id).with(authentication(clerk)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"answer\":\"" + "长".repeat(2_001) + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].message").value("内容过长，最多 2000 个字。"));
        mvc.perform(post("/api/v1/consultations/{id}/answer", id).with(authentication(clerk)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"answer\":\"请带户口簿到所在街道办申请，我们已为您预约。\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ANSWERED"));
        mvc.perform(get("/api/v1/assistant/conversations/{c}", conversation).with(authentication(citizen)))
                .andExpect(jsonPath("$.messages[-1].role").value("STAFF"))
                .andExpect(jsonPath("$.messages[-1].text").value("请带户口簿到所在街道办申请，我们已为您预约。"));
        mvc.perform(get("/api/v1/me/consultations").with(authentication(citizen)))
                .andExpect(jsonPath("$[0].status").value("ANSWERED"));
        // Someone else's conversation is not there for them.
        Authentication other = identity.signedIn(identity.person("褚十四", newIdNumber(), newMobile()).username());
        mvc.perform(get("/api/v1/assistant/conversations/{c}", conversation).with(authentication(other)))
                .andExpect(status().isNotFound());
    }

    @Test
    void badMessagesGetAClearAnswerAndStoreNothing() throws Exception {
        long before = jdbc.sql("select count(*) from conversation_message").query(Long.class).single();
        for (String empty : List.of("", "  ", "\u0000\u0001", "😀")) {
            say(null, null, empty, null).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].code").value("MESSAGE_EMPTY"));
        }
        say(null, null, "长".repeat(10_000), null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("MESSAGE_TOO_LONG"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("500")));
        say(null, "no-such-conversation", "公积金", null).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/assistant/feedback").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"conversationId\":\"x\",\"helpful\":true}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("messageId"))
                .andExpect(jsonPath("$.errors[0].message").value("此项为必填项。"));
        assertThat(jdbc.sql("select count(*) from conversation_message").query(Long.class).single()).isEqualTo(before);
        String hostile = reply(null, null, "<img src=x onerror=alert(1)>公积金' or '1'='1", null);
        String conversation = JsonPath.read(hostile, "$.conversationId");
        assertThat(jdbc.sql("select text from conversation_message where conversation_id = ? and role = 'USER'")
                .param(conversation).query(String.class).single()).doesNotContain("<", ">", "'");
        assertThat((String) JsonPath.read(hostile, "$.answerHtml")).doesNotContain("onerror", "<img");
    }
}
