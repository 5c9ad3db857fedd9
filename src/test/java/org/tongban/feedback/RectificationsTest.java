package org.tongban.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.tongban.IntegrationTest;
import org.tongban.casework.CaseFixtures;
import org.tongban.identity.AccountRole;
import org.tongban.identity.IdentityFixtures;

/**
 * 差评整改 as a state machine: verified within a working day, rectified at once, by a ledgered deadline on
 * working days or explained, followed up, closed; every step out of turn refused and nothing changed; lateness
 * published once per stage; appeals upheld leave the indicators with their reason.
 */
@RecordApplicationEvents
class RectificationsTest extends IntegrationTest {

    /** A Friday: the next working day is Monday the 7th, five working days end on Friday the 11th. */
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
    private Authentication citizen;
    private Authentication handler;
    private Authentication agent;
    private Authentication supervisor;

    @BeforeEach
    void people() {
        feedback = new FeedbackFixtures(mvc, context);
        identity = IdentityFixtures.from(context);
        citizen = identity.signedIn(identity.person("张伟", newIdNumber(), newMobile()).username());
        handler = identity.signedIn(identity.staff(feedback.departmentName(), FeedbackRole.FEEDBACK_HANDLER));
        agent = identity.signedIn(identity.staff(CaseFixtures.LANSHAN, FeedbackRole.HOTLINE_AGENT));
        supervisor = identity.signedIn(identity.staff(CaseFixtures.LANSHAN, AccountRole.SUPERVISOR));
    }

    private long badRating() throws Exception {
        String number = feedback.completedCase(citizen);
        feedback.rate(citizen, Map.of("caseNumber", number, "level", 1, "reasons", List.of("SLOW", "ERRANDS"),
                "comment", "跑了三趟")).andExpect(status().isCreated());
        return feedback.rectificationOf(number);
    }

    private String statusOf(long id) {
        return jdbc.sql("select status from rectification where id = ?").param(id).query(String.class).single();
    }

    private static Map<String, Object> step(String step, Object... pairs) {
        Map<String, Object> body = new HashMap<>();
        body.put("step", step);
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }

