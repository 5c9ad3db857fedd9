package org.tongban.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tongban.TestDatabase;
import org.tongban.shared.IdNumber;

/**
 * A submission acknowledged to the user survives a crash at any point: the platform runs in its own JVM on
 * PostgreSQL, people submit applications over HTTP from several threads, the JVM is killed (SIGKILL) in the
 * middle of the load, and after a restart every acknowledged case is there, with its process, exactly once,
 * and its submission key still returns it. Runs in the PostgreSQL suite (-Ppostgres) only.
 */
class CrashRecoveryTest {

    private static final String PG = System.getProperty("tongban.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String PG_USER = System.getProperty("tongban.test.postgres.username", "postgres");
    private static final String PG_PASSWORD = System.getProperty("tongban.test.postgres.password", "");
    private static final String DATABASE = "tongban_crash";
    private static final String PASSWORD = "Crash@2026pass";

    @Test
    void everyAcknowledgedSubmissionSurvivesAKillAndNoneIsDuplicated() throws Exception {
        assumeTrue(TestDatabase.isPostgres(), "needs PostgreSQL (-Ppostgres)");
        String server = PG.substring(0, PG.lastIndexOf('/') + 1);
        try (Connection admin = DriverManager.getConnection(server + "postgres", PG_USER, PG_PASSWORD)) {
            admin.createStatement().execute("drop database if exists " + DATABASE + " with (force)");
            admin.createStatement().execute("create database " + DATABASE);
        }
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path files = Files.createTempDirectory("crash-files");
        Process app = start(port, files);
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        List<Applicant> applicants = new ArrayList<>();
        try {
            waitUntilReady(port);
            String base = "http://127.0.0.1:" + port;
            String item = onlineItem(base);
            for (int i = 0; i < 6; i++) {
                applicants.add(Applicant.register(base, item, i));
            }
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService pool = Executors.newFixedThreadPool(applicants.size());
            for (Applicant applicant : applicants) {
                pool.submit(() -> {
                    while (running.get()) {
                        String key = "crash-" + UUID.randomUUID();
                        try {
                            String number = applicant.submit(key);
                            if (number != null) {
                                acknowledged.put(applicant.login + "|" + key, number);
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

        Process restarted = start(port, files);
        try {
            waitUntilReady(port);
            String base = "http://127.0.0.1:" + port;
            try (Connection db = DriverManager.getConnection(server + DATABASE, PG_USER, PG_PASSWORD)) {
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
            first.signIn(base);
            int checked = 0;
            for (var entry : acknowledged.entrySet()) {
                if (entry.getKey().startsWith(first.login + "|") && checked++ < 5) {
                    assertThat(first.submit(entry.getKey().substring(entry.getKey().indexOf('|') + 1)))
                            .isEqualTo(entry.getValue());
                }
            }
        } finally {
            restarted.destroy();
            restarted.waitFor(30, TimeUnit.SECONDS);
            restarted.destroyForcibly();
        }
    }

    private static Process start(int port, Path files) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // Surefire runs tests from a manifest-only jar; it names the real class path in its own property.
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return new ProcessBuilder(java, "-Xmx512m", "-cp", classPath,
                "org.tongban.TongbanApplication", "--server.port=" + port, "--spring.profiles.active=crash",
                "--spring.datasource.url=" + PG.substring(0, PG.lastIndexOf('/') + 1) + DATABASE,
                "--spring.datasource.username=" + PG_USER, "--spring.datasource.password=" + PG_PASSWORD,
                "--tongban.files.directory=" + files, "--logging.level.root=warn", "--spring.main.banner-mode=off")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of("target", "crash-recovery-app.log").toFile()))
                .start();
    }

    private static void waitUntilReady(int port) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            try {
                var response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the platform did not start in time");
    }

    /** A published listing taking online applications (from the seed catalog), with the fewest required materials. */
    private static String onlineItem(String base) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String page = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/items?region=371302&size=100")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        List<String> codes = JsonPath.read(page, "$.items[*].code");
        for (String code : codes) {
            String detail = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/items/" + code)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            List<String> depth = JsonPath.read(detail, "$.onlineDepth");
            if (depth.contains("RECEIVE") && JsonPath.read(detail, "$.negativeList") == null) {
                return code;
            }
        }
        throw new IllegalStateException("no online listing in the seed catalog");
    }

    /** A registered person with a session, a CSRF token and one uploaded file per required material. */
    private static final class Applicant {

        private final String login;
        private final String item;
        private final HttpClient client;
        private String base;
        private String csrf;
        private String materials;

        private Applicant(String login, String item) {
            this.login = login;
            this.item = item;
            this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .connectTimeout(Duration.ofSeconds(5)).build();
        }

        static Applicant register(String base, String item, int n) throws Exception {
            String first17 = String.format("3713021985%02d%02d%03d", 1 + n, 10 + n, (int) (System.nanoTime() % 1000));
            String mobile = "137" + String.format("%08d", Math.abs((System.nanoTime() + n) % 100_000_000L));
            String body = "{\"name\":\"测试" + "甲乙丙丁戊己".charAt(n % 6) + "\",\"idNumber\":\"" + first17
                    + IdNumber.checkCharacter(first17) + "\",\"mobile\":\"" + mobile + "\",\"password\":\"" + PASSWORD + "\"}";
            var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/v1/persons"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            Applicant applicant = new Applicant(mobile, item);
            applicant.signIn(base);
            applicant.uploadMaterials();
            return applicant;
        }

        void signIn(String base) throws Exception {
            this.base = base;
            String loginPage = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher token = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(loginPage);
            assertThat(token.find()).isTrue();
            String form = "username=" + URLEncoder.encode(login, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + token.group(1);
            client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
            String csrfJson = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/csrf")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            csrf = JsonPath.read(csrfJson, "$.token");
        }

        private void uploadMaterials() throws Exception {
            String detail = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/items/" + item)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            List<String> required = JsonPath.read(detail, "$.materials[?(@.required == true)].name");
            StringBuilder json = new StringBuilder("[");
            for (String name : required) {
                String boundary = "b" + UUID.randomUUID();
                byte[] pdf = org.tongban.casework.CaseFixtures.pdf();
                var bytes = new java.io.ByteArrayOutputStream();
                bytes.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"m.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                bytes.write(pdf);
                bytes.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
                String uploaded = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/uploads"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("X-CSRF-TOKEN", csrf)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(bytes.toByteArray())).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                json.append(json.length() > 1 ? "," : "").append("{\"name\":\"").append(name).append("\",\"fileId\":\"")
                        .append((String) JsonPath.read(uploaded, "$.id")).append("\"}");
            }
            materials = json.append("]").toString();
        }

        /** The case number when the platform acknowledged the submission, else null. */
        String submit(String key) throws IOException, InterruptedException {
            String body = "{\"itemCode\":\"" + item + "\",\"formData\":{\"reason\":\"crash\"},\"materials\":" + materials
                    + ",\"submissionKey\":\"" + key + "\"}";
            var response = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/applications"))
                    .header("Content-Type", "application/json").header("X-CSRF-TOKEN", csrf)
                    .timeout(Duration.ofSeconds(20)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 201 || response.statusCode() == 200) {
                return JsonPath.read(response.body(), "$.caseNumber");
            }
            return null;
        }
    }
}
