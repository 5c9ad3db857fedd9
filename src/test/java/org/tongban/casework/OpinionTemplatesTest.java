package org.tongban.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.tongban.IntegrationTest;
import org.tongban.catalog.ItemDetail;
import org.tongban.identity.AccountRole;
import org.tongban.identity.IdentityFixtures;

/** 常用意见与决定模板: a department's leader keeps its texts; staff are offered them filled in for the case. */
class OpinionTemplatesTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    private long templates() {
        return jdbc.sql("select count(*) from opinion_template").query(Long.class).single();
    }

    @Test
    void aLeaderKeepsTheDepartmentsTextsAndStaffAreOfferedThemFilledInForTheCase() throws Exception {
        var identity = IdentityFixtures.from(context);
        var cases = CaseFixtures.of(mvc, context);
        ItemDetail item = cases.listing(false, "PROMISED");
        String department = item.department().name();
        Authentication leader = identity.signedIn(identity.staff(department, AccountRole.DEPARTMENT_LEADER));
        Authentication approver = identity.signedIn(identity.staff(department, CaseworkRole.APPROVER));
        Authentication clerk = identity.signedIn(identity.staff(department, CaseworkRole.WINDOW_CLERK));
        Authentication citizen = identity.signedIn(identity.person("朱十二", newIdNumber(), newMobile()).username());

        // Bad texts are named next to the field and nothing is stored.
        long before = templates();
        mvc.perform(post("/workspace/opinions").param("action", "approve").param("text", "经审查，{申请人姓名}符合条件")
                        .with(authentication(leader)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("errors",
                        Map.of("text", "模板中的“{申请人姓名}”无法识别，可用的占位符：{事项名称}、{办件编号}、{申请日期}、{设定依据}。")));
        mvc.perform(post("/workspace/opinions").param("action", "withdraw").param("text", " ")
                        .with(authentication(leader)).with(csrf()))
                .andExpect(flash().attribute("errors", Map.of("action", "请选择模板用于哪一种办理操作。", "text", "此项为必填项。")));
        mvc.perform(post("/workspace/opinions").param("action", "approve").param("text", "长".repeat(501))
                        .with(authentication(leader)).with(csrf()))
                .andExpect(flash().attribute("errors", Map.of("text", "内容过长，最多 500 个字。")));
        mvc.perform(post("/workspace/opinions").param("action", "approve").param("text", "同意")
                .with(authentication(approver)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/workspace/opinions").param("action", "approve").param("text", "同意").param("platformWide", "on")
                .with(authentication(leader)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/workspace/opinions").with(authentication(approver))).andExpect(status().isForbidden());
        assertThat(templates()).isEqualTo(before);

        mvc.perform(post("/workspace/opinions").param("action", "approve")
                        .param("text", "经审查，{办件编号}号{事项名称}申请符合法定条件，依据{设定依据}，准予许可。")
                        .with(authentication(leader)).with(csrf()))
                .andExpect(flash().attribute("notice", "opinions.notice.added"));
        mvc.perform(get("/workspace/opinions").with(authentication(leader))).andExpect(status().isOk())
                .andExpect(content().string(containsString("{办件编号}号{事项名称}")))
                .andExpect(content().string(containsString("申请材料齐全，符合法定条件，同意。")));

        String number = cases.apply(item, citizen);
        cases.act(clerk, number, Map.of("action", "accept")).andExpect(status().isOk());
        String page = mvc.perform(get("/workspace/cases/{n}", number).with(authentication(approver)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("经审查，" + number + "号" + item.name() + "申请符合法定条件，依据")
                .doesNotContain("{办件编号}").contains("申请材料齐全，符合法定条件，同意。");

        // Another department's leader neither sees nor removes it.
        long id = jdbc.sql("select max(id) from opinion_template").query(Long.class).single();
        Authentication otherLeader = identity.signedIn(identity.staff("临沂市罗庄区行政审批服务局", AccountRole.DEPARTMENT_LEADER));
        mvc.perform(get("/workspace/opinions").with(authentication(otherLeader)))
                .andExpect(content().string(not(containsString("{办件编号}号{事项名称}"))));
        mvc.perform(post("/workspace/opinions/{id}/remove", id).with(authentication(otherLeader)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/workspace/opinions/{id}/remove", id).with(authentication(leader)).with(csrf()))
                .andExpect(flash().attribute("notice", "opinions.notice.removed"));
        mvc.perform(post("/workspace/opinions/{id}/remove", id).with(authentication(leader)).with(csrf()))
                .andExpect(flash().attribute("errors", Map.of("global", "该常用意见不存在或已删除。")));
        assertThat(templates()).isEqualTo(before);
    }
}
