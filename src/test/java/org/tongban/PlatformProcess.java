package org.tongban;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The platform in a JVM of its own, as production runs it, on a PostgreSQL database of its own: for the
 * tests of the PostgreSQL suite that kill it or run several instances side by side.
 */
public final class PlatformProcess {

    public static final String PG = System.getProperty("tongban.test.postgres.url",
            "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String PG_USER = System.getProperty("tongban.test.postgres.username", "postgres");
    public static final String PG_PASSWORD = System.getProperty("tongban.test.postgres.password", "");

    private PlatformProcess() {
    }

    /** Drops and creates the database {@code name} on the test server; returns its JDBC URL. */
    public static String freshDatabase(String name) throws SQLException {
        String server = PG.substring(0, PG.lastIndexOf('/') + 1);
        try (Connection admin = DriverManager.getConnection(server + "postgres", PG_USER, PG_PASSWORD)) {
            admin.createStatement().execute("drop database if exists " + name + " with (force)");
            admin.createStatement().execute("create database " + name);
        }
        return server + name;
    }

    public static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, PG_USER, PG_PASSWORD);
    }

    public static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * Starts {@code org.tongban.TongbanApplication} on {@code port} against the database at {@code url}, with
     * the test class path and the given extra arguments; its output goes to {@code target/<log>.log}.
     */
    public static Process start(int port, String url, Path files, String log, String... arguments) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // Surefire runs tests from a manifest-only jar; it names the real class path in its own property.
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", classPath,
                "org.tongban.TongbanApplication", "--server.port=" + port,
                "--spring.datasource.url=" + url, "--spring.datasource.username=" + PG_USER,
                "--spring.datasource.password=" + PG_PASSWORD, "--tongban.files.directory=" + files,
                "--logging.level.root=warn", "--spring.main.banner-mode=off"));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of("target", log + ".log").toFile()))
                .start();
    }

    /** Waits until the instance on {@code port} reports itself ready, at most three minutes. */
    public static void waitUntilReady(int port) throws Exception {
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
        throw new IllegalStateException("the platform on port " + port + " did not start in time");
    }

    /** Stops the instance gracefully, then for sure. */
    public static void stop(Process process) throws InterruptedException {
        process.destroy();
        process.waitFor(30, TimeUnit.SECONDS);
        process.destroyForcibly();
    }

    /**
     * A published listing of 兰山区 itself (so 兰山's window clerks take its cases) taking online applications,
     * from the seed catalog, not on a negative list.
     */
    public static String onlineItem(String base) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String page = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/items?region=371302&size=100")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        List<String> codes = JsonPath.read(page, "$.items[*].code");
        for (String code : codes) {
            String detail = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/items/" + code)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            List<String> depth = JsonPath.read(detail, "$.onlineDepth");
            if (depth.contains("RECEIVE") && JsonPath.read(detail, "$.negativeList") == null
                    && "371302".equals(JsonPath.read(detail, "$.region.code"))) {
                return code;
            }
        }
        throw new IllegalStateException("no online listing in the seed catalog");
    }
}
