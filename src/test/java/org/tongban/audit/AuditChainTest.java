package org.tongban.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.awaitility.Awaitility;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;
import org.tongban.IntegrationTest;
import org.tongban.TestDatabase;
import org.tongban.casework.CaseworkRole;
import org.tongban.identity.AccountRole;
import org.tongban.identity.IdentityFixtures;
import org.tongban.shared.ActionAudited;

/**
 * The audit log is a hash chain: the verifier finds the first record that was altered, re-linked or
 * deleted. Each test tampers inside its own transaction-free window and puts the row back.
 */
class AuditChainTest extends IntegrationTest {

    @Autowired
    AuditLog log;
    @Autowired
    AuditVerifier verifier;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    private AuditRecord append(String action) {
        return log.append(new ActionAudited("tester", "SYSTEM_ADMIN", "370000", action, "test", "1", "detail",
                "127.0.0.1", "req-1", Instant.now()));
    }

    private void tamper(String sql, Object... args) {
        if (TestDatabase.isPostgres()) {
            jdbc.execute("alter table audit_record disable trigger audit_record_append_only");
        }
        try {
            jdbc.update(sql, args);
        } finally {
            if (TestDatabase.isPostgres()) {
                jdbc.execute("alter table audit_record enable trigger audit_record_append_only");
            }
        }
    }

    @Test
    void anUntouchedChainVerifies() {
        append("A");
        append("B");
        var verification = verifier.verify();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.checked()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void findsAnAlteredRecord() {
        AuditRecord target = append("ORIGINAL");
        append("AFTER");
        tamper("update audit_record set action = 'FORGED' where sequence = ?", target.sequence());
        try {
            var verification = verifier.verify();
            assertThat(verification.intact()).isFalse();
            assertThat(verification.firstBrokenSequence()).isEqualTo(target.sequence());
            assertThat(verification.problem()).isEqualTo(AuditVerifier.Verification.Problem.RECORD_ALTERED);
        } finally {
            tamper("update audit_record set action = 'ORIGINAL' where sequence = ?", target.sequence());
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void findsADeletedRecordInTheMiddleAndAtTheEnd() {
        AuditRecord middle = append("MIDDLE");
        AuditRecord last = append("LAST");
        Map<String, Object> middleRow = jdbc.queryForMap("select * from audit_record where sequence = ?", middle.sequence());
        Map<String, Object> lastRow = jdbc.queryForMap("select * from audit_record where sequence = ?", last.sequence());
        tamper("delete from audit_record where sequence = ?", middle.sequence());
        try {
            var verification = verifier.verify();
            assertThat(verification.firstBrokenSequence()).isEqualTo(middle.sequence());
            assertThat(verification.problem()).isEqualTo(AuditVerifier.Verification.Problem.RECORD_MISSING);
        } finally {
            restore(middleRow);
        }
        awaitQuiet();
        tamper("delete from audit_record where sequence = ?", last.sequence());
        try {
            var verification = verifier.verify();
            assertThat(verification.problem()).isEqualTo(AuditVerifier.Verification.Problem.RECORDS_MISSING_AT_END);
        } finally {
            restore(lastRow);
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void aRowCannotBeChangedInPostgresAtAll() {
        Assumptions.assumeTrue(TestDatabase.isPostgres());
        AuditRecord record = append("PROTECTED");
        Assertions.assertThatThrownBy(() -> jdbc.update(
                "update audit_record set action = 'X' where sequence = ?", record.sequence()))
                .hasMessageContaining("append-only");
    }

    @Test
    void adminsVerifyOverTheApiAndOthersMayNot() throws Exception {
        var fixtures = IdentityFixtures.from(context);
        String admin = fixtures.staff("山东省大数据局", AccountRole.SYSTEM_ADMIN);
        String clerk = fixtures.staff("临沂市兰山区行政审批服务局", CaseworkRole.WINDOW_CLERK);
        append("VIA-API");
        mvc.perform(get("/api/v1/audit/verify").with(authentication(fixtures.signedIn(admin))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true));
        mvc.perform(get("/api/v1/audit").with(authentication(fixtures.signedIn(admin))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].hash").isString());
        mvc.perform(get("/api/v1/audit/verify").with(authentication(fixtures.signedIn(clerk))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit").param("verify", "true").with(authentication(fixtures.signedIn(admin))))
                .andExpect(status().isOk())
                .andExpect(MockMvcResultMatchers.content()
                        .string(Matchers.containsString("校验通过")));
    }

    /** No audit event still on its way, so that nothing is appended while the tail is missing. */
    private void awaitQuiet() {
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select count(*) from event_publication where completion_date is null", Integer.class) == 0);
    }

    private void restore(Map<String, Object> row) {
        tamper("""
                insert into audit_record (sequence, recorded_at, actor, role, actor_region, action, resource_type,
                    resource_id, detail, source_address, request_id, previous_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                row.get("sequence"), row.get("recorded_at"), row.get("actor"), row.get("role"), row.get("actor_region"),
                row.get("action"), row.get("resource_type"), row.get("resource_id"), row.get("detail"),
                row.get("source_address"), row.get("request_id"), row.get("previous_hash"), row.get("hash"));
    }
}
