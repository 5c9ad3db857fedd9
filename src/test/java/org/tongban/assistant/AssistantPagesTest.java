package org.tongban.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.tongban.IntegrationTest;
import org.tongban.casework.CaseworkRole;
import org.tongban.identity.IdentityFixtures;
import org.tongban.search.SearchReadiness;

/** The search, assistant and knowledge pages work on plain requests (no scripts needed). */
class AssistantPagesTest extends IntegrationTest {

    @Autowired
    SearchReadiness search;
    @Autowired
    ApplicationContext context;

    @BeforeEach
    void indexReady() throws InterruptedException {
        assertThat(search.awaitReady(Duration.ofMinutes(3))).isTrue();
    }

    @Test
    void theSearchPageGroupsResultsSaysWhyAndAsksForTheRegion() throws Exception {
        mvc.perform(get("/search").param("q", "开公司")).andExpect(status().isOk())
                .andExpect(content().string(containsString("企业设立登记")))
                .andExpect(content().string(containsString("同义词匹配")))
                .andExpect(content().string(containsString("常见问答")));
        mvc.perform(get("/search").param("q", "结婚登记")).andExpect(content().string(containsString("请选择您所在的地区")));
        mvc.perform(get("/search").param("q", "结婚登记").param("region", "371302"))
                .andExpect(content().string(containsString("当前地区：")));
        mvc.perform(get("/search").param("q", "😀")).andExpect(status().isOk())
                .andExpect(content().string(containsString("请输入要搜索的内容")));
        mvc.perform(get("/search").param("q", "<script>alert(1)</script>")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(containsString("<script>alert(1)"))));
        mvc.perform(get("/search/suggest").param("q", "gjj")).andExpect(status().isOk())
                .andExpect(content().string(containsString("公积金")));
        mvc.perform(get("/")).andExpect(content().string(containsString("hx-get=\"/search/suggest\"")));
    }

    @Test
    void theChatWorksOnPlainFormsAndEditorsAndStaffHaveTheirPages() throws Exception {
        mvc.perform(get("/assistant")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"assistant-text\"")));
        mvc.perform(get("/assistant").param("q", "公积金怎么取")).andExpect(content().string(containsString("公积金怎么取")));
        String location = mvc.perform(post("/assistant/messages").param("text", "个体工商户设立登记").with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/assistant?conversation=");
        String conversation = location.substring("/assistant?conversation=".length(), location.indexOf('#'));
        mvc.perform(get("/assistant").param("conversation", conversation))
                .andExpect(content().string(containsString("请问您要在哪个地区办理")))
                .andExpect(content().string(containsString("兰山区")));
        mvc.perform(post("/assistant/messages").param("conversation", conversation).param("text", "兰山区").with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/assistant").param("conversation", conversation))
                .andExpect(content().string(containsString("回答依据")));
        mvc.perform(post("/assistant/messages").param("text", " ").with(csrf()))
                .andExpect(flash().attributeExists("errors"));
        mvc.perform(get("/knowledge/{k}", "kb-0043")).andExpect(status().isOk())
                .andExpect(content().string(containsString("这个回答对您有帮助吗")));
        mvc.perform(get("/knowledge/{k}", "kb-nope")).andExpect(status().isNotFound());

        var identity = IdentityFixtures.from(context);
        var editor = identity.signedIn(identity.staff("临沂市兰山区行政审批服务局", AssistantRole.KNOWLEDGE_EDITOR));
        mvc.perform(get("/workspace/knowledge").with(authentication(editor))).andExpect(status().isOk())
                .andExpect(content().string(containsString("待完善的问题")));
        mvc.perform(get("/workspace/knowledge/new").param("question", "怎么办老年人免费乘车卡").with(authentication(editor)))
                .andExpect(content().string(containsString("怎么办老年人免费乘车卡")));
        mvc.perform(post("/workspace/knowledge/new").param("question", "怎么办老年人免费乘车卡").param("answerHtml", "<p>带身份证到公交公司办理。</p>")
                        .param("regionCode", "371302").with(authentication(editor)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "knowledge.notice.saved"));
        mvc.perform(post("/workspace/knowledge/new").param("question", "日期写错的问题？").param("answerHtml", "<p>答。</p>")
                        .param("validFrom", "2027-13-45").with(authentication(editor)).with(csrf()))
                .andExpect(flash().attribute("errors", Map.of("validFrom", "日期格式不正确，请写成 2027-01-31。")));
        var clerk = identity.signedIn(identity.staff("临沂市兰山区行政审批服务局", CaseworkRole.WINDOW_CLERK));
        mvc.perform(get("/workspace/knowledge").with(authentication(clerk))).andExpect(status().isForbidden());
        mvc.perform(get("/workspace/consultations").with(authentication(clerk))).andExpect(status().isOk());
    }
}
