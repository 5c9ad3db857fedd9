package org.tongban.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.tongban.IntegrationTest;
import org.tongban.casework.CaseFixtures;
import org.tongban.casework.CaseworkRole;
import org.tongban.catalog.CatalogRole;
import org.tongban.catalog.ItemDetail;
import org.tongban.identity.IdentityFixtures;
import org.tongban.shared.IdNumber;
import tools.jackson.databind.json.JsonMapper;

/** 智能预检: administrators write CEL rules with the listing; applications that break one are told exactly why. */
class PreChecksTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    @Test
    void rulesAreCheckedWhenWrittenAndExplainEveryProblemBeforeSubmission() throws Exception {
        var identity = IdentityFixtures.from(context);
        var cases = CaseFixtures.of(mvc, context);
        ItemDetail item = cases.listing(false, "PROMISED");
        Authentication admin = identity.signedIn(identity.staff(item.department().name(), CatalogRole.CATALOG_ADMIN));
        Authentication clerk = identity.signedIn(identity.staff(item.department().name(), CaseworkRole.WINDOW_CLERK));
        Authentication adult = identity.signedIn(identity.person("韩七", newIdNumber(), newMobile()).username());
        String child17 = "3713022015" + "0601" + "123";
        Authentication minor = identity.signedIn(identity.person("韩小七", child17 + IdNumber.checkCharacter(child17),
                newMobile()).username());

        String bad = JSON.writeValueAsString(List.of(Map.of("expression", "applicant.age >= 18", "message", "申请人须年满18周岁"),
                Map.of("expression", "applicant.age +", "message", "坏规则"), Map.of("expression", "1 + 1", "message", "不是条件")));
        mvc.perform(put("/api/v1/items/{c}/rules", item.code()).with(authentication(admin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(bad))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.contains("rules[1].expression", "rules[2].expression")))
                .andExpect(jsonPath("$.errors[0].code").value("RULE_INVALID"));
        mvc.perform(get("/api/v1/items/{c}/rules", item.code()).with(authentication(adult)))
                .andExpect(jsonPath("$").isEmpty());
        String good = JSON.writeValueAsString(List.of(
                Map.of("expression", "applicant.kind != 'PERSON' || applicant.age >= 18", "message", "申请人须年满18周岁"),
                Map.of("expression", "has(form.address) && size(form.address) >= 6", "message", "请填写详细联系地址（不少于6个字）"),
                Map.of("expression", "form.reason.size() > 1", "message", "请填写申请事由")));
        mvc.perform(put("/api/v1/items/{c}/rules", item.code()).with(authentication(clerk)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(good)).andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/items/{c}/rules", item.code()).with(authentication(admin)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(good)).andExpect(status().isOk());

        // A pre-check names every rule that fails; a missing field makes its rule fail, not the request.
        String noAddress = cases.application(item, adult, CaseFixtures.newKey()).replace(",\"reason\":\"测试申请\"", "");
        mvc.perform(post("/api/v1/applications/precheck").with(authentication(adult)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(noAddress))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("PRECHECK_FAILURES"))
                .andExpect(jsonPath("$.errors[*].message").value(Matchers.containsInAnyOrder(
                        "不符合办理条件：请填写详细联系地址（不少于6个字）", "不符合办理条件：请填写申请事由")));
        Map<String, Object> complete = JSON.readValue(cases.application(item, adult, CaseFixtures.newKey()), Map.class);
        complete.put("formData", Map.of("address", "临沂市兰山区解放路 12 号", "reason", "开办"));
        mvc.perform(post("/api/v1/applications/precheck").with(authentication(adult)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(complete)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.passed").value(true));

        // The same rules hold at submission: a minor is refused and no case is made.
        long before = jdbc.sql("select count(*) from cases").query(Long.class).single();
        Map<String, Object> minors = JSON.readValue(cases.application(item, minor, CaseFixtures.newKey()), Map.class);
        minors.put("formData", Map.of("address", "临沂市兰山区解放路 12 号", "reason", "开办"));
        cases.submit(minor, JSON.writeValueAsString(minors)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("不符合办理条件：申请人须年满18周岁"));
        assertThat(jdbc.sql("select count(*) from cases").query(Long.class).single()).isEqualTo(before);
        cases.submit(adult, JSON.writeValueAsString(complete)).andExpect(status().isCreated());
        // Leave the listing as other tests expect it.
        mvc.perform(put("/api/v1/items/{c}/rules", item.code()).with(authentication(admin)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("[]")).andExpect(status().isOk());
    }
}
