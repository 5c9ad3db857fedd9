package org.tongban.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
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
import org.tongban.IntegrationTest;
import org.tongban.casework.CaseFixtures;
import org.tongban.casework.CaseworkRole;
import org.tongban.identity.AccountRole;
import org.tongban.identity.IdentityFixtures;

/**
 * An item opened by a supervisor, from the unit's report with evidence to verification and the supervisor's
 * 回头看; urging and escalation on working days; every illegal step and bad input refused with a Chinese
 * message and nothing changed; each unit sees only its own items.
 */
class SupervisionLifecycleTest extends IntegrationTest {

    static final String CIVIL_AFFAIRS = "临沂市兰山区民政局";
    static final String CIVIL_AFFAIRS_CODE = "11371302005735858D";
    static final String HEALTH = "临沂市兰山区卫生健康局";
    static final String HEALTH_CODE = "11371302MB22248685";
    /** A department of 临沂市, above 兰山区: outside a 兰山区 supervisor's region. */
    static final String CITY_CIVIL_AFFAIRS_CODE = "11371300006022710L";

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SupervisionDeadlines deadlines;

    private IdentityFixtures identity;
    private Authentication supervisor;
    private Authentication leader;
    private String deputyName;
    private Authentication deputy;
    private Authentication stranger;

    @BeforeEach
    void people() {
        identity = IdentityFixtures.from(context);
        supervisor = identity.signedIn(identity.staff(CaseFixtures.LANSHAN, AccountRole.SUPERVISOR));
        leader = identity.signedIn(identity.staff(CIVIL_AFFAIRS, AccountRole.DEPARTMENT_LEADER));
        // The person named responsible: a deputy leader of the unit.
        deputyName = identity.staff(CIVIL_AFFAIRS, AccountRole.DEPARTMENT_LEADER);
        deputy = identity.signedIn(deputyName);
        stranger = identity.signedIn(identity.staff(HEALTH, AccountRole.DEPARTMENT_LEADER));
    }

