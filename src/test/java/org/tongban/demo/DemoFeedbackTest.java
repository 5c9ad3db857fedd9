package org.tongban.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongban.IntegrationTest;
import org.tongban.casework.CaseQueries;
import org.tongban.feedback.Ratings;
import org.tongban.feedback.Rectifications;
import org.tongban.feedback.ServiceContacts;
import org.tongban.feedback.Tickets;
import org.tongban.identity.AccountRole;
import org.tongban.identity.IdentityFixtures;
import org.tongban.region.RegionDirectory;
import org.tongban.supervision.SupervisionHistory;
import org.tongban.supervision.SupervisionItems;

/**
 * The demo feedback: 50 tickets in every status, window contacts rated, and supervision items at each escalation
 * level, all made through the services. (Case ratings need the demo cases, which {@link DemoCasesTest} makes.)
 */
class DemoFeedbackTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    static DemoFeedback demoFeedback(ApplicationContext context, Clock clock) {
        return new DemoFeedback(context.getBean(Ratings.class), context.getBean(Rectifications.class),
                context.getBean(ServiceContacts.class), context.getBean(Tickets.class),
                context.getBean(SupervisionItems.class), context.getBean(SupervisionHistory.class),
                context.getBean(CaseQueries.class), context.getBean(RegionDirectory.class), clock);
    }

    @Test
    void ticketsInEveryStatusAndSupervisionAtEveryLevel() {
        if (jdbc.sql("select count(*) from account where username = 'demo-leader'").query(Long.class).single() == 0) {
            IdentityFixtures identity = IdentityFixtures.from(context);
            String leader = identity.staff("临沂市兰山区行政审批服务局", AccountRole.DEPARTMENT_LEADER);
            jdbc.sql("update account set username = 'demo-leader' where username = ?").param(leader).update();
        }
        long before = jdbc.sql("select count(*) from ticket").query(Long.class).single();
        long lastId = jdbc.sql("select coalesce(max(id), 0) from ticket").query(Long.class).single();
        demoFeedback(context, clock).seed(List.of());
        assertThat(jdbc.sql("select count(*) from ticket").query(Long.class).single() - before).isEqualTo(50);
        List<String> statuses = jdbc.sql("select distinct status from ticket where id > ?").param(lastId)
                .query(String.class).list();
        assertThat(statuses).contains("RECEIVED", "DISPATCHED", "RETURNED", "IN_PROGRESS", "REPLIED", "CLOSED",
                "ARCHIVED", "MERGED");
        assertThat(jdbc.sql("select count(*) from rating where channel = 'WINDOW'").query(Long.class).single())
                .isGreaterThanOrEqualTo(10);
        Map<String, Long> levels = new HashMap<>();
        jdbc.sql("select level, count(*) from supervision_item where opened_by = 'demo-supervisor' group by level")
                .query((rs, n) -> levels.put(rs.getString(1), rs.getLong(2))).list();
        assertThat(levels).containsKeys("NONE", "REMINDER", "YELLOW", "RED");
    }
}
