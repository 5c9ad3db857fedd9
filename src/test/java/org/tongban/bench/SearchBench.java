package org.tongban.bench;

import java.io.File;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongban.TongbanApplication;
import org.tongban.search.SearchIndex;
import org.tongban.search.SearchReadiness;
import org.tongban.search.SearchSource;
import org.tongban.search.Searches;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The search benchmark: quality on the query file ({@code search/queries.json}: hit@1, hit@3 and MRR by kind)
 * and speed (p50/p95/p99 of one search, searches per second with several threads in-process, and over HTTP
 * with wrk when it is installed), first on the seed catalog and knowledge base, then with the index scaled to
 * 10,000 items and 10,000 knowledge entries (the seed's listings and answers repeated for other townships).
 * Run: {@code ./mvnw -Pbench test-compile exec:java -Dbench.main=org.tongban.bench.SearchBench}. Not a test.
 */
public final class SearchBench {

    private static final int THREADS = Integer.getInteger("bench.threads", 4);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 15);
    private static final int SCALE = Integer.getInteger("bench.scale", 10_000);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SearchBench() {
    }

    /** A query and the basic codes that count as right. */
    private record Case(String query, String kind, List<String> expect) {
    }

    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext app = SpringApplication.run(TongbanApplication.class,
                "--server.port=0", "--spring.profiles.active=bench",
                "--spring.datasource.url=jdbc:h2:mem:searchbench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "--spring.jpa.properties.hibernate.search.backend.directory.type=local-heap",
                "--logging.level.root=warn", "--spring.main.banner-mode=off");
        try {
            long start = System.nanoTime();
            if (!app.getBean(SearchReadiness.class).awaitReady(Duration.ofMinutes(10))) {
                throw new IllegalStateException("the index was not ready in 10 minutes");
            }
            System.out.printf("index ready %.1f s after start-up; %d cores; %s%n", (System.nanoTime() - start) / 1e9,
                    Runtime.getRuntime().availableProcessors(), app.getBean(SearchIndex.class).counts());
            Searches searches = app.getBean(Searches.class);
            List<Case> cases = cases();
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            run("seed catalog and knowledge base", searches, cases, port);
            scale(app);
            System.out.println("scaled: " + app.getBean(SearchIndex.class).counts());
            run(String.format("scaled to %,d items and %,d knowledge entries", SCALE, SCALE), searches, cases, port);
        } finally {
            app.close();
        }
    }

    private static List<Case> cases() throws Exception {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = new ClassPathResource("search/queries.json").getInputStream()) {
            for (JsonNode q : JSON.readTree(in).get("queries")) {
                List<String> expect = new ArrayList<>();
                q.get("expect").forEach(e -> expect.add(e.asString()));
                cases.add(new Case(q.get("query").asString(), q.get("kind").asString(), expect));
            }
        }
        return cases;
    }

    private static void run(String label, Searches searches, List<Case> cases, int port) throws Exception {
        System.out.println();
        System.out.println("=== " + label + " ===");
        // Quality; the first pass is also the cold one (no query vector cached yet).
        Map<String, double[]> byKind = new LinkedHashMap<>();
        List<String> misses = new ArrayList<>();
        List<Long> cold = new ArrayList<>();
        for (Case c : cases) {
            long t = System.nanoTime();
            var results = searches.search(new Searches.Query(c.query(), null, null, null, null, null, 10)).results();
            cold.add(System.nanoTime() - t);
            int rank = -1;
            for (int i = 0; i < results.size(); i++) {
                // An item is expected by its basic code, a life event by "bundle:<code>".
                var hit = results.get(i);
                if (c.expect().contains(hit.basicCode()) || c.expect().contains(hit.type() + ":" + hit.id())) {
                    rank = i;
                    break;
                }
            }
            for (String kind : c.kind().equals("assessment") ? List.of("assessment", "all") : List.of(c.kind(), "others", "all")) {
                double[] m = byKind.computeIfAbsent(kind, k -> new double[4]);
                m[0]++;
                m[1] += rank == 0 ? 1 : 0;
                m[2] += rank >= 0 && rank < 3 ? 1 : 0;
                m[3] += rank >= 0 ? 1.0 / (rank + 1) : 0;
                if (kind.equals("all")) {
                    break;
                }
            }
            if (rank < 0 || rank >= 3) {
                misses.add(c.kind() + " “" + c.query() + "” → " + results.stream().limit(3).map(h -> h.title()).toList());
            }
        }
        System.out.printf("%-12s %6s %8s %8s %7s%n", "kind", "n", "hit@1", "hit@3", "MRR");
        byKind.forEach((kind, m) -> System.out.printf("%-12s %6.0f %7.1f%% %7.1f%% %7.3f%n", kind, m[0],
                100 * m[1] / m[0], 100 * m[2] / m[0], m[3] / m[0]));
        System.out.println("not in the first three (" + misses.size() + "):");
        misses.forEach(m -> System.out.println("  " + m));
        System.out.println("first search of each query (query vector not cached): " + percentiles(cold));

        // One thread, every query 10 times: the latency of a search.
        List<Long> times = new ArrayList<>();
        for (int round = 0; round < 10; round++) {
            for (Case c : cases) {
                long t = System.nanoTime();
                searches.search(new Searches.Query(c.query(), null, null, null, null, null, 10));
                times.add(System.nanoTime() - t);
            }
        }
        System.out.println("one thread, " + times.size() + " searches: " + percentiles(times));

        // Several threads for a while: searches per second in-process.
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<List<Long>>> workers = new ArrayList<>();
        for (int w = 0; w < THREADS; w++) {
            int offset = w * 7;
            workers.add(pool.submit(() -> {
                List<Long> mine = new ArrayList<>();
                for (int i = offset; !stop.get(); i++) {
                    Case c = cases.get(i % cases.size());
                    long t = System.nanoTime();
                    searches.search(new Searches.Query(c.query(), null, null, null, null, null, 10));
                    mine.add(System.nanoTime() - t);
                }
                return mine;
            }));
        }
        Thread.sleep(SECONDS * 1000L);
        stop.set(true);
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> w : workers) {
            all.addAll(w.get());
        }
        pool.shutdown();
        System.out.printf("%d threads for %d s: %,.0f searches/s; %s%n", THREADS, SECONDS, all.size() / (double) SECONDS,
                percentiles(all));

        if (wrkInstalled()) {
            List<String> paths = cases.stream()
                    .map(c -> "/api/v1/search?q=" + URLEncoder.encode(c.query(), StandardCharsets.UTF_8)).toList();
            CatalogBench.measurePaths("http://127.0.0.1:" + port, paths, "GET /api/v1/search over HTTP (wrk)");
        } else {
            System.out.println("(wrk is not installed: apt-get install wrk for the HTTP figures)");
        }
    }

    private static String percentiles(List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return String.format("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms", sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.95)] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6);
    }

    private static boolean wrkInstalled() {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(dir -> new File(dir, "wrk").canExecute());
    }

    /**
     * Brings the index to {@link #SCALE} items and as many knowledge entries: the seed's listings again for
     * other townships of Shandong, and its answers again for them ("在 X 办 Y 去哪里").
     */
    private static void scale(ConfigurableApplicationContext app) {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        SearchIndex index = app.getBean(SearchIndex.class);
        List<String> townships = jdbc.sql("select code from region where char_length(code) >= 9 order by code")
                .query(String.class).list();
        List<String> counties = jdbc.sql("select code from region where char_length(code) = 6 and code not like '%00' order by code")
                .query(String.class).list();
        List<String> places = new ArrayList<>(townships);
        places.addAll(counties);
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql("select code, name from region").query(rs -> {
            names.put(rs.getString(1), rs.getString(2));
        });
        record Doc(String type, String code, String basic, String title, String alternates, String body, String audiences,
                String themes, boolean frequent, String department) {
        }
        List<Doc> items = new ArrayList<>();
        List<Doc> faqs = new ArrayList<>();
        jdbc.sql("select type, code, basic_code, title, alternates, body, audiences, themes, high_frequency, department_name "
                + "from search_document").query(rs -> {
                    Doc d = new Doc(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getString(8), rs.getBoolean(9), rs.getString(10));
                    (d.type().equals("ITEM") ? items : faqs).add(d);
                });
        Random random = new Random(7);
        List<SearchSource.Document> batch = new ArrayList<>();
        long start = System.nanoTime();
        int madeItems = 0;
        int madeFaqs = 0;
        for (int n = 0; items.size() + madeItems < SCALE || faqs.size() + madeFaqs < SCALE; n++) {
            String place = places.get(n % places.size());
            String placeName = names.getOrDefault(place, place);
            if (items.size() + madeItems < SCALE) {
                Doc d = items.get(random.nextInt(items.size()));
                batch.add(new SearchSource.Document(SearchSource.Type.ITEM, "scaled-item-" + n, d.basic(), d.title(),
                        d.alternates(), d.body(), place, placeName, "TOWNSHIP", null, placeName + "便民服务中心", "01",
                        d.audiences(), d.themes(), d.frequent(), "/guide/scaled-item-" + n));
                madeItems++;
            }
            if (faqs.size() + madeFaqs < SCALE) {
                Doc d = faqs.get(random.nextInt(faqs.size()));
                batch.add(new SearchSource.Document(SearchSource.Type.FAQ, "scaled-faq-" + n, d.basic(),
                        "在" + placeName + d.title(), d.alternates(), d.body(), place, placeName, null, null,
                        placeName + "便民服务中心", null, "PERSON ENTERPRISE", d.themes(), false, "/knowledge/scaled-faq-" + n));
                madeFaqs++;
            }
            if (batch.size() >= 200) {
                index.putAll(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            index.putAll(batch);
        }
        long merging = System.nanoTime();
        index.optimize();
        System.out.printf("index merged after the bulk load in %.1f s%n", (System.nanoTime() - merging) / 1e9);
        System.out.printf("%n%,d items and %,d knowledge entries added (with embeddings) in %.0f s%n", madeItems, madeFaqs,
                (System.nanoTime() - start) / 1e9);
    }
}
