package org.tongban.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.tongban.PlatformProcess;
import org.tongban.TestDatabase;
import org.tongban.WebUser;

/**
 * A submission acknowledged to the user survives a crash at any point: the platform runs in its own JVM on
 * PostgreSQL, people submit applications over HTTP from several threads, the JVM is killed (SIGKILL) in the
 * middle of the load, and after a restart every acknowledged case is there, with its process, exactly once,
 * and its submission key still returns it. Runs in the PostgreSQL suite (-Ppostgres) only.
 */
class CrashRecoveryTest {

    private static final String DATABASE = "tongban_crash";

    @Test
    void everyAcknowledgedSubmissionSurvivesAKillAndNoneIsDuplicated() throws Exception {
        assumeTrue(TestDatabase.isPostgres(), "needs PostgreSQL (-Ppostgres)");
        String url = PlatformProcess.freshDatabase(DATABASE);
        int port = PlatformProcess.freePort();
        String base = "http://127.0.0.1:" + port;
        Path files = Files.createTempDirectory("crash-files");
        Process app = start(port, url, files);
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        List<Applicant> applicants = new ArrayList<>();
        try {
            PlatformProcess.waitUntilReady(port);
            String item = PlatformProcess.onlineItem(base);
            for (int i = 0; i < 6; i++) {
                WebUser user = WebUser.registerPerson(base, i);
                user.signIn(base);
                applicants.add(new Applicant(user, item, user.uploadMaterials(base, item)));
            }
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService pool = Executors.newFixedThreadPool(applicants.size());
            for (Applicant applicant : applicants) {
                pool.submit(() -> {
                    while (running.get()) {
                        String key = "crash-" + UUID.randomUUID();
                        try {
                            String number = applicant.submit(base, key);
                            if (number != null) {
                                acknowledged.put(applicant.user().login() + "|" + key, number);
                            }
                        } catch (IOException | InterruptedException e) {
                            // the server died under this request: not acknowledged
                        }
                    }
                });
            }
            Thread.sleep(6_000);
            app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            running.set(false);
            pool.shutdown();
            assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            app.destroyForcibly();
        }
        assertThat(acknowledged).as("submissions acknowledged before the kill").hasSizeGreaterThan(20);
        System.out.printf("crash recovery: %d submissions acknowledged before SIGKILL%n", acknowledged.size());

        Process restarted = start(port, url, files);
        try {
            PlatformProcess.waitUntilReady(port);
            try (Connection db = PlatformProcess.connect(url)) {
                for (var entry : acknowledged.entrySet()) {
                    String key = entry.getKey().substring(entry.getKey().indexOf('|') + 1);
                    var row = db.prepareStatement("select count(*), max(process_instance_id) from cases where case_number = ?");
                    row.setString(1, entry.getValue());
                    ResultSet rs = row.executeQuery();
                    rs.next();
                    assertThat(rs.getInt(1)).as("case " + entry.getValue()).isEqualTo(1);
                    var process = db.prepareStatement("select count(*) from act_ru_execution where proc_inst_id_ = ? and parent_id_ is null");
                    process.setString(1, rs.getString(2));
                    ResultSet processes = process.executeQuery();
                    processes.next();
                    assertThat(processes.getInt(1)).as("process of " + entry.getValue()).isEqualTo(1);
                    var byKey = db.prepareStatement("select count(*) from cases where submission_key = ?");
                    byKey.setString(1, key);
                    ResultSet keys = byKey.executeQuery();
                    keys.next();
                    assertThat(keys.getInt(1)).isEqualTo(1);
                }
                ResultSet duplicates = db.createStatement().executeQuery(
                        "select count(*) from (select submitted_by, submission_key from cases group by 1, 2 having count(*) > 1) d");
                duplicates.next();
                assertThat(duplicates.getInt(1)).isZero();
            }
            // The same key after the restart returns the same case, for one applicant's acknowledged submissions.
            Applicant first = applicants.get(0);
            first.user().signIn(base);
            int checked = 0;
            for (var entry : acknowledged.entrySet()) {
                if (entry.getKey().startsWith(first.user().login() + "|") && checked++ < 5) {
                    assertThat(first.submit(base, entry.getKey().substring(entry.getKey().indexOf('|') + 1)))
                            .isEqualTo(entry.getValue());
                }
            }
        } finally {
            PlatformProcess.stop(restarted);
        }
    }

    private static Process start(int port, String url, Path files) throws IOException {
        return PlatformProcess.start(port, url, files, "crash-recovery-app", "--spring.profiles.active=crash");
    }

    /** A signed-in person with the materials of one listing uploaded, submitting it again and again. */
    private record Applicant(WebUser user, String item, String materials) {

        String submit(String base, String key) throws IOException, InterruptedException {
            return user.submit(base, item, materials, key);
        }
    }
}
