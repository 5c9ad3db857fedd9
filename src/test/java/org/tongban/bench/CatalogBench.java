package org.tongban.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.tongban.TongbanApplication;

/**
 * Measures the guide page and {@code GET /api/v1/items/{code}} under 50 concurrent connections against
 * the platform started in this JVM on the seed catalog (embedded database, in memory). The load comes
 * from wrk (Debian package {@code wrk}) in its own process, so that the client does not eat the cores
 * it measures. Prints wrk's throughput and latency distribution. Run:
 * {@code ./mvnw -Pbench test-compile exec:java}. Not a test: figures, not verdicts.
 */
public final class CatalogBench {

    private static final int CONNECTIONS = Integer.getInteger("bench.connections", 50);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 20);
    private static final int WARMUP_SECONDS = Integer.getInteger("bench.warmup", 10);

    private CatalogBench() {
    }

    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext app = SpringApplication.run(TongbanApplication.class,
                "--server.port=0", "--spring.profiles.active=bench",
                "--spring.datasource.url=jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "--logging.level.root=warn", "--spring.main.banner-mode=off");
        try {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            String base = "http://127.0.0.1:" + port;
            List<String> codes = codes(base);
            System.out.printf("catalog: %d published items rotated; %d connections; %d s per run after %d s warm-up; "
                    + "%d cores%n", codes.size(), CONNECTIONS, SECONDS, WARMUP_SECONDS,
                    Runtime.getRuntime().availableProcessors());
            var sample = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/guide/" + codes.get(0)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            System.out.printf("a guide page: HTTP %d, %,d bytes, %s%n", sample.statusCode(), sample.body().length(),
                    sample.body().contains("tb-materials") ? "with its materials table" : "WITHOUT the guide body");
            measure(base, "/guide/", codes, "guide page");
            measure(base, "/api/v1/items/", codes, "items API");
        } finally {
            app.close();
        }
    }

    private static List<String> codes(String base) throws Exception {
        var client = HttpClient.newHttpClient();
        String body = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/items?size=100")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        List<String> codes = new ArrayList<>();
        Matcher matcher = Pattern.compile("\"code\":\"([0-9A-Z]{31,33})\"").matcher(body);
        while (matcher.find()) {
            codes.add(matcher.group(1));
        }
        if (codes.isEmpty()) {
            throw new IllegalStateException("no published items: is the seed catalog there?");
        }
        return codes;
    }

    /** Runs wrk twice (warm-up, then measured) over paths that rotate through the sampled items. */
    private static void measure(String base, String prefix, List<String> codes, String label)
            throws IOException, InterruptedException {
        measurePaths(base, codes.stream().map(code -> prefix + code).toList(), label);
    }

    /** Runs wrk twice (warm-up, then measured) over the paths, in turn; prints the measured run. */
    static void measurePaths(String base, List<String> paths, String label) throws IOException, InterruptedException {
        Path script = Files.createTempFile("tongban-bench", ".lua");
        StringBuilder lua = new StringBuilder("local paths = {");
        for (String path : paths) {
            lua.append('"').append(path).append("\",");
        }
        lua.append("}\nlocal i = 0\nrequest = function()\n  i = i + 1\n"
                + "  return wrk.format(\"GET\", paths[(i % #paths) + 1])\nend\n");
        Files.writeString(script, lua, StandardCharsets.UTF_8);
        wrk(base, script, WARMUP_SECONDS, null);
        wrk(base, script, SECONDS, label);
        Files.delete(script);
    }

    private static void wrk(String base, Path script, int seconds, String label) throws IOException, InterruptedException {
        Process wrk = new ProcessBuilder("wrk", "-t2", "-c" + CONNECTIONS, "-d" + seconds + "s", "--latency",
                "-s", script.toString(), base).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0) {
            throw new IllegalStateException("wrk failed (apt-get install wrk):\n" + output);
        }
        if (label != null) {
            System.out.println("== " + label + " ==");
            System.out.println(output.strip());
        }
    }
}
