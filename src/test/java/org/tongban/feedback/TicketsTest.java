package org.tongban.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.tongban.IntegrationTest;
import org.tongban.casework.CaseFixtures;
import org.tongban.identity.AccountRole;
import org.tongban.identity.IdentityFixtures;
import org.tongban.shared.TimeConfiguration;

/**
 * 12345 tickets and complaints: the whole lifecycle with 会办, 退单 and re-dispatch, extension by a supervisor,
 * 回访 sending an unsatisfied ticket back for 重办; time limits by kind on working days and urgent hours; lateness
 * once; data scope by department; duplicates and repeats; bad input refused in Chinese with nothing stored.
 */
@RecordApplicationEvents
class TicketsTest extends IntegrationTest {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 12, 4);

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FeedbackJobs jobs;
    @Autowired
    ApplicationEvents events;

    private FeedbackFixtures feedback;
    private IdentityFixtures identity;
    private Authentication agent;
    private Authentication lead;
    private Authentication assist;
    private Authentication outsider;
    private Authentication supervisor;
    private String leadCode;
    private String assistCode;

    @BeforeEach
    void people() {
        feedback = new FeedbackFixtures(mvc, context);
        identity = IdentityFixtures.from(context);
        agent = identity.signedIn(identity.staff(CaseFixtures.LANSHAN, FeedbackRole.HOTLINE_AGENT));
        supervisor = identity.signedIn(identity.staff(CaseFixtures.LANSHAN, AccountRole.SUPERVISOR));
        List<Map<String, Object>> departments = jdbc.sql("select name, credit_code from department "
                + "where region_code = '371302' order by credit_code").query().listOfRows();
        leadCode = CaseFixtures.LANSHAN_CODE;
        Map<String, Object> other = departments.stream().filter(d -> !d.get("CREDIT_CODE").equals(leadCode)).toList().get(0);
        Map<String, Object> third = departments.stream().filter(d -> !d.get("CREDIT_CODE").equals(leadCode)).toList().get(1);
        assistCode = (String) other.get("CREDIT_CODE");
        lead = identity.signedIn(identity.staff(CaseFixtures.LANSHAN, FeedbackRole.FEEDBACK_HANDLER));
        assist = identity.signedIn(identity.staff((String) other.get("NAME"), FeedbackRole.FEEDBACK_HANDLER));
        outsider = identity.signedIn(identity.staff((String) third.get("NAME"), FeedbackRole.FEEDBACK_HANDLER));
    }

    private String call(String kind, String content, String mobile, boolean urgent) throws Exception {
        String created = feedback.hotline(agent, Map.of("kind", kind, "category", "EFFICIENCY", "content", content,
                        "name", "刘先生", "mobile", mobile, "urgent", urgent, "regionCode", "371302"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(created, "$.ticketNumber");
    }

    private static Map<String, Object> action(String action, Object... pairs) {
        Map<String, Object> body = new HashMap<>();
        body.put("action", action);
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }

    private String statusOf(String ticket) {
        return jdbc.sql("select status from ticket where ticket_number = ?").param(ticket).query(String.class).single();
    }

    @Test
    void aCallIsDispatchedToTwoDepartmentsOneReturnsItTheOtherRepliesAndAnUnsatisfiedCallBackReopensIt() throws Exception {
        String ticket = call("COMPLAINT", "在兰山区政务服务中心办理营业执照变更，窗口要求的材料和网上公布的不一致，跑了三次。", newMobile(), false);
        feedback.ticketAction(lead, ticket, action("sign")).andExpect(status().isNotFound());
        feedback.ticketAction(agent, ticket, action("reply", "note", "x")).andExpect(status().isForbidden());
        feedback.ticketAction(agent, ticket, action("dispatch", "departments", List.of("91000000000000000X")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].message").value("派单部门不存在或不属于工单所在地区"));
        feedback.ticketAction(agent, ticket, action("dispatch", "departments", List.of(leadCode, assistCode), "note", "会办"))
                .andExpect(jsonPath("$.status").value("DISPATCHED"))
                .andExpect(jsonPath("$.assignments[0].lead").value(true));
        feedback.ticketAction(outsider, ticket, action("sign")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/tickets/{n}", ticket).with(authentication(outsider))).andExpect(status().isNotFound());

        feedback.ticketAction(lead, ticket, action("sign")).andExpect(jsonPath("$.status").value("IN_PROGRESS"));
        mvc.perform(get("/api/v1/tickets/{n}", ticket).with(authentication(lead)))
                .andExpect(jsonPath("$.requesterMobile").value(containsString("****")));
        String whole = JsonPath.read(mvc.perform(get("/api/v1/tickets/{n}", ticket).with(authentication(agent)))
                .andReturn().getResponse().getContentAsString(), "$.requesterMobile");
        assertThat(whole).matches("\\d{11}");
        feedback.ticketAction(assist, ticket, action("return")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("note"));
        feedback.ticketAction(assist, ticket, action("return", "note", "不属于本部门职责"))
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"));
        feedback.ticketAction(assist, ticket, action("reply", "note", "x")).andExpect(status().isForbidden());
        feedback.ticketAction(lead, ticket, action("close")).andExpect(status().isForbidden());
        feedback.ticketAction(lead, ticket, action("reply", "note", "已统一网上和窗口的材料清单，并向诉求人致歉。"))
                .andExpect(jsonPath("$.status").value("REPLIED"));
        feedback.ticketAction(agent, ticket, action("follow-up", "satisfied", true)).andExpect(status().isConflict());
        feedback.ticketAction(agent, ticket, action("close")).andExpect(jsonPath("$.status").value("CLOSED"));
        feedback.ticketAction(agent, ticket, action("follow-up", "satisfied", false, "note", "诉求人表示材料问题仍未解决"))
                .andExpect(jsonPath("$.status").value("IN_PROGRESS")).andExpect(jsonPath("$.reopened").value(1));
        feedback.ticketAction(lead, ticket, action("reply", "note", "已重新核对，补充说明并电话告知。"))
                .andExpect(jsonPath("$.status").value("REPLIED"));
        feedback.ticketAction(agent, ticket, action("close")).andExpect(status().isOk());
        String archived = feedback.ticketAction(agent, ticket, action("follow-up", "satisfied", true, "note", "满意"))
                .andExpect(jsonPath("$.status").value("ARCHIVED")).andReturn().getResponse().getContentAsString();
        assertThat((List<String>) JsonPath.read(archived, "$.history[*].action")).containsExactly("RECEIVE", "DISPATCH",
                "SIGN", "RETURN", "REPLY", "CLOSE", "FOLLOW_UP", "REOPEN", "REPLY", "CLOSE", "FOLLOW_UP");
        assertThat(JsonPath.read(archived, "$.satisfied").equals(true)).isTrue();
        List<String> mine = JsonPath.read(mvc.perform(get("/api/v1/tickets").with(authentication(assist)))
                .andReturn().getResponse().getContentAsString(), "$.rows[*].ticketNumber");
        assertThat(mine).contains(ticket);
        List<String> outsiders = JsonPath.read(mvc.perform(get("/api/v1/tickets").with(authentication(outsider)))
                .andReturn().getResponse().getContentAsString(), "$.rows[*].ticketNumber");
        assertThat(outsiders).doesNotContain(ticket);
    }

    @Test
    void aTicketEveryDepartmentReturnsGoesBackToTheHotlineForRedispatch() throws Exception {
        String ticket = call("HELP", "小区停水两天，物业说不清原因。", newMobile(), false);
        feedback.ticketAction(agent, ticket, action("dispatch", "departments", List.of(assistCode))).andExpect(status().isOk());
        feedback.ticketAction(assist, ticket, action("return", "note", "供水不归本部门")).andExpect(jsonPath("$.status").value("RETURNED"));
        feedback.ticketAction(agent, ticket, action("dispatch", "departments", List.of(leadCode)))
                .andExpect(jsonPath("$.status").value("DISPATCHED"));
        feedback.ticketAction(assist, ticket, action("sign")).andExpect(status().isForbidden());
    }

    @Test
    void timeLimitsCountWorkingDaysByKindOrHoursWhenUrgentAndLatenessIsPublishedOnce() throws Exception {
        clock.setTo(FRIDAY, LocalTime.of(10, 0));
        String consult = call("CONSULT", "办理居住证需要哪些材料？", newMobile(), false);
        String complaint = call("COMPLAINT", "窗口工作人员态度恶劣，拒绝解释原因。", newMobile(), false);
        String urgent = call("HELP", "路口井盖丢失，有行人跌落危险。", newMobile(), true);
        assertThat(due(consult)).isEqualTo(endOf(LocalDate.of(2026, 12, 8)));
        assertThat(due(complaint)).isEqualTo(endOf(LocalDate.of(2026, 12, 25)));
        Instant noon = FRIDAY.atTime(12, 0).atZone(TimeConfiguration.ZONE).toInstant();
        assertThat(due(urgent)).isBetween(noon, noon.plusSeconds(60));

        feedback.ticketAction(agent, consult, action("dispatch", "departments", List.of(leadCode))).andExpect(status().isOk());
        feedback.ticketAction(lead, consult, action("sign")).andExpect(status().isOk());
        feedback.ticketAction(lead, consult, action("extend", "until", "2026-12-07", "note", "需调取档案"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("until"));
        feedback.ticketAction(lead, consult, action("extend", "until", "2026-12-10", "note", "需调取档案"))
                .andExpect(status().isOk());
        feedback.ticketAction(lead, consult, action("extend", "until", "2026-12-11", "note", "再延")).andExpect(status().isForbidden());
        feedback.ticketAction(supervisor, consult, action("extend", "approve", true, "note", "同意"))
                .andExpect(jsonPath("$.extensionUntil").exists());
        assertThat(jdbc.sql("select extension_until from ticket where ticket_number = ?").param(consult)
                .query(Instant.class).single()).isEqualTo(endOf(LocalDate.of(2026, 12, 10)));

        clock.setTo(LocalDate.of(2026, 12, 9), LocalTime.of(9, 0));
        jobs.markOverdue();
        jobs.markOverdue();
        assertThat(overdueEvents(urgent)).isEqualTo(1);
        assertThat(overdueEvents(consult)).as("extended").isZero();
        assertThat(overdueEvents(complaint)).isZero();
    }

    private long overdueEvents(String ticket) {
        return events.stream(TicketOverdue.class).filter(e -> e.ticketNumber().equals(ticket)).count();
    }

    private Instant due(String ticket) {
        return jdbc.sql("select due_at from ticket where ticket_number = ?").param(ticket).query(Instant.class).single();
    }

    private static Instant endOf(LocalDate day) {
        return ZonedDateTime.of(day.plusDays(1), LocalTime.MIDNIGHT, TimeConfiguration.ZONE).toInstant().minusSeconds(1);
    }

    @Test
    void aSimilarCallFromTheSameNumberIsOfferedForMergingAndARepeatedComplaintIsFlaggedAndEscalated() throws Exception {
        String mobile = newMobile();
        String first = call("COMPLAINT", "兰山区政务服务中心三楼不动产窗口排队两个小时，叫号系统经常故障。", mobile, false);
        String created = feedback.hotline(agent, Map.of("kind", "COMPLAINT", "category", "EFFICIENCY", "mobile", mobile,
                        "name", "刘先生", "content", "兰山区政务服务中心不动产窗口排队两个多小时，叫号系统又故障了。", "regionCode", "371302"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String second = JsonPath.read(created, "$.ticketNumber");
        assertThat((List<String>) JsonPath.read(created, "$.duplicates[*].ticketNumber")).containsExactly(first);
        assertThat((String) JsonPath.read(created, "$.repeatOf")).isEqualTo(first);
        String unrelated = call("COMPLAINT", "小区门口道路破损多日无人修理。", mobile, false);
        assertThat(jdbc.sql("select repeat_of from ticket where ticket_number = ?").param(unrelated).query(String.class)
                .optional()).isEmpty();

        feedback.ticketAction(agent, second, action("merge", "into", second)).andExpect(status().isBadRequest());
        feedback.ticketAction(agent, second, action("merge", "into", first)).andExpect(jsonPath("$.status").value("MERGED"))
                .andExpect(jsonPath("$.mergedInto").value(first));
        feedback.ticketAction(agent, second, action("dispatch", "departments", List.of(leadCode))).andExpect(status().isConflict());

        call("COMPLAINT", "兰山区政务服务中心三楼不动产窗口又排队两个小时，叫号系统还是故障。", mobile, false);
        assertThat(events.stream(ComplaintsRepeated.class).filter(e -> e.problemKey().equals(first)))
                .singleElement().satisfies(e -> assertThat(e.ticketNumbers()).hasSize(3).startsWith(first, second));
    }

    @Test
    void badInputIsRefusedInChineseAndNothingIsStored() throws Exception {
        long before = jdbc.sql("select count(*) from ticket").query(Long.class).single();
        feedback.complain(null, Map.of("category", "ATTITUDE", "content", "<script>alert(1)</script>窗口态度差"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].message").value("内容只能是文字，不能包含网页标记或脚本"));
        feedback.complain(null, Map.of("category", "ATTITUDE", "content", "点这里 <img src=x onerror=alert(1)>"))
                .andExpect(status().isBadRequest());
        feedback.complain(null, Map.of("category", "NOPE", "content", "窗口态度差")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("请选择诉求类别"));
        feedback.complain(null, Map.of("category", "ATTITUDE", "content", "  ")).andExpect(status().isBadRequest());
        feedback.complain(null, Map.of("category", "ATTITUDE", "content", "态度差", "mobile", "12345")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("请输入 11 位大陆手机号码"));
        feedback.hotline(agent, Map.of("kind", "COMPLAINT", "category", "ATTITUDE", "content", "态度差"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("mobile"));
        feedback.hotline(agent, Map.of("kind", "GOSSIP", "category", "ATTITUDE", "content", "态度差", "mobile", newMobile()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("kind"));
        Authentication citizen = identity.signedIn(identity.person("周杰", newIdNumber(), newMobile()).username());
        feedback.hotline(citizen, Map.of("kind", "COMPLAINT", "category", "ATTITUDE", "content", "x", "mobile", newMobile()))
                .andExpect(status().isForbidden());
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        mvc.perform(multipart("/api/v1/complaints").file(new MockMultipartFile("attachments", "photo.png", "image/png", big))
                        .param("category", "ATTITUDE").param("content", "窗口态度差").with(csrf()))
                .andExpect(status().isPayloadTooLarge()).andExpect(jsonPath("$.errors[0].message").value("附件不能超过 10 MB"));
        assertThat(jdbc.sql("select count(*) from ticket").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aComplaintIsRealNameWhenSignedInAndItsRequesterFollowsIt() throws Exception {
        Authentication citizen = identity.signedIn(identity.person("周杰", newIdNumber(), newMobile()).username());
        String created = feedback.complain(citizen, Map.of("category", "CANNOT_GET_DONE", "content",
                "想给孩子办理入学登记，网上系统一直提示材料不全，窗口说网上办。", "mobile", newMobile()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String ticket = JsonPath.read(created, "$.ticketNumber");
        mvc.perform(get("/api/v1/tickets/{n}", ticket).with(authentication(citizen))).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RECEIVED")).andExpect(jsonPath("$.history[0].actor").doesNotExist());
        String anonymous = JsonPath.read(feedback.complain(citizen, Map.of("category", "ATTITUDE", "content", "态度差",
                "anonymous", true)).andReturn().getResponse().getContentAsString(), "$.ticketNumber");
        assertThat(jdbc.sql("select requester_username from ticket where ticket_number = ?").param(anonymous)
                .query(String.class).optional()).isEmpty();
        assertThat(jdbc.sql("select t.created_by || ' ' || s.actor from ticket t join ticket_step s on s.ticket_id = t.id "
                + "where t.ticket_number = ?").param(anonymous).query(String.class).single()).isEqualTo("anonymous anonymous");
        Authentication other = identity.signedIn(identity.person("吴昊", newIdNumber(), newMobile()).username());
        mvc.perform(get("/api/v1/tickets/{n}", ticket).with(authentication(other))).andExpect(status().isNotFound());
    }
}
