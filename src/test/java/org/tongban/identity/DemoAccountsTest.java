package org.tongban.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.tongban.IntegrationTest;
import org.tongban.TestDatabase;
import org.tongban.region.RegionDirectory;

/** The demo accounts the README lists exist, sign in with the README's password and sit where it says. */
class DemoAccountsTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    private DemoAccounts demo(String... profiles) {
        var environment = new MockEnvironment();
        environment.setActiveProfiles(profiles);
        return new DemoAccounts(context.getBean(Accounts.class), context.getBean(People.class),
                context.getBean(Enterprises.class), context.getBean(HandlerAuthorizations.class),
                context.getBean(StaffEnrolment.class), context.getBean(RegionDirectory.class),
                context.getBean(RegisteredClientRepository.class), context.getBean(PasswordEncoder.class), environment,
                clock, context.getBean(RoleDirectory.class));
    }

    @Test
    void everyDemoAccountSignsInWithTheDocumentedPassword() throws Exception {
        Assumptions.assumeFalse(TestDatabase.isPostgres(), "demo data is never loaded on PostgreSQL");
        demo("demo").run(null);
        demo("demo").run(null);
        for (String username : List.of("demo-citizen", "demo-company", "demo-clerk", "demo-approver", "demo-leader",
                "demo-supervisor", "demo-catalog", "demo-knowledge", "demo-admin")) {
            var session = new MockHttpSession();
            mvc.perform(post("/login").session(session).param("username", username)
                    .param("password", DemoAccounts.PASSWORD).with(csrf()));
            mvc.perform(get("/api/v1/me").session(session)).andExpect(jsonPath("$.username").value(username));
        }
        var clerk = new MockHttpSession();
        mvc.perform(post("/login").session(clerk).param("username", "demo-clerk")
                .param("password", DemoAccounts.PASSWORD).with(csrf()));
        mvc.perform(get("/api/v1/me").session(clerk))
                .andExpect(jsonPath("$.region.code").value("371302"))
                .andExpect(jsonPath("$.department.name").value("临沂市兰山区行政审批服务局"));
    }

    @Test
    void demoDataRefusesThePostgresProfile() {
        assertThat(demo("demo", "postgres").allowed()).isFalse();
        assertThat(demo("demo").allowed()).isTrue();
    }
}
