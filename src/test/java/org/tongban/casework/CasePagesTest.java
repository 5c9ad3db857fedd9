package org.tongban.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;
import org.tongban.IntegrationTest;
import org.tongban.catalog.ItemDetail;
import org.tongban.identity.IdentityFixtures;

/** The case pages without JavaScript: apply online, follow the case, correct it, and work it at a window. */
class CasePagesTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    private MockMultipartHttpServletRequestBuilder withRequiredFiles(MockMultipartHttpServletRequestBuilder request,
            ItemDetail item) {
        for (int i = 0; i < item.materials().size(); i++) {
            if (item.materials().get(i).required()) {
                request.file(new MockMultipartFile("file_" + i, "材料" + i + ".pdf", "application/pdf", CaseFixtures.pdf()));
            }
        }
        return request;
    }

    @Test
    void aPersonAppliesFollowsAndCorrectsTheCaseOnPagesAndStaffWorkIt() throws Exception {
        var identity = IdentityFixtures.from(context);
        ItemDetail item = CaseFixtures.of(mvc, context).listing(true, "PROMISED");
        Authentication citizen = identity.signedIn(identity.person("钱九", newIdNumber(), newMobile()).username());
        Authentication clerk = identity.signedIn(identity.staff(item.department().name(), CaseworkRole.WINDOW_CLERK));

        mvc.perform(get("/apply/{c}", item.code()).with(authentication(citizen))).andExpect(status().isOk())
                .andExpect(content().string(containsString(item.name())))
                .andExpect(content().string(containsString("来源：实名认证")))
                .andExpect(content().string(containsString("钱*")));

        // Nothing uploaded: back to the form with the missing materials named.
        var empty = mvc.perform(multipart("/apply/{c}", item.code()).param("submissionKey", CaseFixtures.newKey())
                        .with(authentication(citizen)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("errors")).andReturn();
        var shown = Jsoup.parse(mvc.perform(get("/apply/{c}", item.code()).with(authentication(citizen))
                .flashAttr("errors", empty.getFlashMap().get("errors"))).andReturn().getResponse().getContentAsString());
        // The missing materials are named on the page, and every field marked invalid has its message.
        assertThat(shown.select("[role=alert]").text()).contains(item.materials().stream()
                .filter(ItemDetail.MaterialView::required).findFirst().orElseThrow().name());
        assertThat(shown.select(".is-invalid")).allSatisfy(field ->
                assertThat(shown.getElementById(field.attr("aria-describedby")).text()).isNotBlank());

        String location = mvc.perform(withRequiredFiles(multipart("/apply/{c}", item.code()), item)
                        .param("submissionKey", CaseFixtures.newKey()).param("reason", "开办新店")
                        .param("address", "临沂市兰山区测试路1号").with(authentication(citizen)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/me/cases/");
        String number = location.substring("/me/cases/".length());
        mvc.perform(get("/me/cases").with(authentication(citizen))).andExpect(content().string(containsString(number)));
        // The kiosk view of the same form marks its case as coming from a self-service kiosk.
        mvc.perform(get("/apply/{c}", item.code()).param("view", "kiosk").with(authentication(citizen)))
                .andExpect(content().string(containsString("tb-view-kiosk")))
                .andExpect(content().string(containsString("name=\"channel\" value=\"KIOSK\"")));
        String kioskLocation = mvc.perform(withRequiredFiles(multipart("/apply/{c}", item.code()), item)
                        .param("submissionKey", CaseFixtures.newKey()).param("channel", "KIOSK")
                        .with(authentication(citizen)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get("/api/v1/cases/{n}", kioskLocation.substring("/me/cases/".length())).with(authentication(citizen)))
                .andExpect(MockMvcResultMatchers.jsonPath("$.channel").value("KIOSK"));
        mvc.perform(get(location).with(authentication(citizen))).andExpect(status().isOk())
                .andExpect(content().string(containsString("待受理")));

        mvc.perform(get("/workspace/cases").with(authentication(clerk))).andExpect(status().isOk())
                .andExpect(content().string(containsString(number)));
        String work = mvc.perform(get("/workspace/cases/{n}", number).with(authentication(clerk)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("开办新店")))
                .andReturn().getResponse().getContentAsString();
        assertThat(work).contains("补正告知").contains("不予受理");
        String fileLink = work.replaceAll("(?s).*href=\"(/cases/" + number + "/files/[^\"]+)\".*", "$1");
        mvc.perform(get(fileLink).with(authentication(clerk))).andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"));
        var stranger = identity.signedIn(identity.person("陌生人", newIdNumber(), newMobile()).username());
        mvc.perform(get(fileLink).with(authentication(stranger))).andExpect(status().isNotFound());

        // The clerk reads the material in place and pins a note to it for the correction notice.
        String fileId = fileLink.substring(fileLink.lastIndexOf('/') + 1);
        String viewerPath = "/cases/" + number + "/files/" + fileId + "/view";
        mvc.perform(get(viewerPath).with(authentication(clerk))).andExpect(status().isOk())
                .andExpect(content().string(containsString("点击要批注的位置")));
        mvc.perform(get("/cases/{n}/files/{f}/pages/1.png", number, fileId).with(authentication(clerk)))
                .andExpect(status().isOk()).andExpect(content().contentType("image/png"));
        mvc.perform(get("/cases/{n}/files/{f}/pages/9.png", number, fileId).with(authentication(clerk)))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/cases/{n}/files/{f}/annotations", number, fileId).param("page", "1").param("pin.x", "-5")
                        .param("pin.y", "10").param("pageHeight", "1035").param("note", "签字处空白")
                        .with(authentication(clerk)).with(csrf()))
                .andExpect(flash().attributeExists("errors"));
        long notes = jdbc.sql("select count(*) from material_annotation").query(Long.class).single();
        mvc.perform(post("/cases/{n}/files/{f}/annotations", number, fileId).param("page", "1").param("pin.x", "400")
                        .param("pin.y", "900").param("pageHeight", "1035").param("note", "  ")
                        .with(authentication(clerk)).with(csrf()))
                .andExpect(flash().attribute("errors", Map.of("note", "此项为必填项。")));
        mvc.perform(post("/cases/{n}/files/{f}/annotations", number, fileId).param("page", "1").param("pin.x", "400")
                        .param("pin.y", "900").param("pageHeight", "1035").param("note", "长".repeat(501))
                        .with(authentication(clerk)).with(csrf()))
                .andExpect(flash().attribute("errors", Map.of("note", "内容过长，最多 500 个字。")));
        mvc.perform(post("/cases/{n}/files/{f}/annotations", number, fileId).param("page", "1").param("pin.x", "400")
                        .param("pin.y", "900").param("pageHeight", "1035").param("note", "申请人冒充批注")
                        .with(authentication(citizen)).with(csrf()))
                .andExpect(flash().attribute("errors", Map.of("global", "您没有权限进行此操作。")));
        assertThat(jdbc.sql("select count(*) from material_annotation").query(Long.class).single()).isEqualTo(notes);
        mvc.perform(post("/cases/{n}/files/{f}/annotations", number, fileId).param("page", "1").param("pin.x", "400")
                        .param("pin.y", "900").param("pageHeight", "1035").param("note", "签字处空白，请签字")
                        .param("forCorrection", "true").with(authentication(clerk)).with(csrf()))
                .andExpect(flash().attribute("notice", "material.annotated"));
        mvc.perform(get(viewerPath).with(authentication(citizen))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(containsString("签字处空白，请签字"))));
        mvc.perform(get(viewerPath).with(authentication(stranger))).andExpect(status().isNotFound());

        // A correction request without items stays, with the field's message; with items it goes through.
        mvc.perform(post("/workspace/cases/{n}/actions", number).param("action", "request-correction").param("missing", "  ")
                        .with(authentication(clerk)).with(csrf()))
                .andExpect(flash().attributeExists("errors"));
        mvc.perform(post("/workspace/cases/{n}/actions", number).param("action", "request-correction")
                        .param("missing", "营业执照复印件不清晰\n缺少法定代表人签字").with(authentication(clerk)).with(csrf()))
                .andExpect(flash().attribute("notice", "case.notice.CORRECTION_REQUESTED"));
        mvc.perform(get(viewerPath).with(authentication(citizen)))
                .andExpect(content().string(containsString("签字处空白，请签字")))
                .andExpect(content().string(containsString("cx=\"400\" cy=\"900\"")));
        mvc.perform(get(location).with(authentication(citizen)))
                .andExpect(content().string(containsString("缺少法定代表人签字")))
                .andExpect(content().string(containsString("提交补正")));
        mvc.perform(multipart("/me/cases/{n}/correction", number)
                        .file(new MockMultipartFile("files", "补正.pdf", "application/pdf", CaseFixtures.pdf()))
                        .param("note", "已补签字").with(authentication(citizen)).with(csrf()))
                .andExpect(flash().attribute("notice", "case.notice.SUBMITTED"));
        mvc.perform(get("/workspace/cases/{n}", number).with(authentication(clerk)))
                .andExpect(content().string(containsString("已补签字")))
                .andExpect(content().string(containsString("补正.pdf")));
    }

    /** The words of the one traffic light on the applicant's list of cases. */
    private String lightOnMyCases(Authentication citizen) throws Exception {
        String page = mvc.perform(get("/me/cases").with(authentication(citizen))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return Jsoup.parse(page).select(".tb-light").text();
    }

    @Test
    void theTrafficLightSaysEachThingOnceAndNeverContradictsItself() throws Exception {
        var identity = IdentityFixtures.from(context);
        var cases = CaseFixtures.of(mvc, context);
        Authentication citizen = identity.signedIn(identity.person("李灯", newIdNumber(), newMobile()).username());
        // Friday 2026-12-04: five working days to accept it, so the deadline is Friday 12-11.
        clock.setTo(LocalDate.of(2026, 12, 4), LocalTime.of(9, 0));
        cases.apply(cases.listing(true, "PROMISED"), citizen);
        assertThat(lightOnMyCases(citizen)).isEqualTo("正常 剩余 5 个工作日");
        clock.setTo(LocalDate.of(2026, 12, 9), LocalTime.of(9, 0));
        assertThat(lightOnMyCases(citizen)).isEqualTo("临近期限 剩余 2 个工作日");
        clock.setTo(LocalDate.of(2026, 12, 11), LocalTime.of(9, 0));
        assertThat(lightOnMyCases(citizen)).isEqualTo("临近期限 今日到期");
        // Saturday after the deadline: overdue, by no working day yet.
        clock.setTo(LocalDate.of(2026, 12, 12), LocalTime.of(9, 0));
        assertThat(lightOnMyCases(citizen)).isEqualTo("已超期");
        clock.setTo(LocalDate.of(2026, 12, 16), LocalTime.of(9, 0));
        assertThat(lightOnMyCases(citizen)).isEqualTo("已超期 3 个工作日");
    }

    @Test
    void longListsPageWithTheirFiltersKept() throws Exception {
        var identity = IdentityFixtures.from(context);
        var cases = CaseFixtures.of(mvc, context);
        ItemDetail item = cases.listing(false, "PROMISED");
        Authentication citizen = identity.signedIn(identity.person("吴页", newIdNumber(), newMobile()).username());
        for (int i = 0; i < 21; i++) {
            cases.apply(item, citizen);
        }
        var first = Jsoup.parse(mvc.perform(get("/me/cases").with(authentication(citizen)))
                .andReturn().getResponse().getContentAsString());
        assertThat(first.select(".tb-case-list > li")).hasSize(20);
        assertThat(first.select(".tb-pager").text()).contains("共 21 件，第 1 / 2 页", "上一页", "下一页");
        assertThat(first.select(".tb-pager a[aria-current=page]").text()).isEqualTo("1");
        String next = first.select(".tb-pager a:contains(下一页)").attr("href");
        assertThat(next).isEqualTo("/me/cases?page=1");
        var second = Jsoup.parse(mvc.perform(get(next).with(authentication(citizen)))
                .andReturn().getResponse().getContentAsString());
        assertThat(second.select(".tb-case-list > li")).hasSize(1);
        assertThat(second.select(".tb-pager a:contains(下一页)").attr("href")).isEmpty();

        // The staff inbox keeps its filters from page to page.
        Authentication clerk = identity.signedIn(identity.staff(item.department().name(), CaseworkRole.WINDOW_CLERK));
        var inbox = Jsoup.parse(mvc.perform(get("/workspace/cases?status=SUBMITTED").with(authentication(clerk)))
                .andReturn().getResponse().getContentAsString());
        assertThat(inbox.select(".tb-inbox tbody tr")).hasSize(20);
        assertThat(inbox.select(".tb-pager a:contains(下一页)").attr("href"))
                .isEqualTo("/workspace/cases?status=SUBMITTED&page=1");
        assertThat(inbox.select(".tb-inbox td[data-label]")).isNotEmpty();
    }

    @Test
    void anEmptySpecialProcedureSaysWhatIsMissingNextToEachField() throws Exception {
        var identity = IdentityFixtures.from(context);
        var cases = CaseFixtures.of(mvc, context);
        ItemDetail item = cases.listing(true, "PROMISED");
        Authentication citizen = identity.signedIn(identity.person("周程", newIdNumber(), newMobile()).username());
        Authentication clerk = identity.signedIn(identity.staff(item.department().name(), CaseworkRole.WINDOW_CLERK));
        Authentication approver = identity.signedIn(identity.staff(item.department().name(), CaseworkRole.APPROVER));
        String number = cases.apply(item, citizen);
        cases.act(clerk, number, Map.of("action", "accept")).andExpect(status().isOk());
        var failed = mvc.perform(post("/workspace/cases/{n}/actions", number).with(authentication(approver)).with(csrf())
                        .param("action", "start-special-procedure").param("procedure", "INSPECTION")
                        .param("plannedDays", "").param("opinion", ""))
                .andExpect(status().is3xxRedirection()).andReturn();
        String page = mvc.perform(get("/workspace/cases/{n}", number).with(authentication(approver))
                        .flashAttrs(failed.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var form = Jsoup.parse(page).select("form:has(input[name=action][value=start-special-procedure])").first();
        assertThat(form).isNotNull();
        assertThat(form.select(".is-invalid")).hasSize(2);
        // Each field marked invalid has its message, shown, and tied to the field for screen readers.
        for (var field : form.select(".is-invalid")) {
            var message = form.getElementById(field.attr("aria-describedby"));
            assertThat(message).as(field.attr("name")).isNotNull();
            assertThat(message.text()).isNotBlank();
        }
        assertThat(form.text()).contains("此项为必填项", "特别程序的计划天数应在 1 到 365 天之间");
    }

    @Test
    void aWindowClerkEntersAWalkInWithTheMaterialsChecklist() throws Exception {
        var identity = IdentityFixtures.from(context);
        ItemDetail item = CaseFixtures.of(mvc, context).listing(true, "IMMEDIATE");
        Authentication clerk = identity.signedIn(identity.staff(item.department().name(), CaseworkRole.WINDOW_CLERK));
        mvc.perform(get("/workspace/window").with(authentication(clerk))).andExpect(status().isOk());
        mvc.perform(get("/apply/{c}", item.code()).with(authentication(clerk)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/workspace/window/{c}", item.code()).with(authentication(clerk))).andExpect(status().isOk())
                .andExpect(content().string(containsString("材料核验清单")));
        var request = multipart("/workspace/window/{c}", item.code()).param("submissionKey", CaseFixtures.newKey())
                .param("applicantKind", "PERSON").param("applicantName", "吴十").param("applicantNumber", newIdNumber())
                .param("applicantMobile", newMobile()).with(authentication(clerk)).with(csrf());
        for (int i = 0; i < item.materials().size(); i++) {
            request.param("paper_" + i, "1");
        }
        String location = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/workspace/cases/");
        mvc.perform(get(location).with(authentication(clerk))).andExpect(content().string(containsString("窗口受理")))
                .andExpect(content().string(containsString("纸质材料")));
        String number = location.substring("/workspace/cases/".length());

        // 批量办理 from the inbox: the case is accepted, an unknown number is reported, nothing else changes.
        mvc.perform(post("/workspace/cases/bulk").param("action", "accept").param("cases", number, "NO-SUCH-CASE")
                        .with(authentication(clerk)).with(csrf()))
                .andExpect(flash().attribute("bulkDone", 1))
                .andExpect(flash().attribute("bulkFailures", Map.of("NO-SUCH-CASE", "未找到该办件，或您无权查看。")));
        mvc.perform(post("/workspace/cases/bulk").param("action", "withdraw").param("cases", number)
                        .with(authentication(clerk)).with(csrf()))
                .andExpect(flash().attributeExists("errors"));
        mvc.perform(post("/workspace/cases/bulk").param("action", "accept").with(authentication(clerk)).with(csrf()))
                .andExpect(flash().attribute("errors", Map.of("global", "填写的信息有误，请按提示修改。")));
        // A common opinion (常用意见) stands in for one not written out.
        mvc.perform(post("/workspace/cases/{n}/actions", number).param("action", "approve")
                        .param("opinionTemplate", "申请材料齐全，符合法定条件，同意。").with(authentication(clerk)).with(csrf()))
                .andExpect(flash().attribute("notice", "case.notice.APPROVED"));
        mvc.perform(get(location).with(authentication(clerk)))
                .andExpect(content().string(containsString("申请材料齐全，符合法定条件，同意。")));
    }
}
