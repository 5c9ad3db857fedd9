package org.tongban.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.tongban.IntegrationTest;
import org.tongban.casework.CaseFixtures;
import org.tongban.casework.CaseworkRole;
import org.tongban.casework.WorkingCalendar;
import org.tongban.catalog.ItemDetail;
import org.tongban.identity.AccountRole;
import org.tongban.identity.IdentityFixtures;

/**
 * The overdue cases (超期办件) supervision keeps from casework's events: a case past its deadline shows for the
 * supervisors of its region and its department's leaders, follows its status and leaves once it is finished.
 */
class SupervisionOverdueCasesTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    WorkingCalendar calendar;

    private List<String> overdue(Authentication who) throws Exception {
        String body = mvc.perform(get("/api/v1/supervision/overdue").param("size", "100").with(authentication(who)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.rows[*].caseNumber");
    }

    @Test
    void anOverdueCaseShowsInSupervisionInScopeUntilItIsFinished() throws Exception {
        var identity = IdentityFixtures.from(context);
        CaseFixtures cases = CaseFixtures.of(mvc, context);
        ItemDetail item = cases.listing(false, "PROMISED");
        String department = item.department().name();
        Authentication clerk = identity.signedIn(identity.staff(department, CaseworkRole.WINDOW_CLERK));
        Authentication leader = identity.signedIn(identity.staff(department, AccountRole.DEPARTMENT_LEADER));
        Authentication otherLeader = identity.signedIn(identity.staff(SupervisionLifecycleTest.HEALTH,
                AccountRole.DEPARTMENT_LEADER));
        Authentication supervisor = identity.signedIn(identity.staff(CaseFixtures.LANSHAN, AccountRole.SUPERVISOR));
        Authentication citizen = identity.signedIn(identity.person("张三", newIdNumber(), newMobile()).username());

        clock.setTo(LocalDate.of(2026, 3, 2), LocalTime.of(10, 0));
        String number = cases.apply(item, citizen);
        cases.act(clerk, number, Map.of("action", "accept")).andExpect(status().isOk());
        String view = mvc.perform(get("/api/v1/cases/{n}", number).with(authentication(leader)))
                .andReturn().getResponse().getContentAsString();
        LocalDate deadline = LocalDate.parse(JsonPath.read(view, "$.promisedDeadline"));
        clock.setTo(calendar.plusWorkingDays(deadline, 2), LocalTime.of(9, 0));
        assertThat(cases.notifyOverdue()).isPositive();

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> overdue(supervisor).contains(number));
        String body = mvc.perform(get("/api/v1/supervision/overdue").param("size", "100").with(authentication(leader)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String row = "$.rows[?(@.caseNumber == '" + number + "')]";
        assertThat((List<String>) JsonPath.read(body, row + ".status")).containsExactly("ACCEPTED");
        assertThat((List<String>) JsonPath.read(body, row + ".channel")).containsExactly("ONLINE");
        assertThat((List<Integer>) JsonPath.read(body, row + ".overdueDays")).containsExactly(2);
        assertThat((List<String>) JsonPath.read(body, row + ".deadline")).containsExactly(deadline.toString());
        assertThat((Integer) JsonPath.read(body, "$.total")).isPositive();
        assertThat(overdue(otherLeader)).doesNotContain(number);
        mvc.perform(get("/api/v1/supervision/overdue").with(authentication(citizen))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/supervision/overdue").with(authentication(clerk))).andExpect(status().isForbidden());
        String page = mvc.perform(get("/workspace/supervision/overdue").with(authentication(supervisor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(number, "超期 2 个工作日");
        mvc.perform(get("/workspace/cases/overdue").with(authentication(supervisor)))
                .andExpect(status().is4xxClientError());

        cases.act(citizen, number, Map.of("action", "withdraw")).andExpect(status().isOk());
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !overdue(supervisor).contains(number));
    }
}