    ResultActions open(Authentication who, String body) throws Exception {
        return mvc.perform(post("/api/v1/supervision/items").with(authentication(who)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    String openItem(String departmentCode, String person, String deadline) throws Exception {
        String body = open(supervisor, """
                {"title":"低保审核积压整改","requiredResult":"一周内清理积压的低保申请并报送清单",
                 "departmentCode":"%s","responsiblePerson":"%s","deadline":"%s"}""".formatted(departmentCode, person,
                deadline)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.itemNumber");
    }

    ResultActions act(Authentication who, String number, String body) throws Exception {
        return mvc.perform(post("/api/v1/supervision/items/{n}/actions", number).with(authentication(who))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    String item(Authentication who, String number) throws Exception {
        return mvc.perform(get("/api/v1/supervision/items/{n}", number).with(authentication(who)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    String statusOf(String number) throws Exception {
        return JsonPath.read(item(supervisor, number), "$.status");
    }

    long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    @Test
    void aManualItemIsReportedWithEvidenceVerifiedAndRecheckedByASupervisor() throws Exception {
        clock.setTo(LocalDate.of(2026, 3, 2), LocalTime.of(9, 0));
        String number = openItem(CIVIL_AFFAIRS_CODE, deputyName, "2026-03-06");
        assertThat(number).startsWith("DB20260302").hasSize(14);
        String opened = item(leader, number);
        assertThat((String) JsonPath.read(opened, "$.status")).isEqualTo("OPEN");
        assertThat((List<String>) JsonPath.read(opened, "$.actions")).containsExactly("report");
        assertThat((List<String>) JsonPath.read(item(supervisor, number), "$.actions")).containsExactly("urge");

        // Verify before any report, a stranger department reporting: refused, nothing changed.
        act(supervisor, number, "{\"action\":\"verify\"}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("SUPERVISION_ACTION_NOT_ALLOWED"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("办理中")));
        act(stranger, number, "{\"action\":\"report\",\"note\":\"已办结\"}").andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("SUPERVISION_ITEM_NOT_FOUND"));
        act(supervisor, number, "{\"action\":\"report\",\"note\":\"已办结\"}").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("SUPERVISION_NOT_RESPONSIBLE"));
        act(leader, number, "{\"action\":\"approve\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("action"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("不支持")));
        // An executable as evidence is refused like any material.
        mvc.perform(multipart("/api/v1/supervision/items/{n}/actions", number)
                        .file(new MockMultipartFile("file", "整改报告.pdf", "application/pdf",
                                new byte[] {'M', 'Z', 0, 0, 1, 2, 3, 4}))
                        .param("action", "report").param("note", "已清理积压").with(authentication(deputy)).with(csrf()))
                .andExpect(status().isUnsupportedMediaType()).andExpect(jsonPath("$.code").value("FILE_EXECUTABLE"))
                .andExpect(jsonPath("$.detail").value(Matchers.matchesPattern(".*[\\p{IsHan}].*")));
        assertThat(statusOf(number)).isEqualTo("OPEN");
        assertThat(count("select count(*) from supervision_step s join supervision_item i on i.id = s.item_id "
                + "where i.item_number = ?", number)).isEqualTo(1);

        // The deputy reports with a PDF; the supervisor sends it back, then verifies the second report.
        byte[] pdf = CaseFixtures.pdf();
        String reported = mvc.perform(multipart("/api/v1/supervision/items/{n}/actions", number)
                        .file(new MockMultipartFile("file", "整改报告.pdf", "application/pdf", pdf))
                        .param("action", "report").param("note", "已清理积压").with(authentication(deputy)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(reported, "$.status")).isEqualTo("REPORTED");
        Integer step = ((List<Integer>) JsonPath.read(reported, "$.steps[?(@.action == 'REPORT')].id")).get(0);
        assertThat((List<String>) JsonPath.read(reported, "$.steps[*].evidenceName")).contains("整改报告.pdf");
        mvc.perform(get("/api/v1/supervision/items/{n}/steps/{s}/evidence", number, step).with(authentication(supervisor)))
                .andExpect(status().isOk()).andExpect(content().bytes(pdf));
        act(supervisor, number, "{\"action\":\"reject\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_INPUT"))
                .andExpect(jsonPath("$.errors[0].field").value("note"))
                .andExpect(jsonPath("$.errors[0].message").value("此项为必填项。"));
        assertThat(statusOf(number)).isEqualTo("REPORTED");
        act(supervisor, number, "{\"action\":\"reject\",\"note\":\"清单不完整\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("OPEN"));
        assertThat(count("select count(*) from user_message where username = ? and link = ?", deputyName,
                "/workspace/supervision/items/" + number)).isEqualTo(1);
        act(leader, number, "{\"action\":\"report\",\"note\":\"已补齐清单\"}").andExpect(status().isOk());
        clock.setTo(LocalDate.of(2026, 3, 5), LocalTime.of(9, 0));
        act(supervisor, number, "{\"action\":\"verify\",\"note\":\"核实无误\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.recheckOn").value("2026-04-04"));

        // Closed: no more reports; its re-check only when due, and then by a supervisor saying whether it is back.
        act(leader, number, "{\"action\":\"report\",\"note\":\"补充\"}").andExpect(status().isConflict());
        act(supervisor, number, "{\"action\":\"recheck\",\"note\":\"已回访\",\"problemBack\":false}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("SUPERVISION_RECHECK_NOT_DUE"));
        clock.setTo(LocalDate.of(2026, 4, 4), LocalTime.of(9, 0));
        act(supervisor, number, "{\"action\":\"recheck\",\"note\":\"已回访\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("problemBack"));
        String rechecked = act(supervisor, number, "{\"action\":\"recheck\",\"note\":\"群众反映积压已清理\",\"problemBack\":false}")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(rechecked, "$.status")).isEqualTo("CLOSED");
        assertThat((Object) JsonPath.read(rechecked, "$.recheckOn")).isNull();
        assertThat((List<String>) JsonPath.read(rechecked, "$.steps[*].action")).containsExactly("OPEN", "REPORT",
                "REJECT", "REPORT", "VERIFY", "RECHECK");
        act(supervisor, number, "{\"action\":\"recheck\",\"note\":\"再查\",\"problemBack\":true}")
                .andExpect(status().isConflict());
    }

    @Test
    void anItemIsUrgedOnceThenEscalatedByWorkingDaysOverdueAndARedCardIsReportedUp() throws Exception {
        // Monday 2026-03-02; the deadline is Friday 03-06, and the weekend after it counts no working day.
        clock.setTo(LocalDate.of(2026, 3, 2), LocalTime.of(9, 0));
        String number = openItem(CIVIL_AFFAIRS_CODE, deputyName, "2026-03-06");
        String link = "/workspace/supervision/items/" + number;
        deadlines.followDeadlines();
        assertThat(JsonPath.<Boolean>read(item(supervisor, number), "$.urged")).isFalse();

        clock.setTo(LocalDate.of(2026, 3, 5), LocalTime.of(9, 0));
        deadlines.followDeadlines();
        deadlines.followDeadlines();
        assertThat(JsonPath.<Boolean>read(item(supervisor, number), "$.urged")).isTrue();
        assertThat(count("select count(*) from user_message where username = ? and link = ?", deputyName, link))
                .isEqualTo(1);
        assertThat(count("select count(*) from staff_notice where role = 'DEPARTMENT_LEADER' and link = ? "
                + "and department_code = ?", link, CIVIL_AFFAIRS_CODE)).isEqualTo(1);

        for (LocalDate weekend : List.of(LocalDate.of(2026, 3, 7), LocalDate.of(2026, 3, 8))) {
            clock.setTo(weekend, LocalTime.of(9, 0));
            deadlines.followDeadlines();
            assertThat((String) JsonPath.read(item(supervisor, number), "$.level")).isEqualTo("NONE");
        }
        clock.setTo(LocalDate.of(2026, 3, 9), LocalTime.of(9, 0));
        deadlines.followDeadlines();
        assertThat((String) JsonPath.read(item(supervisor, number), "$.level")).isEqualTo("REMINDER");
        clock.setTo(LocalDate.of(2026, 3, 10), LocalTime.of(9, 0));
        deadlines.followDeadlines();
        assertThat((String) JsonPath.read(item(supervisor, number), "$.level")).isEqualTo("REMINDER");
        clock.setTo(LocalDate.of(2026, 3, 11), LocalTime.of(9, 0));
        deadlines.followDeadlines();
        assertThat((String) JsonPath.read(item(supervisor, number), "$.level")).isEqualTo("YELLOW");
        assertThat(count("select count(*) from supervision_item where item_number = ? and reported_to_region", number))
                .isZero();

        clock.setTo(LocalDate.of(2026, 3, 13), LocalTime.of(9, 0));
        deadlines.followDeadlines();
        deadlines.followDeadlines();
        String red = item(supervisor, number);
        assertThat((String) JsonPath.read(red, "$.level")).isEqualTo("RED");
        assertThat(JsonPath.<Boolean>read(red, "$.reportedToRegion")).isTrue();
        assertThat((Integer) JsonPath.read(red, "$.overdueDays")).isEqualTo(5);
        assertThat((List<String>) JsonPath.read(red, "$.steps[*].action")).containsExactly("OPEN", "URGE", "ESCALATE",
                "ESCALATE", "ESCALATE", "REPORT_UP");
        assertThat((List<String>) JsonPath.read(red, "$.steps[?(@.action == 'ESCALATE')].level"))
                .containsExactly("REMINDER", "YELLOW", "RED");
        // One message a level to the unit and the person; the red card also to the supervisors of 临沂市.
        assertThat(count("select count(*) from user_message where username = ? and link = ?", deputyName, link))
                .isEqualTo(4);
        long above = count("select count(*) from staff_notice where role = 'SUPERVISOR' and region_code = '371300' "
                + "and link = ?", link);
        assertThat(above).isEqualTo(count("select count(*) from department where region_code = '371300'"))
                .isPositive();
        assertThat(count("select count(*) from staff_notice where role = 'SUPERVISOR' and department_code = ? "
                + "and link = ?", CITY_CIVIL_AFFAIRS_CODE, link)).isEqualTo(1);

        // The board counts it as red.
        String board = mvc.perform(get("/workspace/supervision").param("level", "RED").with(authentication(supervisor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(board).contains(number, "红牌", "好评率", "主动评价数");
        // In the elder mode too.
        mvc.perform(get("/workspace/supervision").cookie(new Cookie("tb_elder", "1")).with(authentication(supervisor)))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("class=\"elder\"")))
                .andExpect(content().string(Matchers.containsString(number)));
    }

    @Test
    void openingAnItemNeedsEveryFieldRightAndASupervisorOfTheRegion() throws Exception {
        clock.setTo(LocalDate.of(2026, 3, 2), LocalTime.of(9, 0));
        long before = count("select count(*) from supervision_item");
        open(supervisor, "{}").andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("INVALID_INPUT"))
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("title", "requiredResult",
                        "departmentCode", "responsiblePerson", "deadline")))
                .andExpect(jsonPath("$.errors[0].message").value("此项为必填项。"));
        open(supervisor, """
                {"title":"整改","requiredResult":"整改","departmentCode":"91370000MA00000001",
                 "responsiblePerson":"nobody","deadline":"2026-13-01"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'departmentCode')].code").value("SUPERVISION_DEPARTMENT_UNKNOWN"))
                .andExpect(jsonPath("$.errors[?(@.field == 'deadline')].code").value("SUPERVISION_DATE_INVALID"))
                .andExpect(jsonPath("$.errors[?(@.field == 'deadline')].message").value("请填写正确的日期，如 2026-01-31。"));
        open(supervisor, """
                {"title":"整改","requiredResult":"整改","departmentCode":"%s","responsiblePerson":"%s",
                 "deadline":"2026-02-27"}""".formatted(CITY_CIVIL_AFFAIRS_CODE, deputyName))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'departmentCode')].code")
                        .value("SUPERVISION_DEPARTMENT_OUT_OF_SCOPE"))
                .andExpect(jsonPath("$.errors[?(@.field == 'deadline')].code").value("SUPERVISION_DEADLINE_PAST"));
        // The person must work in the responsible unit.
        open(supervisor, """
                {"title":"整改","requiredResult":"整改","departmentCode":"%s","responsiblePerson":"%s",
                 "deadline":"2026-03-06"}""".formatted(HEALTH_CODE, deputyName))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("responsiblePerson"))
                .andExpect(jsonPath("$.errors[0].message").value("责任人须为责任单位的工作人员账号。"));
        open(supervisor, """
                {"title":"%s","requiredResult":"整改","departmentCode":"%s","responsiblePerson":"%s",
                 "deadline":"2026-03-06"}""".formatted("长".repeat(201), CIVIL_AFFAIRS_CODE, deputyName))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("FIELD_TOO_LONG"));
        // A leader opens nothing.
        open(leader, """
                {"title":"整改","requiredResult":"整改","departmentCode":"%s","responsiblePerson":"%s",
                 "deadline":"2026-03-06"}""".formatted(CIVIL_AFFAIRS_CODE, deputyName))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("SUPERVISION_SUPERVISOR_ONLY"));
        assertThat(count("select count(*) from supervision_item")).isEqualTo(before);

        // The page form shows the same messages next to the fields.
        String page = mvc.perform(post("/workspace/supervision/items").param("title", "").param("deadline", "明天")
                        .with(authentication(supervisor)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("此项为必填项。", "请填写正确的日期");
        assertThat(count("select count(*) from supervision_item")).isEqualTo(before);
    }

    @Test
    void eachUnitSeesOnlyItsOwnItemsAndSupervisorsTheirRegion() throws Exception {
        clock.setTo(LocalDate.of(2026, 3, 2), LocalTime.of(9, 0));
        String mine = openItem(CIVIL_AFFAIRS_CODE, deputyName, "2026-03-06");
        String healthPerson = identity.staff(HEALTH, AccountRole.DEPARTMENT_LEADER);
        String theirs = openItem(HEALTH_CODE, healthPerson, "2026-03-06");

        String own = mvc.perform(get("/api/v1/supervision/items").with(authentication(leader)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((List<String>) JsonPath.read(own, "$.rows[*].itemNumber")).contains(mine).doesNotContain(theirs);
        assertThat((List<String>) JsonPath.read(own, "$.rows[*].departmentCode")).containsOnly(CIVIL_AFFAIRS_CODE);
        mvc.perform(get("/api/v1/supervision/items/{n}", theirs).with(authentication(leader)))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.detail").value("未找到该督办事项，或您无权查看。"));
        String all = mvc.perform(get("/api/v1/supervision/items").param("status", "OPEN").with(authentication(supervisor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((List<String>) JsonPath.read(all, "$.rows[*].itemNumber")).contains(mine, theirs);
        mvc.perform(get("/api/v1/supervision/items").param("level", "PURPLE").with(authentication(supervisor)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("level"));
        // A supervisor of another region, a citizen and a window clerk see nothing of it.
        Authentication elsewhere = identity.signedIn(identity.staff("枣庄市行政审批服务局", AccountRole.SUPERVISOR));
        mvc.perform(get("/api/v1/supervision/items/{n}", mine).with(authentication(elsewhere)))
                .andExpect(status().isNotFound());
        var citizen = identity.signedIn(identity.person("王五", newIdNumber(), newMobile()).username());
        mvc.perform(get("/api/v1/supervision/items").with(authentication(citizen))).andExpect(status().isForbidden());
        var clerk = identity.signedIn(identity.staff(CIVIL_AFFAIRS, CaseworkRole.WINDOW_CLERK));
        mvc.perform(get("/workspace/supervision").with(authentication(clerk))).andExpect(status().isForbidden());

        // The unit's own board: its items with their lights, and a consultation only a supervisor records.
        String board = mvc.perform(get("/workspace/supervision").with(authentication(deputy)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(board).contains(mine, "本单位的督办事项").doesNotContain(theirs);
        String consultation = """
                {"heldOn":"2026-03-02","departmentCodes":["%s","%s"],"conclusion":"两单位联合清理积压"}"""
                .formatted(CIVIL_AFFAIRS_CODE, HEALTH_CODE);
        mvc.perform(post("/api/v1/supervision/items/{n}/consultations", mine).with(authentication(leader)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(consultation)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/supervision/items/{n}/consultations", mine).with(authentication(supervisor))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"heldOn\":\"2026-03-09\",\"departmentCodes\":[\"%s\"],\"conclusion\":\"\"}"
                                .formatted(CIVIL_AFFAIRS_CODE)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].code").value(Matchers.containsInAnyOrder("SUPERVISION_HELD_IN_FUTURE",
                        "SUPERVISION_UNITS_TOO_FEW", "FIELD_REQUIRED")));
        mvc.perform(post("/api/v1/supervision/items/{n}/consultations", mine).with(authentication(supervisor))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(consultation))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.consultations[0].departmentNames").value(Matchers.contains(CIVIL_AFFAIRS, HEALTH)));
        String page = mvc.perform(get("/workspace/supervision/items/{n}", mine).with(authentication(leader)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("两单位联合清理积压", "报送进展");

        // The pages' forms: the unit reports on the item page; the supervisor's board filters by unit.
        mvc.perform(post("/workspace/supervision/items/{n}/actions", mine).param("action", "report")
                        .param("note", "已清理积压").with(authentication(leader)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/workspace/supervision/items/" + mine));
        assertThat(statusOf(mine)).isEqualTo("REPORTED");
        String byUnit = mvc.perform(get("/workspace/supervision").param("department", HEALTH_CODE)
                        .with(authentication(supervisor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(byUnit).contains(theirs).doesNotContain(mine);
        mvc.perform(get("/workspace/supervision/new").with(authentication(supervisor))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(CIVIL_AFFAIRS)));
    }
}
