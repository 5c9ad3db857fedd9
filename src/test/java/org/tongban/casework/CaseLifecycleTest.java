package org.tongban.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.tongban.IntegrationTest;
import org.tongban.catalog.ItemDetail;
import org.tongban.identity.AccountRole;
import org.tongban.identity.IdentityFixtures;

/**
 * A case from submission to delivery through the real BPMN engine: correction told once with the clock
 * stopped, acceptance, a special procedure, the approver's proposal and the leader's 签发, completion and
 * delivery; deadlines on the holiday calendar; and who may see and act.
 */
class CaseLifecycleTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    private CaseFixtures cases;
    private Authentication citizen;
    private Authentication clerk;
    private Authentication approver;
    private Authentication leader;

    @BeforeEach
    void people() {
        var identity = IdentityFixtures.from(context);
        cases = CaseFixtures.of(mvc, context);
        var person = identity.person("张三", newIdNumber(), newMobile());
        citizen = identity.signedIn(person.username());
    }

    /** The listing, with a clerk, an approver and a leader of its department. */
    private ItemDetail listing(boolean permit, String processingKind) {
        ItemDetail item = cases.listing(permit, processingKind);
        var identity = IdentityFixtures.from(context);
        String department = item.department().name();
        clerk = identity.signedIn(identity.staff(department, CaseworkRole.WINDOW_CLERK));
        approver = identity.signedIn(identity.staff(department, CaseworkRole.APPROVER));
        leader = identity.signedIn(identity.staff(department, AccountRole.DEPARTMENT_LEADER));
        return item;
    }

    private String view(Authentication who, String caseNumber) throws Exception {
        return mvc.perform(get("/api/v1/cases/{n}", caseNumber).with(authentication(who)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aPermitGoesFromSubmissionToDeliveryWithCorrectionSpecialProcedureAndSigning() throws Exception {
        ItemDetail permit = listing(true, "PROMISED");
        // Thursday 2026-02-12: the Spring Festival holiday (2-15…2-23) and the 调休 Saturday 2-14 lie ahead.
        clock.setTo(LocalDate.of(2026, 2, 12), LocalTime.of(10, 0));
        String number = cases.apply(permit, citizen);
        assertThat(number).startsWith(permit.code() + "20260212").hasSize(permit.code().length() + 12);
        String submitted = view(citizen, number);
        assertThat((String) JsonPath.read(submitted, "$.status")).isEqualTo("SUBMITTED");
        assertThat((String) JsonPath.read(submitted, "$.step")).isEqualTo("intake");
        assertThat((String) JsonPath.read(submitted, "$.holder")).isEqualTo("WINDOW_CLERK");
        // Five working days from 2-12: 2-13, 2-14 (调休), 2-24, 2-25, 2-26.
        assertThat((String) JsonPath.read(submitted, "$.intakeDeadline")).isEqualTo("2026-02-26");
        assertThat((String) JsonPath.read(submitted, "$.applicant.number")).doesNotContain("0101");

        // The clerk tells everything missing at once; the clock stops; a second request is refused.
        cases.act(clerk, number, Map.of("action", "request-correction", "missing", List.of("身份证复印件不清晰", "缺少申请表签字"),
                "opinion", "请补正后重新提交")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CORRECTION_REQUESTED"));
        assertThat((String) JsonPath.read(view(clerk, number), "$.light")).isEqualTo("PAUSED");
        cases.act(clerk, number, Map.of("action", "accept")).andExpect(status().isConflict());

        // The applicant corrects once, online, on 2-24: intake starts again from that day (2-25, 2-26, 2-27,
        // the 调休 Saturday 2-28, 3-2).
        clock.setTo(LocalDate.of(2026, 2, 24), LocalTime.of(9, 0));
        // A corrected form is checked like a submitted one: every problem named, the case unchanged.
        cases.act(citizen, number, Map.of("action", "submit-correction", "formData",
                        "{\"contactPhone\":\"12\",\"signed\":true}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder(
                        "formData.contactPhone", "formData.signed")));
        assertThat((String) JsonPath.read(view(clerk, number), "$.status")).isEqualTo("CORRECTION_REQUESTED");
        cases.act(citizen, number, Map.of("action", "submit-correction", "formData",
                        "{\"reason\":\"补正：已补签申请表\",\"correctionNote\":\"已补签\"}"))
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
        String corrected = view(clerk, number);
        assertThat((String) JsonPath.read(corrected, "$.intakeDeadline")).isEqualTo("2026-03-02");
        assertThat((String) JsonPath.read(corrected, "$.formData.reason")).isEqualTo("补正：已补签申请表");
        assertThat((String) JsonPath.read(corrected, "$.formData.correctionNote")).isEqualTo("已补签");
        // Stopped from 2-12 to 2-24: 2-13, 2-14 (调休) and 2-24 are the working days it stood still.
        assertThat((Integer) JsonPath.read(corrected, "$.clockStops[0].workingDays")).isEqualTo(3);
        cases.act(clerk, number, Map.of("action", "request-correction", "missing", List.of("再补一次")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CORRECTION_ALREADY_REQUESTED"));

        cases.act(clerk, number, Map.of("action", "accept")).andExpect(jsonPath("$.status").value("ACCEPTED"));
        String accepted = view(approver, number);
        int promised = permit.promisedLimit().value();
        LocalDate deadline = LocalDate.parse(JsonPath.read(accepted, "$.promisedDeadline"));
        assertThat(deadline).isAfter(LocalDate.of(2026, 2, 24));
        assertThat((String) JsonPath.read(accepted, "$.holder")).isEqualTo("APPROVER");
        assertThat(promised).isPositive();

        // A clerk cannot decide a promised item; the approver can start an inspection; the clock stops.
        cases.act(clerk, number, Map.of("action", "approve", "opinion", "同意")).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("ACTION_NOT_YOURS"));
        cases.act(approver, number, Map.of("action", "start-special-procedure", "procedure", "INSPECTION",
                "opinion", "需现场勘验", "plannedDays", 3)).andExpect(jsonPath("$.status").value("SUSPENDED"));
        clock.setTo(LocalDate.of(2026, 2, 27), LocalTime.of(15, 0));
        cases.act(approver, number, Map.of("action", "end-special-procedure"))
                .andExpect(jsonPath("$.status").value("UNDER_REVIEW"));
        // 2-24 → 2-27 stopped: three working days (2-25, 2-26, 2-27) move the deadline.
        String resumed = view(approver, number);
        assertThat(LocalDate.parse(JsonPath.read(resumed, "$.promisedDeadline")))
                .isEqualTo(((WorkingCalendar) context.getBean(WorkingCalendar.class)).plusWorkingDays(deadline, 3));

        // The approver proposes; the leader signs.
        cases.act(approver, number, Map.of("action", "approve", "opinion", "材料齐全，符合条件", "basis", "《测试条例》第十条"))
                .andExpect(jsonPath("$.status").value("UNDER_REVIEW"));
        assertThat((String) JsonPath.read(view(leader, number), "$.holder")).isEqualTo("DEPARTMENT_LEADER");
        cases.act(approver, number, Map.of("action", "approve", "opinion", "再批一次")).andExpect(status().isForbidden());
        cases.act(leader, number, Map.of("action", "approve", "opinion", "同意")).andExpect(jsonPath("$.status").value("APPROVED"));
        cases.act(citizen, number, Map.of("action", "withdraw")).andExpect(status().isConflict());
        cases.act(approver, number, Map.of("action", "complete")).andExpect(jsonPath("$.status").value("COMPLETED"));
        cases.act(clerk, number, Map.of("action", "deliver", "deliveryMethod", "POST"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("trackingNumber"));
        cases.act(clerk, number, Map.of("action", "deliver", "deliveryMethod", "POST", "trackingNumber", "SF1234567890"))
                .andExpect(jsonPath("$.status").value("DELIVERED"));

        String done = view(citizen, number);
        assertThat((List<String>) JsonPath.read(done, "$.timeline[*].step")).containsExactly("submit",
                "request-correction", "submit-correction", "accept", "start-special-procedure", "end-special-procedure",
                "propose-approve", "approve", "complete", "deliver");
        assertThat((String) JsonPath.read(done, "$.trackingNumber")).isEqualTo("SF1234567890");
        assertThat((String) JsonPath.read(done, "$.light")).isEqualTo("NONE");
        assertThat((List<String>) JsonPath.read(done, "$.actions")).isEmpty();
        // Every step is an audit record and sent the applicant an SMS.
        assertThat(jdbc.sql("select count(*) from event_publication where serialized_event like ?")
                .param("%" + number + "%").query(Long.class).single()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void anImmediateItemIsAcceptedAndDecidedByTheClerkOnTheSpot() throws Exception {
        ItemDetail immediate = listing(true, "IMMEDIATE");
        String number = cases.apply(immediate, citizen);
        cases.act(clerk, number, Map.of("action", "accept")).andExpect(jsonPath("$.status").value("ACCEPTED"));
        String accepted = view(clerk, number);
        assertThat((String) JsonPath.read(accepted, "$.promisedDeadline")).isEqualTo(LocalDate.now(clock).toString());
        assertThat((List<String>) JsonPath.read(accepted, "$.actions")).contains("approve", "deny");
        cases.act(clerk, number, Map.of("action", "approve", "opinion", "当场办结")).andExpect(jsonPath("$.status").value("APPROVED"));
        cases.act(clerk, number, Map.of("action", "complete")).andExpect(jsonPath("$.status").value("COMPLETED"));
        cases.act(clerk, number, Map.of("action", "deliver", "deliveryMethod", "WINDOW"))
                .andExpect(jsonPath("$.status").value("DELIVERED"));
    }

    @Test
    void theApplicantMayWithdrawBeforeTheDecisionAndTheProcessEnds() throws Exception {
        ItemDetail permit = listing(true, "PROMISED");
        String number = cases.apply(permit, citizen);
        cases.act(clerk, number, Map.of("action", "accept")).andExpect(status().isOk());
        cases.act(clerk, number, Map.of("action", "withdraw")).andExpect(status().isForbidden());
        cases.act(citizen, number, Map.of("action", "withdraw")).andExpect(jsonPath("$.status").value("WITHDRAWN"));
        String withdrawn = view(citizen, number);
        assertThat((Object) JsonPath.read(withdrawn, "$.step")).isNull();
        assertThat((List<String>) JsonPath.read(withdrawn, "$.actions")).isEmpty();
        cases.act(approver, number, Map.of("action", "approve", "opinion", "同意")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ACTION_NOT_ALLOWED"));
    }

    @Test
    void refusalAndDenialNeedReasonsAndLegalBasis() throws Exception {
        ItemDetail item = listing(false, "PROMISED");
        String refused = cases.apply(item, citizen);
        cases.act(clerk, refused, Map.of("action", "refuse")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("opinion", "basis")));
        assertThat((String) JsonPath.read(view(clerk, refused), "$.status")).isEqualTo("SUBMITTED");
        cases.act(clerk, refused, Map.of("action", "refuse", "opinion", "不属于本机关职权范围", "basis", "《行政许可法》第三十二条"))
                .andExpect(jsonPath("$.status").value("REFUSED"));

        String denied = cases.apply(item, citizen);
        cases.act(clerk, denied, Map.of("action", "accept")).andExpect(status().isOk());
        cases.act(approver, denied, Map.of("action", "deny", "opinion", "不符合条件")).andExpect(status().isBadRequest());
        cases.act(approver, denied, Map.of("action", "deny", "opinion", "不符合条件", "basis", "《测试条例》第十二条"))
                .andExpect(jsonPath("$.status").value("DENIED"));
        cases.act(approver, denied, Map.of("action", "complete")).andExpect(jsonPath("$.status").value("COMPLETED"));
    }

    @Test
    void anotherCountysClerkCanNeitherSeeNorActAndTheInboxIsScoped() throws Exception {
        var identity = IdentityFixtures.from(context);
        Authentication luozhuang = identity.signedIn(identity.staff("临沂市罗庄区行政审批服务局", CaseworkRole.WINDOW_CLERK));
        String number = cases.apply(listing(false, "PROMISED"), citizen);
        mvc.perform(get("/api/v1/cases/{n}", number).with(authentication(luozhuang))).andExpect(status().isNotFound());
        cases.act(luozhuang, number, Map.of("action", "accept")).andExpect(status().isNotFound());
        String inbox = mvc.perform(get("/api/v1/tasks").param("size", "100").with(authentication(luozhuang)))
                .andReturn().getResponse().getContentAsString();
        assertThat((List<String>) JsonPath.read(inbox, "$.rows[*].caseNumber")).doesNotContain(number);
        String own = mvc.perform(get("/api/v1/tasks").param("status", "SUBMITTED").param("size", "100")
                        .with(authentication(clerk))).andReturn().getResponse().getContentAsString();
        assertThat((List<String>) JsonPath.read(own, "$.rows[*].caseNumber")).contains(number);
        // Another person cannot see it either.
        var stranger = identity.signedIn(identity.person("李四", newIdNumber(), newMobile()).username());
        mvc.perform(get("/api/v1/cases/{n}", number).with(authentication(stranger))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/tasks").param("light", "PURPLE").with(authentication(clerk)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anOverdueCaseTurnsRedAndTellsItsLeadersOnce() throws Exception {
        ItemDetail item = listing(false, "PROMISED");
        clock.setTo(LocalDate.of(2026, 3, 2), LocalTime.of(10, 0));
        String number = cases.apply(item, citizen);
        cases.act(clerk, number, Map.of("action", "accept")).andExpect(status().isOk());
        LocalDate deadline = LocalDate.parse(JsonPath.read(view(approver, number), "$.promisedDeadline"));
        clock.setTo(deadline, LocalTime.of(9, 0));
        String onTheDay = view(approver, number);
        assertThat((String) JsonPath.read(onTheDay, "$.light")).isEqualTo("YELLOW");
        assertThat((Integer) JsonPath.read(onTheDay, "$.remainingDays")).isZero();
        clock.setTo(context.getBean(WorkingCalendar.class).plusWorkingDays(deadline, 1), LocalTime.of(9, 0));
        String late = view(approver, number);
        assertThat((String) JsonPath.read(late, "$.light")).isEqualTo("RED");
        assertThat((Integer) JsonPath.read(late, "$.remainingDays")).isEqualTo(-1);

        CaseDeadlines deadlines = context.getBean(CaseDeadlines.class);
        assertThat(deadlines.notifyOverdue()).isPositive();
        String notices = mvc.perform(get("/workspace/cases").with(authentication(leader)))
                .andReturn().getResponse().getContentAsString();
        assertThat(notices).contains(number).contains("已超期");
        assertThat(jdbc.sql("select count(*) from staff_notice where link = ?").param("/workspace/cases/" + number)
                .query(Long.class).single()).isEqualTo(1);
        deadlines.notifyOverdue();
        assertThat(jdbc.sql("select count(*) from staff_notice where link = ?").param("/workspace/cases/" + number)
                .query(Long.class).single()).isEqualTo(1);
        String red = mvc.perform(get("/api/v1/tasks").param("light", "RED").param("size", "100").with(authentication(approver)))
                .andReturn().getResponse().getContentAsString();
        assertThat((List<String>) JsonPath.read(red, "$.rows[*].caseNumber")).contains(number);
        assertThat((Integer) JsonPath.read(red, "$.lights.RED")).isPositive();
    }

    @Test
    void aStaleVersionIsRefusedAndNothingChanges() throws Exception {
        String number = cases.apply(listing(false, "PROMISED"), citizen);
        int version = JsonPath.read(view(clerk, number), "$.version");
        cases.act(clerk, number, Map.of("action", "accept", "expectedVersion", version)).andExpect(status().isOk());
        cases.act(approver, number, Map.of("action", "approve", "opinion", "同意", "expectedVersion", version))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("CASE_CHANGED"));
        assertThat((String) JsonPath.read(view(clerk, number), "$.status")).isEqualTo("ACCEPTED");
    }
}
