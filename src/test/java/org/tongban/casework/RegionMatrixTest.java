package org.tongban.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.tongban.IntegrationTest;
import org.tongban.catalog.ItemDetail;
import org.tongban.identity.AccountRole;
import org.tongban.identity.IdentityFixtures;
import org.tongban.shared.Role;

/**
 * Role × region: for each staff role, a member of the case's own department (兰山) reaches the case, its
 * file, its document and its place in the inbox; the same role in another county (罗庄) reaches none of
 * them, through the API or the pages, and cannot act. Statuses are asserted for every cell at once, so a
 * failure names every hole, not the first.
 */
class RegionMatrixTest extends IntegrationTest {

    private static final String OTHER_COUNTY = "临沂市罗庄区行政审批服务局";
    private static final List<Role> ROLES = List.of(CaseworkRole.WINDOW_CLERK, CaseworkRole.APPROVER, AccountRole.DEPARTMENT_LEADER,
            AccountRole.SUPERVISOR);

    @Autowired
    ApplicationContext context;

    @Test
    void staffReachOnlyTheCasesOfTheirOwnRegion() throws Exception {
        var identity = IdentityFixtures.from(context);
        var cases = CaseFixtures.of(mvc, context);
        ItemDetail item = cases.listing(false, "PROMISED");
        Authentication citizen = identity.signedIn(identity.person("张三", newIdNumber(), newMobile()).username());
        String number = cases.apply(item, citizen);
        Authentication ownClerk = identity.signedIn(identity.staff(item.department().name(), CaseworkRole.WINDOW_CLERK));
        String page = mvc.perform(get("/workspace/cases/{n}", number).with(authentication(ownClerk)))
                .andReturn().getResponse().getContentAsString();
        String file = page.replaceAll("(?s).*href=\"(/cases/" + number + "/files/[^\"/]+)\".*", "$1");
        assertThat(file).startsWith("/cases/" + number + "/files/");

        List<String> cells = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (Role role : ROLES) {
            for (boolean own : List.of(true, false)) {
                String department = own ? item.department().name() : OTHER_COUNTY;
                Authentication who = identity.signedIn(identity.staff(department, role));
                String where = role + (own ? "@兰山" : "@罗庄");
                int expect = own ? 200 : 404;
                cell(cells, expected, where, "GET /api/v1/cases/{n}", status("/api/v1/cases/" + number, who), expect);
                cell(cells, expected, where, "GET /workspace/cases/{n}", status("/workspace/cases/" + number, who), expect);
                cell(cells, expected, where, "GET file", status(file, who), expect);
                cell(cells, expected, where, "GET receipt", status("/cases/" + number + "/documents/receipt", who), expect);
                String inbox = mvc.perform(get("/api/v1/tasks?size=100").with(authentication(who)))
                        .andReturn().getResponse().getContentAsString();
                boolean listed = ((List<?>) JsonPath.read(inbox, "$.rows[*].caseNumber")).contains(number);
                cells.add(where + " inbox lists it=" + listed);
                // A new case waits in its clerks' inbox; other roles of the department may or may not list it yet.
                boolean shouldList = own && (role == CaseworkRole.WINDOW_CLERK || listed);
                expected.add(where + " inbox lists it=" + shouldList);
                if (!own) {
                    int acted = cases.act(who, number, Map.of("action", "accept")).andReturn().getResponse().getStatus();
                    cell(cells, expected, where, "POST accept", acted, 404);
                }
            }
        }
        assertThat(cells).containsExactlyElementsOf(expected);
        // Nothing the other county tried changed the case.
        assertThat((String) JsonPath.read(mvc.perform(get("/api/v1/cases/{n}", number).with(authentication(citizen)))
                .andReturn().getResponse().getContentAsString(), "$.status")).isEqualTo("SUBMITTED");
    }

    private int status(String path, Authentication who) throws Exception {
        return mvc.perform(get(path).with(authentication(who))).andReturn().getResponse().getStatus();
    }

    private static void cell(List<String> cells, List<String> expected, String where, String what, int actual, int expect) {
        cells.add(where + " " + what + " → " + actual);
        expected.add(where + " " + what + " → " + expect);
    }
}
