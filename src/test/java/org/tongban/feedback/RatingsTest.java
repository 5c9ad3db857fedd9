package org.tongban.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.tongban.IntegrationTest;
import org.tongban.casework.CaseworkRole;
import org.tongban.identity.IdentityFixtures;

/**
 * 好差评: the five levels and their rules, one rating per case, the default rating that never counts as active,
 * the one-use SMS link, the kiosk's ID check; every refusal in Chinese with nothing stored.
 */
class RatingsTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FeedbackJobs jobs;

    private FeedbackFixtures feedback;
    private IdentityFixtures identity;
    private Authentication citizen;
    private String idNumber;

    @BeforeEach
    void people() {
        feedback = new FeedbackFixtures(mvc, context);
        identity = IdentityFixtures.from(context);
        idNumber = newIdNumber();
        citizen = identity.signedIn(identity.person("李雷", idNumber, newMobile()).username());
    }

    private long ratings(String caseNumber) {
        return jdbc.sql("select count(*) from rating where case_number = ?").param(caseNumber).query(Long.class).single();
    }

    @Test
    void theApplicantRatesAFinishedCaseOnceOnTheFiveLevelScale() throws Exception {
        String number = feedback.completedCase(citizen);
        for (Object level : new Object[] {0, 6, -1}) {
            feedback.rate(citizen, Map.of("caseNumber", number, "level", level))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("level"))
                    .andExpect(jsonPath("$.errors[0].message").value("评价等级须为 1 至 5（非常不满意至非常满意）"));
        }
        feedback.rate(citizen, Map.of("caseNumber", number, "level", 2)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reasons"))
                .andExpect(jsonPath("$.errors[0].message").value("选择“不满意”或“非常不满意”时，请勾选原因或填写评价内容"));
        feedback.rate(citizen, Map.of("caseNumber", number, "level", 1, "reasons", List.of("RUDE")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reasons"));
        feedback.rate(citizen, Map.of("caseNumber", number, "level", 5, "channel", "DEFAULT"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("channel"));
        Authentication stranger = identity.signedIn(identity.person("韩梅梅", newIdNumber(), newMobile()).username());
        feedback.rate(stranger, Map.of("caseNumber", number, "level", 5)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("RATING_SUBJECT_NOT_FOUND"));
        assertThat(ratings(number)).isZero();

        feedback.rate(citizen, Map.of("caseNumber", number, "level", 4, "comment", "窗口很耐心"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.id").isNumber());
        feedback.rate(citizen, Map.of("caseNumber", number, "level", 1, "reasons", List.of("SLOW")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("RATING_ALREADY_GIVEN"))
                .andExpect(jsonPath("$.detail").value("该办件或服务已经评价过，每次服务只能评价一次"));
        assertThat(ratings(number)).isEqualTo(1);
        Map<String, Object> stored = jdbc.sql("select level, active, channel, rater_username, department_code, "
                + "staff_username from rating where case_number = ?").param(number).query().singleRow();
        assertThat(stored).containsEntry("LEVEL", 4).containsEntry("ACTIVE", true).containsEntry("CHANNEL", "WEB")
                .containsEntry("DEPARTMENT_CODE", feedback.departmentCode());
        assertThat(stored.get("STAFF_USERNAME")).isNotNull();
        String mine = mvc.perform(get("/api/v1/me/ratings").with(authentication(citizen))).andReturn().getResponse()
                .getContentAsString();
        assertThat((List<String>) JsonPath.read(mine, "$[*].subject")).containsExactly(number);
        assertThat(jdbc.sql("select count(*) from rectification x join rating r on r.id = x.rating_id "
                + "where r.case_number = ?").param(number).query(Long.class).single()).isZero();
    }

    @Test
    void aCaseNotYetFinishedCannotBeRated() throws Exception {
        feedback.rate(citizen, Map.of("caseNumber", "NOT-A-CASE", "level", 5)).andExpect(status().isNotFound());
        feedback.rate(citizen, Map.of("level", 5)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("caseNumber"));
        feedback.rate(citizen, Map.of("caseNumber", "x", "serviceContactId", 1, "level", 5))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anUnratedCaseGetsTheDefaultRatingWhichNeverCountsAsActive() throws Exception {
        String number = feedback.completedCase(citizen);
        jobs.recordDefaults();
        assertThat(ratings(number)).as("not before the period").isZero();
        clock.advance(Duration.ofDays(7).plusMinutes(1));
        assertThat(jobs.recordDefaults()).isPositive();
        Map<String, Object> stored = jdbc.sql("select level, active, channel, rater_username from rating "
                + "where case_number = ?").param(number).query().singleRow();
        assertThat(stored).containsEntry("LEVEL", 3).containsEntry("ACTIVE", false).containsEntry("CHANNEL", "DEFAULT");
        assertThat(stored.get("RATER_USERNAME")).isNull();
        feedback.rate(citizen, Map.of("caseNumber", number, "level", 5)).andExpect(status().isConflict());
        jobs.recordDefaults();
        assertThat(ratings(number)).as("once").isEqualTo(1);
    }

    @Test
    void theSmsLinkRatesOnceAndAForgedOrReusedLinkIsRefused() throws Exception {
        String number = feedback.completedCase(citizen);
        String token = latestToken(number);
        feedback.rate(null, Map.of("caseNumber", number, "level", 5, "channel", "SMS", "token", "forged-token"))
                .andExpect(status().isGone()).andExpect(jsonPath("$.code").value("RATING_LINK_INVALID"));
        assertThat(ratings(number)).isZero();
        feedback.rate(null, Map.of("caseNumber", number, "level", 5, "channel", "SMS", "token", token))
                .andExpect(status().isCreated());
        feedback.rate(null, Map.of("caseNumber", number, "level", 1, "reasons", List.of("SLOW"), "channel", "SMS",
                "token", token)).andExpect(status().isGone());
        assertThat(jdbc.sql("select channel from rating where case_number = ?").param(number).query(String.class)
                .single()).isEqualTo("SMS");
        mvc.perform(get("/r/" + token)).andExpect(status().isOk())
                .andExpect(content().string(containsString("link-invalid")));
    }

    /** The token of the case's link, from the texts sent (the platform keeps only its hash). */
    private String latestToken(String number) {
        String hash = jdbc.sql("select token_hash from rating_request where case_number = ?").param(number)
                .query(String.class).single();
        return jdbc.sql("select text from sms_outbox where purpose = 'RATING' order by id desc").query(String.class)
                .list().stream().map(t -> {
                    Matcher m = Pattern.compile("/r/([A-Za-z0-9_-]+)").matcher(t);
                    return m.find() ? m.group(1) : "";
                }).filter(t -> !t.isEmpty() && Tokens.hash(t).equals(hash)).findFirst().orElseThrow();
    }

    @Test
    void theKioskChecksTheIdCardReadThere() throws Exception {
        String number = feedback.completedCase(citizen);
        feedback.rate(null, Map.of("caseNumber", number, "level", 5, "channel", "KIOSK", "idNumber", newIdNumber()))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail").value("身份证号码与该办件的申请人不一致"));
        feedback.rate(null, Map.of("caseNumber", number, "level", 5, "channel", "KIOSK", "idNumber", idNumber))
                .andExpect(status().isCreated());
        assertThat(jdbc.sql("select channel from rating where case_number = ?").param(number).query(String.class)
                .single()).isEqualTo("KIOSK");
    }

    @Test
    void aWindowContactIsRatedOnTheTabletThroughItsToken() throws Exception {
        String clerk = identity.staff(feedback.departmentName(), CaseworkRole.WINDOW_CLERK);
        String hall = jdbc.sql("select h.code from hall h join hall_window w on w.hall_id = h.id "
                + "where h.region_code = '371302' order by h.code").query(String.class).list().get(0);
        String window = jdbc.sql("select w.number from hall_window w join hall h on h.id = w.hall_id where h.code = ? "
                + "order by w.number").param(hall).query(String.class).list().get(0);
        String opened = mvc.perform(post("/api/v1/service-contacts").contentType("application/json")
                        .content("{\"hallCode\":\"" + hall + "\",\"windowNumber\":\"" + window + "\",\"topic\":\"社保咨询\"}")
                        .with(csrf())
                        .with(authentication(identity.signedIn(clerk))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        mvc.perform(post("/api/v1/service-contacts").contentType("application/json")
                        .content("{\"hallCode\":\"NO-SUCH-HALL\",\"windowNumber\":\"1\",\"topic\":\" \"}")
                        .with(csrf()).with(authentication(identity.signedIn(clerk))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'topic')].message").value("此项为必填项。"))
                .andExpect(jsonPath("$.errors[?(@.field == 'hallCode')].message").value("填写的信息有误，请按提示修改。"));
        mvc.perform(post("/api/v1/service-contacts").contentType("application/json")
                        .content("{\"hallCode\":\"" + hall + "\",\"windowNumber\":\"999\",\"topic\":\"咨询\"}")
                        .with(csrf()).with(authentication(identity.signedIn(clerk))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("windowNumber"));
        mvc.perform(post("/api/v1/service-contacts").contentType("application/json")
                        .content("{\"hallCode\":\"" + hall + "\",\"windowNumber\":\"" + window + "\",\"topic\":\"x\"}")
                        .with(csrf()).with(authentication(citizen))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from service_contact where hall_code = 'NO-SUCH-HALL' or topic = 'x'")
                .query(Long.class).single()).isZero();
        int id = JsonPath.read(opened, "$.id");
        String token = JsonPath.read(opened, "$.token");
        feedback.rate(null, Map.of("serviceContactId", id, "level", 5, "token", "x" + token))
                .andExpect(status().isGone());
        feedback.rate(null, Map.of("serviceContactId", id, "level", 1, "comment", "等了很久", "token", token))
                .andExpect(status().isCreated());
        feedback.rate(null, Map.of("serviceContactId", id, "level", 5, "token", token)).andExpect(status().isConflict());
        Map<String, Object> stored = jdbc.sql("select hall_code, window_number, staff_username, channel from rating "
                + "where service_contact_id = ?").param(id).query().singleRow();
        assertThat(stored).containsEntry("HALL_CODE", hall).containsEntry("WINDOW_NUMBER", window)
                .containsEntry("STAFF_USERNAME", clerk).containsEntry("CHANNEL", "WINDOW");
        assertThat(jdbc.sql("select status from rectification x join rating r on r.id = x.rating_id "
                + "where r.service_contact_id = ?").param(id).query(String.class).single()).isEqualTo("ASSIGNED");
    }
}
