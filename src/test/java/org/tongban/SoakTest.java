package org.tongban;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
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
import org.tongban.casework.CaseFixtures;
import org.tongban.catalog.ItemDetail;
import org.tongban.identity.IdentityFixtures;

/**
 * The embedded database keeps taking writes while its connections come and go: for a minute (system property
 * {@code tongban.soak.seconds}) people apply, withdraw and ask the assistant, while the pool retires its
 * connections at their maximum lifetime (30 s in tests, HikariCP's floor) and, every few seconds, all at once.
 * No write may fail. On PostgreSQL this proves nothing new and is skipped.
 */
class SoakTest extends IntegrationTest {

    private static final Duration EVICT_EVERY = Duration.ofSeconds(4);

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    @Test
    void writesNeverFailWhileEveryPooledConnectionIsReplaced() throws Exception {
        assumeFalse(TestDatabase.isPostgres(), "the fault this guards against is the embedded database's");
        Duration length = Duration.ofSeconds(Long.getLong("tongban.soak.seconds", 60));
        PooledConnections pool = new PooledConnections(dataSource, jdbc);
        IdentityFixtures identity = IdentityFixtures.from(context);
        CaseFixtures cases = CaseFixtures.of(mvc, context);
        Authentication citizen = identity.signedIn(identity.person("长跑测试", newIdNumber(), newMobile()).username());
        ItemDetail item = cases.listing(false, "PROMISED");

        List<String> failures = new ArrayList<>();
        int writes = 0;
        int rotations = 0;
        long end = System.nanoTime() + length.toNanos();
        long nextEviction = System.nanoTime() + EVICT_EVERY.toNanos();
        while (System.nanoTime() < end) {
            if (System.nanoTime() >= nextEviction) {
                pool.closeAllAndAwait();
                rotations++;
                nextEviction = System.nanoTime() + EVICT_EVERY.toNanos();
            }
            var submitted = cases.submit(citizen, cases.application(item, citizen, CaseFixtures.newKey()))
                    .andReturn().getResponse();
            writes++;
            if (submitted.getStatus() != 201) {
                failures.add("submit " + submitted.getStatus() + " " + submitted.getContentAsString());
                continue;
            }
            String number = JsonPath.read(submitted.getContentAsString(), "$.caseNumber");
            var withdrawn = cases.act(citizen, number, Map.of("action", "withdraw")).andReturn().getResponse();
            writes++;
            if (withdrawn.getStatus() != 200) {
                failures.add("withdraw " + withdrawn.getStatus() + " " + withdrawn.getContentAsString());
            }
            var asked = mvc.perform(post("/api/v1/assistant/messages").with(authentication(citizen)).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"怎么办理营业执照\"}"))
                    .andReturn().getResponse();
            writes++;
            if (asked.getStatus() != 200) {
                failures.add("ask " + asked.getStatus() + " " + asked.getContentAsString());
            }
        }
        System.out.printf("soak: %d writes in %d s, all pooled connections replaced %d times, %d failed%n",
                writes, length.toSeconds(), rotations, failures.size());
        assertThat(rotations).isGreaterThanOrEqualTo((int) (length.toSeconds() / EVICT_EVERY.toSeconds()) - 1);
        assertThat(failures).isEmpty();
    }
}
