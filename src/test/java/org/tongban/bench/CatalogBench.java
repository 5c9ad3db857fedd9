package org.tongban.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.tongban.TongbanApplication;

/**
 * Measures the guide page and {@code GET /api/v1/items/{code}} under 50 concurrent clients against the
 * platform running in this JVM on the seed catalog (embedded database, in memory). Prints throughput and
 * latency percentiles. Run: {@code ./mvnw -Pbench test-compile exec:java}. Not a test: figures, not verdicts.
 */
public final class CatalogBench {

    private static final int CLIENTS = Integer.getInteger("bench.clients", 50);
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
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            List<String> codes = codes(client, base);
            System.out.printf("catalog: %d published items sampled; %d clients; %d s per run (after %d s warm-up)%n",
                    codes.size(), CLIENTS, SECONDS, WARMUP_SECONDS);
            run(client, base + "/guide/", codes, "guide page  ", WARMUP_SECONDS);
            run(client, base + "/guide/", codes, "guide page  ", SECONDS);
            run(client, base + "/api/v1/items/", codes, "items API   ", WARMUP_SECONDS);
            run(client, base + "/api/v1/items/", codes, "items API   ", SECONDS);
        } finally {
            app.close();
        }
    }

    private static List<String> codes(HttpClient client, String base) throws Exception {
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

    private static void run(HttpClient client, String prefix, List<String> codes, String label, int seconds)
            throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        AtomicInteger errors = new AtomicInteger();
        List<Future<long[]>> results = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            for (int c = 0; c < CLIENTS; c++) {
                int offset = c;
                results.add(pool.submit(() -> {
                    long[] latencies = new long[1 << 16];
                    int n = 0;
                    int i = offset;
                    while (System.nanoTime() < end) {
                        var request = HttpRequest.newBuilder(URI.create(prefix + codes.get(i++ % codes.size()))).build();
                        long start = System.nanoTime();
                        var response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        long took = System.nanoTime() - start;
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                        if (n == latencies.length) {
                            latencies = Arrays.copyOf(latencies, n * 2);
                        }
                        latencies[n++] = took;
                    }
                    return Arrays.copyOf(latencies, n);
                }));
            }
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> result : results) {
                all.add(result.get());
            }
            long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            if (seconds == WARMUP_SECONDS && seconds != SECONDS) {
                return;
            }
            System.out.printf("%s %8.0f req/s  p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  (%d requests, %d non-200)%n",
                    label, merged.length / (double) seconds, percentile(merged, 50), percentile(merged, 95),
                    percentile(merged, 99), merged.length, errors.get());
        } finally {
            pool.shutdownNow();
        }
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1_000_000.0;
    }
}
