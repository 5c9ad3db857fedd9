package org.tongban;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.casework.CaseFixtures;
import org.tongban.casework.CaseworkRole;
import org.tongban.catalog.ItemDetail;
import org.tongban.feedback.FeedbackFixtures;
import org.tongban.feedback.FeedbackRole;
import org.tongban.identity.AccountRole;
import org.tongban.identity.IdentityFixtures;
import org.tongban.license.LicenseRole;

/**
 * Every check constraint still admits good rows and refuses bad ones after every pooled connection, the
 * migration's among them, has been closed and opened again (the H2 2.4.240 fault: writes failed with
 * 「Check constraint invalid」 once the connection that created the table was gone).
 */
class CheckConstraintsTest extends IntegrationTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    TransactionTemplate transactions;

    record Check(String table, String name, String column) {
    }

    @Test
    void everyCheckConstraintHoldsOnConnectionsOpenedAfterTheMigration() throws Exception {
        new PooledConnections(dataSource, jdbc).closeAllAndAwait();

        // Writes people make, each on a table with a check (cases, case_clock_stop, conversation_message,
        // consultation, search_hot_rule), all on new connections.
        IdentityFixtures identity = IdentityFixtures.from(context);
        CaseFixtures cases = CaseFixtures.of(mvc, context);
        String idNumber = newIdNumber();
        String login = identity.person("约束测试", idNumber, newMobile()).username();
        Authentication citizen = identity.signedIn(login);
        ItemDetail item = cases.listing(true, "PROMISED");
        String number = cases.apply(item, citizen);
        Authentication clerk = identity.signedIn(identity.staff(item.department().name(), CaseworkRole.WINDOW_CLERK));
        cases.act(clerk, number, Map.of("action", "request-correction", "missing", List.of("申请表未签字")))
                .andExpect(status().isOk());
        cases.act(citizen, number, Map.of("action", "withdraw")).andExpect(status().isOk());
        String reply = mvc.perform(post("/api/v1/assistant/messages").with(authentication(citizen)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"结婚登记需要带什么材料\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String conversation = JsonPath.read(reply, "$.conversationId");
        mvc.perform(post("/api/v1/assistant/handoff").with(authentication(citizen)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"conversationId\":\"" + conversation + "\"}"))
                .andExpect(status().isOk());
        Authentication admin = identity.signedIn(identity.staff("山东省大数据局", AccountRole.SYSTEM_ADMIN));
        String rule = "{\"term\":\"约束测试热词\",\"region\":\"371312\",\"action\":\"%s\"}";
        hotRule(admin, rule.formatted("PIN"));
        // A license (with its department's seal) and an authorisation of it (license, license_seal, license_grant).
        Authentication police = identity.signedIn(identity.staff("临沂市公安局兰山分局", LicenseRole.LICENSE_ISSUER));
        String issued = mvc.perform(post("/api/v1/licenses").with(authentication(police)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"typeCode":"11100000TB0000002N001","holderName":"约束测试","holderCode":"%s",
                                 "face":{"gender":"男","ethnicity":"汉","birthDate":"1985-03-15","address":"临沂"}}
                                """.formatted(idNumber)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        mvc.perform(post("/api/v1/me/licenses/grants").with(authentication(citizen)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"identifier":"%s","granteeKind":"SYSTEM","granteeCode":"check-system",
                                 "granteeName":"约束测试系统","purpose":"约束测试","validUntil":"%s"}
                                """.formatted(JsonPath.read(issued, "$.identifier"), LocalDate.now(clock).plusDays(3))))
                .andExpect(status().isCreated());

        // A supervision item with its first step (supervision_item, supervision_step).
        Authentication supervisor = identity.signedIn(identity.staff(CaseFixtures.LANSHAN, AccountRole.SUPERVISOR));
        String person = identity.staff(CaseFixtures.LANSHAN, AccountRole.DEPARTMENT_LEADER);
        mvc.perform(post("/api/v1/supervision/items").with(authentication(supervisor)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"title":"约束测试","requiredResult":"约束测试","departmentCode":"%s",
                                 "responsiblePerson":"%s","deadline":"%s"}
                                """.formatted(CaseFixtures.LANSHAN_CODE, person, LocalDate.now(clock).plusDays(3))))
                .andExpect(status().isCreated());

        // A bad rating with its rectification, a window contact, and a dispatched ticket (rating, rectification,
        // service_contact, ticket, ticket_assignment).
        FeedbackFixtures feedback = new FeedbackFixtures(mvc, context);
        String rated = feedback.completedCase(citizen);
        feedback.rate(citizen, Map.of("caseNumber", rated, "level", 1, "reasons", List.of("SLOW")))
                .andExpect(status().isCreated());
        String hall = jdbc.sql("select h.code from hall h join hall_window w on w.hall_id = h.id where h.region_code = "
                + "'371302' order by h.code").query(String.class).list().get(0);
        String window = jdbc.sql("select w.number from hall_window w join hall h on h.id = w.hall_id where h.code = ? "
                + "order by w.number").param(hall).query(String.class).list().get(0);
        mvc.perform(post("/api/v1/service-contacts").with(authentication(clerk)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"hallCode":"%s","windowNumber":"%s","topic":"约束测试"}""".formatted(hall, window)))
                .andExpect(status().isCreated());
        Authentication agent = identity.signedIn(identity.staff(CaseFixtures.LANSHAN, FeedbackRole.HOTLINE_AGENT));
        String ticket = JsonPath.read(feedback.hotline(agent, Map.of("kind", "CONSULT", "category", "POLICY",
                "content", "约束测试", "mobile", newMobile())).andReturn().getResponse().getContentAsString(),
                "$.ticketNumber");
        feedback.ticketAction(agent, ticket, Map.of("action", "dispatch", "departments",
                List.of(CaseFixtures.LANSHAN_CODE))).andExpect(status().isOk());

        // Then every check constraint of the schema, on every row of its table: rewriting a column makes the
        // database evaluate the table's checks again. Rolled back, so nothing changes.
        List<Check> checks = checks();
        assertThat(checks).hasSizeGreaterThanOrEqualTo(18);
        List<String> unchecked = new ArrayList<>();
        for (Check check : checks) {
            Long rows = jdbc.sql("select count(*) from " + check.table()).query(Long.class).single();
            if (rows == 0) {
                unchecked.add(check.table());
                continue;
            }
            transactions.executeWithoutResult(status -> {
                int updated = jdbc.sql("update " + check.table() + " set " + check.column() + " = " + check.column())
                        .update();
                assertThat(updated).as(check.name()).isEqualTo(rows.intValue());
                status.setRollbackOnly();
            });
        }
        hotRule(admin, rule.formatted("CLEAR"));
        assertThat(unchecked).as("tables with a check constraint but no row to check it on").isEmpty();

        // And a bad value is refused as a violation, not as an invalid constraint.
        assertThatThrownBy(() -> jdbc.sql("update cases set channel = 'PIGEON' where case_number = ?")
                        .param(number).update())
                .hasMessageContaining("cases_channel_check").hasMessageNotContaining("invalid");
    }

    private void hotRule(Authentication admin, String body) throws Exception {
        mvc.perform(put("/api/v1/search/hot-rules").with(authentication(admin)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isOk());
    }

    /** The schema's check constraints with one column each names (NOT NULL, which PostgreSQL lists too, aside). */
    private List<Check> checks() {
        return jdbc.sql("""
                        select t.table_name, t.constraint_name, min(u.column_name)
                        from information_schema.table_constraints t
                        join information_schema.constraint_column_usage u
                          on u.constraint_schema = t.constraint_schema and u.constraint_name = t.constraint_name
                        where t.constraint_type = 'CHECK' and t.table_schema = current_schema()
                          and t.constraint_name not like '%not_null'
                        group by t.table_name, t.constraint_name
                        order by t.table_name, t.constraint_name""")
                .query((row, n) -> new Check(row.getString(1), row.getString(2), row.getString(3))).list();
    }
}