    @Test
    void aBadRatingIsVerifiedRectifiedByADeadlineFollowedUpAndClosedInThatOrderOnly() throws Exception {
        clock.setTo(FRIDAY, LocalTime.of(10, 0));
        long id = badRating();
        assertThat(statusOf(id)).isEqualTo("ASSIGNED");
        assertThat(jdbc.sql("select verify_due from rectification where id = ?").param(id).query(LocalDate.class)
                .single()).isEqualTo(LocalDate.of(2026, 12, 7));

        for (String early : List.of("fix", "follow-up", "close")) {
            feedback.step(handler, id, step(early, "note", "x", "level", 5)).andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("RECTIFICATION_STEP_NOT_ALLOWED"));
        }
        feedback.step(handler, id, step("review", "upheld", true, "note", "x")).andExpect(status().isForbidden());
        feedback.step(handler, id, step("undo")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("step"));
        Authentication stranger = identity.signedIn(identity.staff("临沂市罗庄区行政审批服务局", FeedbackRole.FEEDBACK_HANDLER));
        feedback.step(stranger, id, step("verify", "finding", "x", "resolution", "IMMEDIATE", "note", "x"))
                .andExpect(status().isNotFound());
        feedback.step(handler, id, step("verify", "resolution", "DEADLINE", "note", "台账", "fixDue", "2026-12-31"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'finding')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'fixDue')].message").value("整改期限须晚于今天，且不晚于 2026-12-11"));
        assertThat(statusOf(id)).isEqualTo("ASSIGNED");

        feedback.step(handler, id, step("verify", "finding", "材料清单与窗口要求不一致，群众多跑两次属实", "resolution",
                "DEADLINE", "note", "台账：统一材料清单，培训窗口人员")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RECTIFYING")).andExpect(jsonPath("$.fixDue").value("2026-12-11"))
                .andExpect(jsonPath("$.ledger").value("台账：统一材料清单，培训窗口人员"));

        clock.setTo(LocalDate.of(2026, 12, 12), LocalTime.of(9, 0));
        assertThat(jobs.markOverdue()).isPositive();
        assertThat(jdbc.sql("select overdue_stage from rectification where id = ?").param(id).query(String.class)
                .single()).isEqualTo("FIX");
        jobs.markOverdue();
        assertThat(events.stream(RectificationOverdue.class).filter(e -> e.rectificationId() == id))
                .as("published once").singleElement().satisfies(e -> assertThat(e.stage()).isEqualTo("FIX"));

        feedback.step(handler, id, step("fix", "note", "材料清单已统一并公示")).andExpect(jsonPath("$.status").value("RESOLVED"));
        feedback.step(handler, id, step("close")).andExpect(status().isConflict());
        feedback.step(agent, id, step("follow-up", "level", 9, "note", "回访")).andExpect(status().isBadRequest());
        feedback.step(agent, id, step("follow-up", "level", 4, "note", "电话回访，群众表示满意"))
                .andExpect(jsonPath("$.status").value("FOLLOWED_UP"));
        feedback.step(agent, id, step("close")).andExpect(status().isForbidden());
        feedback.step(handler, id, step("close")).andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.steps").isEmpty());
        feedback.step(handler, id, step("appeal", "note", "x")).andExpect(status().isConflict());
        List<String> history = JsonPath.read(mvc.perform(get("/api/v1/rectifications/{id}", id)
                .with(authentication(handler))).andReturn().getResponse().getContentAsString(), "$.history[*].action");
        assertThat(history).containsExactly("OPEN", "VERIFY", "FIX", "FOLLOW_UP", "CLOSE");
    }

    @Test
    void aVerificationNotDoneInTimeIsPublishedForSupervision() throws Exception {
        clock.setTo(FRIDAY, LocalTime.of(10, 0));
        long id = badRating();
        clock.setTo(LocalDate.of(2026, 12, 7), LocalTime.of(18, 0));
        jobs.markOverdue();
        assertThat(jdbc.sql("select overdue_stage from rectification where id = ?").param(id).query(String.class)
                .optional()).as("due on Monday, not late on Monday").isEmpty();
        clock.setTo(LocalDate.of(2026, 12, 8), LocalTime.of(9, 0));
        jobs.markOverdue();
        assertThat(jdbc.sql("select overdue_stage from rectification where id = ?").param(id).query(String.class)
                .single()).isEqualTo("VERIFY");
    }

    @Test
    void anAppealUpheldBySupervisorTakesTheRatingOutOfTheRatesWithItsReason() throws Exception {
        long upheld = badRating();
        long rejected = badRating();
        String before = mvc.perform(get("/api/v1/feedback/rates").with(authentication(supervisor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        int badBefore = ((List<Integer>) JsonPath.read(before, "$[?(@.key == 'rectified')].denominator")).get(0);

        feedback.step(handler, upheld, step("appeal")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("note"));
        feedback.step(handler, upheld, step("appeal", "note", "评价人承认误选，已提供通话录音"))
                .andExpect(jsonPath("$.status").value("APPEALED"));
        feedback.step(handler, upheld, step("verify", "finding", "x", "resolution", "IMMEDIATE", "note", "x"))
                .andExpect(status().isConflict());
        feedback.step(handler, upheld, step("review", "upheld", true, "note", "x")).andExpect(status().isForbidden());
        feedback.step(supervisor, upheld, step("review", "upheld", true, "note", "录音证实为误评"))
                .andExpect(jsonPath("$.status").value("EXCLUDED"));
        Map<String, Object> rating = jdbc.sql("select r.excluded, r.excluded_reason from rating r join rectification x "
                + "on x.rating_id = r.id where x.id = ?").param(upheld).query().singleRow();
        assertThat(rating).containsEntry("EXCLUDED", true).containsEntry("EXCLUDED_REASON", "录音证实为误评");

        feedback.step(handler, rejected, step("appeal", "note", "认为评价不实")).andExpect(status().isOk());
        feedback.step(supervisor, rejected, step("review", "upheld", false, "note", "证据不足"))
                .andExpect(jsonPath("$.status").value("ASSIGNED"));
        feedback.step(handler, rejected, step("verify", "finding", "属实", "resolution", "NO_BASIS",
                "note", "该事项法定办理时限为 20 个工作日，已向群众解释")).andExpect(jsonPath("$.status").value("RESOLVED"));

        String after = mvc.perform(get("/api/v1/feedback/rates").with(authentication(supervisor)))
                .andReturn().getResponse().getContentAsString();
        int badAfter = ((List<Integer>) JsonPath.read(after, "$[?(@.key == 'rectified')].denominator")).get(0);
        assertThat(badAfter).as("the upheld appeal leaves the bad ratings").isEqualTo(badBefore - 1);
        mvc.perform(get("/api/v1/feedback/rates").with(authentication(citizen))).andExpect(status().isForbidden());
    }
}
