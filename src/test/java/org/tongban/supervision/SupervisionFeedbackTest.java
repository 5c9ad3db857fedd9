package org.tongban.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.IntegrationTest;
import org.tongban.casework.CaseFixtures;
import org.tongban.casework.WorkingCalendar;
import org.tongban.feedback.BadRatingsClustered;
import org.tongban.feedback.FeedbackEvent;
import org.tongban.feedback.TicketOverdue;
import org.tongban.identity.AccountRole;
import org.tongban.identity.IdentityFixtures;

/**
 * Items opened for the problems feedback reports, once per problem, and their automatic 回头看: reopened when
 * new bad ratings came in after closing, passed when none did.
 */
class SupervisionFeedbackTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    SupervisionDeadlines deadlines;
    @Autowired
    WorkingCalendar calendar;

    private Authentication supervisor;
    private Authentication leader;

    @BeforeEach
    void people() {
        var identity = IdentityFixtures.from(context);
        supervisor = identity.signedIn(identity.staff(CaseFixtures.LANSHAN, AccountRole.SUPERVISOR));
        leader = identity.signedIn(identity.staff(SupervisionLifecycleTest.CIVIL_AFFAIRS, AccountRole.DEPARTMENT_LEADER));
    }

    private void publish(FeedbackEvent event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    /** The number of the item opened for the problem, once the listener has opened it. */
    private String awaitItem(SupervisionSource source, String ref) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> items(source, ref) == 1);
        return jdbc.sql("select item_number from supervision_item where source = ? and source_ref = ?")
                .params(source.name(), ref).query(String.class).single();
    }

    private long items(SupervisionSource source, String ref) {
        return jdbc.sql("select count(*) from supervision_item where source = ? and source_ref = ?")
                .params(source.name(), ref).query(Long.class).single();
    }

    /** No publication of an event naming {@code ref} is still on its way. */
    private void awaitDelivered(String ref) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                        "select count(*) from event_publication where completion_date is null and serialized_event like ?")
                .param("%" + ref + "%").query(Long.class).single() == 0);
    }

    private BadRatingsClustered clustered(String ref) {
        return new BadRatingsClustered(ref, "最低生活保障审核", "371302", SupervisionLifecycleTest.CIVIL_AFFAIRS_CODE, 3,
                clock.instant().minus(Duration.ofDays(7)), clock.instant());
    }

    private void act(Authentication who, String number, String body) throws Exception {
        mvc.perform(post("/api/v1/supervision/items/{n}/actions", number).with(authentication(who)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isOk());
    }

    private void badRating(String listingCode, LocalDate on) {
        jdbc.sql("""
                insert into rating (case_number, listing_code, item_name, region_code, department_code, channel,
                  applicant_kind, level, reasons, active, rated_at)
                values (?, ?, '最低生活保障审核', '371302', ?, 'WEB', 'PERSON', 1, '办理慢', true, ?)""")
                .params("TEST" + UUID.randomUUID().toString().substring(0, 12), listingCode,
                        SupervisionLifecycleTest.CIVIL_AFFAIRS_CODE, Timestamp.valueOf(on.atTime(10, 0)))
                .update();
    }

    @Test
    void clusteredBadRatingsOpenOneItemAndItsRecheckReopensItWhenBadRatingsCameBack() throws Exception {
        clock.setTo(LocalDate.of(2026, 3, 2), LocalTime.of(9, 0));
        String listing = "TESTLISTING" + UUID.randomUUID().toString().substring(0, 8);
        String back = "ITEM:" + listing;
        String quiet = "ITEM:" + listing + "Q";
        publish(clustered(back));
        publish(clustered(quiet));
        String reopening = awaitItem(SupervisionSource.BAD_RATINGS, back);
        String passing = awaitItem(SupervisionSource.BAD_RATINGS, quiet);
        // The same problem again while its item is open: no second item.
        publish(clustered(back));
        awaitDelivered(back);
        assertThat(items(SupervisionSource.BAD_RATINGS, back)).isEqualTo(1);

        String opened = mvc.perform(get("/api/v1/supervision/items/{n}", reopening).with(authentication(leader)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(opened, "$.deadline"))
                .isEqualTo(calendar.plusWorkingDays(LocalDate.of(2026, 3, 2), 5).toString());
        assertThat((String) JsonPath.read(opened, "$.title")).contains("最低生活保障审核", "3");
        assertThat((String) JsonPath.read(opened, "$.requiredResult")).contains("整改");
        assertThat((Object) JsonPath.read(opened, "$.responsiblePerson")).isNull();
        assertThat(jdbc.sql("select count(*) from staff_notice where role = 'DEPARTMENT_LEADER' and link = ?")
                .param("/workspace/supervision/items/" + reopening).query(Long.class).single()).isEqualTo(1);

        for (String number : List.of(reopening, passing)) {
            act(leader, number, "{\"action\":\"report\",\"note\":\"已约谈窗口人员并优化流程\"}");
            act(supervisor, number, "{\"action\":\"verify\"}");
        }
        // A supervisor records no re-check of an automatic item: feedback answers it.
        clock.setTo(LocalDate.of(2026, 4, 1), LocalTime.of(9, 0));
        mvc.perform(post("/api/v1/supervision/items/{n}/actions", passing).with(authentication(supervisor))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"action\":\"recheck\",\"note\":\"查\",\"problemBack\":false}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("SUPERVISION_RECHECK_AUTOMATIC"));
        badRating(listing, LocalDate.of(2026, 3, 20));
        deadlines.recheckDue();
        deadlines.recheckDue();

        String reopened = mvc.perform(get("/api/v1/supervision/items/{n}", reopening).with(authentication(supervisor)))
                .andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(reopened, "$.status")).isEqualTo("REOPENED");
        assertThat((String) JsonPath.read(reopened, "$.level")).isEqualTo("NONE");
        assertThat((String) JsonPath.read(reopened, "$.deadline"))
                .isEqualTo(calendar.plusWorkingDays(LocalDate.of(2026, 4, 1), 5).toString());
        assertThat((List<String>) JsonPath.read(reopened, "$.steps[*].action")).containsExactly("OPEN", "REPORT",
                "VERIFY", "REOPEN");
        assertThat((List<String>) JsonPath.read(reopened, "$.actions")).contains("urge");
        String passed = mvc.perform(get("/api/v1/supervision/items/{n}", passing).with(authentication(supervisor)))
                .andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(passed, "$.status")).isEqualTo("CLOSED");
        assertThat((Object) JsonPath.read(passed, "$.recheckOn")).isNull();
        assertThat((List<String>) JsonPath.read(passed, "$.steps[*].action")).containsExactly("OPEN", "REPORT",
                "VERIFY", "RECHECK");
        // Passed, the problem is no longer watched: clustered again, it is a new item.
        publish(clustered(quiet));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> items(SupervisionSource.BAD_RATINGS, quiet) == 2);
    }

    @Test
    void anOverdueTicketOpensAnItemForItsLeadDepartmentAndOneStillWaitingForDispatchNone() {
        clock.setTo(LocalDate.of(2026, 3, 2), LocalTime.of(9, 0));
        String dispatched = "T" + UUID.randomUUID().toString().substring(0, 12);
        String waiting = "T" + UUID.randomUUID().toString().substring(0, 12);
        publish(new TicketOverdue(dispatched, "COMPLAINT", "路灯不亮", "371302",
                List.of(SupervisionLifecycleTest.CIVIL_AFFAIRS_CODE, SupervisionLifecycleTest.HEALTH_CODE),
                clock.instant(), clock.instant()));
        publish(new TicketOverdue(waiting, "COMPLAINT", "路灯不亮", "371302", List.of(), clock.instant(),
                clock.instant()));
        String number = awaitItem(SupervisionSource.TICKET_OVERDUE, dispatched);
        awaitDelivered(waiting);
        assertThat(items(SupervisionSource.TICKET_OVERDUE, waiting)).isZero();
        assertThat(jdbc.sql("select department_code from supervision_item where item_number = ?").param(number)
                .query(String.class).single()).isEqualTo(SupervisionLifecycleTest.CIVIL_AFFAIRS_CODE);
    }
}
