package org.tongban.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tongban.IntegrationTest;
import org.tongban.casework.CaseFixtures;
import org.tongban.casework.CaseworkRole;
import org.tongban.identity.IdentityFixtures;

/** Every feedback page renders in Chinese for the people it is for; the complaint form refuses a script on the page. */
class FeedbackPagesTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void thePagesRenderForTheirPeople() throws Exception {
        var identity = IdentityFixtures.from(context);
        Authentication citizen = identity.signedIn(identity.person("郑爽", newIdNumber(), newMobile()).username());
        Authentication agent = identity.signedIn(identity.staff(CaseFixtures.LANSHAN, FeedbackRole.HOTLINE_AGENT));
        Authentication handler = identity.signedIn(identity.staff(CaseFixtures.LANSHAN, FeedbackRole.FEEDBACK_HANDLER));
        Authentication clerk = identity.signedIn(identity.staff(CaseFixtures.LANSHAN, CaseworkRole.WINDOW_CLERK));

        assertThat(page(get("/complaint"))).contains("办不成事 · 我要吐槽", "问题类别", "id=\"cannot-get-done\"");
        assertThat(page(get("/ratings"))).contains("评价结果公开", "按部门");
        assertThat(page(get("/kiosk/rate"))).contains("自助终端评价", "非常满意", "非常不满意");
        assertThat(page(get("/r/not-a-token"))).contains("这个评价链接无效、已使用或已过期");
        assertThat(page(get("/me/feedback").with(authentication(citizen)))).contains("我的评价和诉求");
        assertThat(page(get("/workspace/tickets").with(authentication(agent)))).contains("热线来电登记", "诉求工单");
        assertThat(page(get("/workspace/tickets").with(authentication(handler)))).doesNotContain("热线来电登记");
        assertThat(page(get("/workspace/rectifications").with(authentication(handler)))).contains("差评整改");
        assertThat(page(get("/workspace/window-rating").with(authentication(clerk)))).contains("窗口服务评价", "开启评价");
        mvc.perform(get("/workspace/tickets").with(authentication(citizen))).andExpect(status().isForbidden());
        mvc.perform(get("/rate/case/NOT-A-CASE").with(authentication(citizen))).andExpect(status().isNotFound());

        mvc.perform(get("/api/v1/feedback/rates").param("from", "上个月").with(authentication(handler)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/v1/feedback/rates").param("from", "2026-12-31").param("to", "2026-12-01")
                .with(authentication(handler))).andExpect(status().isBadRequest());
        String kiosk = page(post("/kiosk/rate").with(csrf()).param("caseNumber", "X").param("idNumber", "1")
                .param("level", "abc"));
        assertThat(kiosk).contains("评价等级须为 1 至 5（非常不满意至非常满意）");

        long before = jdbc.sql("select count(*) from ticket").query(Long.class).single();
        String refused = page(post("/complaint").with(csrf()).param("category", "ATTITUDE")
                .param("content", "<script>alert(1)</script>"));
        assertThat(refused).contains("内容只能是文字，不能包含网页标记或脚本").doesNotContain("<script>alert(1)</script>");
        assertThat(jdbc.sql("select count(*) from ticket").query(Long.class).single()).isEqualTo(before);
        var six = multipart("/api/v1/complaints").param("category", "ATTITUDE").param("content", "窗口无人值守");
        for (int i = 0; i < 6; i++) {
            six.file(new MockMultipartFile("attachments", "p" + i + ".pdf", "application/pdf", CaseFixtures.pdf()));
        }
        mvc.perform(six.with(csrf())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("attachments"));
        assertThat(jdbc.sql("select count(*) from ticket").query(Long.class).single()).isEqualTo(before);
        mvc.perform(post("/complaint").with(csrf()).param("category", "ATTITUDE").param("content", "窗口无人值守"))
                .andExpect(redirectedUrl("/complaint/received"));
    }
}
