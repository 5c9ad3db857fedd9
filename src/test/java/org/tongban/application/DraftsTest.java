package org.tongban.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.tongban.IntegrationTest;
import org.tongban.casework.CaseFixtures;
import org.tongban.catalog.ItemDetail;
import org.tongban.identity.IdentityFixtures;

/** Drafts save as the person types, resume on another device (the same account), and go when submitted. */
class DraftsTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aDraftIsSavedResumedKeptToItsOwnerAndDiscardedOnSubmission() throws Exception {
        var identity = IdentityFixtures.from(context);
        ItemDetail item = CaseFixtures.of(mvc, context).listing(false, "PROMISED");
        Authentication citizen = identity.signedIn(identity.person("冯五", newIdNumber(), newMobile()).username());
        Authentication other = identity.signedIn(identity.person("陈六", newIdNumber(), newMobile()).username());

        mvc.perform(post("/apply/{c}/draft", item.code()).header("HX-Request", "true").param("reason", "开一家面馆")
                        .param("address", "临沂市兰山区金雀山路 6 号").param("notAField", "ignored")
                        .with(authentication(citizen)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("自动保存")));
        // Another device: a fresh request of the same account finds it; another person does not.
        mvc.perform(get("/apply/{c}", item.code()).with(authentication(citizen)))
                .andExpect(content().string(containsString("开一家面馆")))
                .andExpect(content().string(containsString("金雀山路")));
        mvc.perform(get("/apply/{c}", item.code()).with(authentication(other)))
                .andExpect(content().string(not(containsString("开一家面馆"))));

        // Too long, or with a control character: refused with the field's message; the draft stays as it was.
        mvc.perform(post("/apply/{c}/draft", item.code()).header("HX-Request", "true").param("reason", "长".repeat(2001))
                        .with(authentication(citizen)).with(csrf()))
                .andExpect(content().string(containsString("内容过长")));
        mvc.perform(post("/apply/{c}/draft", item.code()).param("reason", "坏\u0007字符")
                        .with(authentication(citizen)).with(csrf()))
                .andExpect(flash().attributeExists("errors"));
        mvc.perform(get("/apply/{c}", item.code()).with(authentication(citizen)))
                .andExpect(content().string(containsString("开一家面馆")));
        mvc.perform(post("/apply/{c}/draft", "NO-SUCH-ITEM").param("reason", "x").with(authentication(citizen)).with(csrf()))
                .andExpect(status().isNotFound());

        // Without JavaScript the button saves and returns to the form.
        mvc.perform(post("/apply/{c}/draft", item.code()).param("reason", "开一家面馆，兼营外卖")
                        .with(authentication(citizen)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "apply.draft.saved"));

        var submit = multipart("/apply/{c}", item.code()).param("submissionKey", CaseFixtures.newKey())
                .param("reason", "开一家面馆，兼营外卖");
        for (int i = 0; i < item.materials().size(); i++) {
            if (item.materials().get(i).required()) {
                submit.file(new MockMultipartFile("file_" + i, "m.pdf", "application/pdf", CaseFixtures.pdf()));
            }
        }
        mvc.perform(submit.with(authentication(citizen)).with(csrf())).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "apply.notice.submitted"));
        assertThat(jdbc.sql("select count(*) from application_draft where item_code = ? and owner = ?")
                .params(item.code(), citizen.getName()).query(Long.class).single()).isZero();
    }
}
