package org.tongban.feedback;

import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.time.Duration;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tongban.casework.CaseFixtures;
import org.tongban.casework.CaseworkRole;
import org.tongban.catalog.ItemDetail;
import org.tongban.identity.IdentityFixtures;
import tools.jackson.databind.json.JsonMapper;

/** Finished cases waiting for their rating, and the calls feedback tests make. */
public final class FeedbackFixtures {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MockMvc mvc;
    private final CaseFixtures cases;
    private final IdentityFixtures identity;
    private final JdbcClient jdbc;
    private final ItemDetail item;
    private final Authentication clerk;

    public FeedbackFixtures(MockMvc mvc, ApplicationContext context) {
        this.mvc = mvc;
        this.cases = CaseFixtures.of(mvc, context);
        this.identity = IdentityFixtures.from(context);
        this.jdbc = context.getBean(JdbcClient.class);
        this.item = cases.listing(true, "IMMEDIATE");
        this.clerk = identity.signedIn(identity.staff(item.department().name(), CaseworkRole.WINDOW_CLERK));
    }

    /** The department of the cases these fixtures finish. */
    public String departmentName() {
        return item.department().name();
    }

    public String departmentCode() {
        return item.department().code();
    }

    public String listingCode() {
        return item.code();
    }

    /**
     * A case of {@code applicant} accepted, approved, finished on the spot and delivered (so that it leaves every
     * inbox, as other tests expect them), once its rating is asked for.
     */
    public String completedCase(Authentication applicant) throws Exception {
        String number = cases.apply(item, applicant);
        cases.act(clerk, number, Map.of("action", "accept")).andExpect(jsonPath("$.status").value("ACCEPTED"));
        cases.act(clerk, number, Map.of("action", "approve", "opinion", "当场办结"));
        cases.act(clerk, number, Map.of("action", "complete")).andExpect(jsonPath("$.status").value("COMPLETED"));
        cases.act(clerk, number, Map.of("action", "deliver", "deliveryMethod", "WINDOW"))
                .andExpect(jsonPath("$.status").value("DELIVERED"));
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql(
                "select count(*) from rating_request where case_number = ?").param(number).query(Integer.class).single() == 1);
        return number;
    }

    public ResultActions rate(Authentication who, Map<String, Object> body) throws Exception {
        var request = post("/api/v1/ratings").contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(body)).with(csrf());
        return mvc.perform(who == null ? request : request.with(authentication(who)));
    }

    public ResultActions step(Authentication who, long rectification, Map<String, Object> body) throws Exception {
        return mvc.perform(post("/api/v1/rectifications/{id}/steps", rectification).contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(body)).with(csrf()).with(authentication(who)));
    }

    public ResultActions ticketAction(Authentication who, String ticket, Map<String, Object> body) throws Exception {
        return mvc.perform(post("/api/v1/tickets/{n}/actions", ticket).contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(body)).with(csrf()).with(authentication(who)));
    }

    public ResultActions complain(Authentication who, Map<String, Object> body) throws Exception {
        var request = post("/api/v1/complaints").contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(body)).with(csrf());
        return mvc.perform(who == null ? request : request.with(authentication(who)));
    }

    public ResultActions hotline(Authentication agent, Map<String, Object> body) throws Exception {
        return mvc.perform(post("/api/v1/tickets").contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(body)).with(csrf()).with(authentication(agent)));
    }

    /** The rectification of the rating of a case. */
    public long rectificationOf(String caseNumber) {
        return jdbc.sql("select x.id from rectification x join rating r on r.id = x.rating_id where r.case_number = ?")
                .param(caseNumber).query(Long.class).single();
    }
}
