package org.tongban.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToLongFunction;
import java.util.stream.IntStream;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongban.TongbanApplication;
import org.tongban.feedback.FeedbackBenchAccess;
import org.tongban.feedback.FeedbackRole;
import org.tongban.feedback.TicketKind;
import org.tongban.feedback.Tickets;
import org.tongban.search.SearchReadiness;
import org.tongban.shared.AccountKind;
import org.tongban.shared.Actor;

/**
 * 12345 tickets on PostgreSQL, in this JVM, through the real services: (1) hotline tickets received (validation,
 * duplicate check, insert, step, audit) and dispatched to a department, on one thread and on four; (2) the
 * duplicate check of a new ticket against 100,000 earlier tickets of 兰山区 (loaded straight into the table once,
 * kept for later runs), with the plan of its candidate query. Run (PostgreSQL on 127.0.0.1:5432, user postgres,
 * trust auth): {@code ./mvnw -Pbench test-compile exec:java -Dbench.main=org.tongban.bench.FeedbackBench}. It
 * creates the database {@code tongban_feedback_bench} if missing and never drops it (not {@code test}: the
 * {@code -Ppostgres} suite cleans that one). Prints figures; not a test.
 */
public final class FeedbackBench {

    private static final String HOST = System.getProperty("bench.pg", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String DATABASE = System.getProperty("bench.db", "tongban_feedback_bench");
    /** Tickets before anything is measured (the JIT; with 200, a first run on a new database measured half the rate). */
    private static final int WARMUP = Integer.getInteger("bench.warmup", 1_000);
    private static final int TICKETS = Integer.getInteger("bench.tickets", 2_000);
    private static final int THREADS = Integer.getInteger("bench.threads", 4);
    private static final int EXISTING = Integer.getInteger("bench.existing", 100_000);
    private static final int PROBES = Integer.getInteger("bench.probes", 1_000);
    private static final String REGION = "371302";
    private static final String DEPARTMENT = "11371302MB5517287A";
    private static final String LOADED_BY = "bench-load";
    private static final Actor AGENT = new Actor("bench-hotline", AccountKind.STAFF,
            Set.of(FeedbackRole.HOTLINE_AGENT), REGION, DEPARTMENT);
    private static final Tickets.TicketCommand DISPATCH = new Tickets.TicketCommand("dispatch", List.of(DEPARTMENT),
            null, null, null, null, null, null);

    // phrase parts of a hotline call: who/where, what, since when, how bad, what they ask for
    private static final String[] ROADS = {"沂蒙路", "通达路", "金雀山路", "银雀山路", "兰山路", "解放路", "人民大街",
        "北京路", "上海路", "临西九路", "蒙山大道", "育才路", "涑河北街", "启阳路", "平安路", "新华路", "工业大道",
        "考棚街", "砚池街", "红旗路"};
    private static final String[] PLACES = {"小区", "家属院", "花园", "商住楼", "沿街商铺", "农贸市场", "公交站",
        "十字路口", "幼儿园门口", "菜市场东门"};
    private static final String[] PROBLEMS = {"路灯不亮", "下水道堵塞，污水外溢", "夜间施工噪音扰民",
        "垃圾清运不及时，气味很大", "公交站台顶棚破损", "占道经营影响通行", "共享单车乱停乱放", "自来水水压偏低",
        "供暖温度不达标，室温只有十五度", "电梯经常故障停运", "楼道堆放杂物存在消防隐患", "餐馆油烟直排",
        "窗口工作人员态度生硬", "办理营业执照来回跑了好几趟", "医保报销迟迟没有到账", "不动产登记证一直没有办下来",
        "社保卡补办排队时间太长", "网上办事系统总是提示错误", "停车位被长期占用", "井盖缺失存在安全隐患",
        "行道树倒伏压住电线", "物业不作为，维修基金去向不明", "外卖电动车逆行", "工地渣土车遗撒"};
    private static final String[] SINCE = {"已经一个多星期了", "从上个月开始", "最近三天", "每天晚上十点以后",
        "反映过两次", "快半个月了", "这几天下雨以后", "从国庆节后一直这样"};
    private static final String[] IMPACT = {"老人孩子出行很不方便", "影响周边居民休息", "附近商户意见很大",
        "存在安全隐患", "群众反映强烈", "耽误了正常上班", "孩子上学要绕路", "多次打电话没人管"};
    private static final String[] ASKS = {"希望有关部门尽快处理", "请相关部门核实并回复", "要求尽快给个说法",
        "请派人现场查看", "希望加强日常管理", "请尽快维修", "建议增加巡查频次", "请督促责任单位整改"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "孙", "徐"};
    private static final Tickets.Category[] CATEGORIES = Tickets.Category.values();

    private FeedbackBench() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection admin = DriverManager.getConnection(HOST + "postgres", "postgres", "")) {
            ResultSet exists = admin.createStatement()
                    .executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
            if (!exists.next()) {
                admin.createStatement().execute("create database " + DATABASE);
            }
        }
        ConfigurableApplicationContext app = SpringApplication.run(TongbanApplication.class,
                "--server.port=0", "--spring.profiles.active=bench",
                "--spring.datasource.url=" + HOST + DATABASE + "?reWriteBatchedInserts=true",
                "--spring.datasource.username=postgres", "--spring.datasource.password=",
                "--spring.datasource.hikari.maximum-pool-size=" + (THREADS + 4),
                "--spring.jpa.properties.hibernate.search.backend.directory.type=local-heap",
                "--tongban.search.semantic=false", "--tongban.files.directory=target/bench-files",
                "--tongban.feedback.check-delay=1h", "--tongban.casework.overdue-check-delay=1h",
                "--tongban.supervision.check-delay=1h", "--logging.level.root=warn", "--spring.main.banner-mode=off");
        try {
            // the search index is built in the background after start; measure tickets, not that
            app.getBean(SearchReadiness.class).awaitReady(Duration.ofMinutes(5));
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            jdbc.execute("analyze");
            System.out.printf("tickets on PostgreSQL (%s): %d cores, %s, %,d tickets in the table%n", DATABASE,
                    Runtime.getRuntime().availableProcessors(),
                    jdbc.queryForObject("select version()", String.class).replaceAll(" on .*", ""),
                    jdbc.queryForObject("select count(*) from ticket", Long.class));
            new Throughput(app.getBean(Tickets.class)).run();
            new Duplicates(app, jdbc).run();
        } finally {
            app.close();
        }
    }

    /** Part 1: hotline tickets received and dispatched. */
    private static final class Throughput {

        private final Tickets tickets;
        /** Distinct per run, so mobiles and addresses never match an earlier run's tickets. */
        private final int run = (int) (System.currentTimeMillis() / 1000 % 10_000);
        private final AtomicInteger sequence = new AtomicInteger();

        Throughput(Tickets tickets) {
            this.tickets = tickets;
        }

        void run() throws Exception {
            measure("warm-up", WARMUP, 1, false);
            measure("hotline tickets created + dispatched", TICKETS, 1, true);
            measure("hotline tickets created + dispatched", TICKETS, THREADS, true);
        }

        private void measure(String label, int count, int threads, boolean print) throws Exception {
            long[] latencies = new long[count];
            AtomicInteger next = new AtomicInteger();
            AtomicInteger duplicates = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long started = System.nanoTime();
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        long begin = System.nanoTime();
                        duplicates.addAndGet(once());
                        latencies[i] = System.nanoTime() - begin;
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get(); // rethrows the first failure
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
            if (print) {
                long[] sorted = latencies.clone();
                java.util.Arrays.sort(sorted);
                System.out.printf("%s, %d thread%s: %,d in %.1f s = %,.0f tickets/s  (each: p50 %.1f ms, p95 %.1f ms, "
                                + "p99 %.1f ms; %d likely duplicates offered)%n", label, threads, threads == 1 ? "" : "s",
                        count, seconds, count / seconds, percentile(sorted, 0.50), percentile(sorted, 0.95),
                        percentile(sorted, 0.99), duplicates.get());
            }
        }

        private int once() {
            int n = sequence.incrementAndGet();
            Random random = new Random(run * 1_000_003L + n);
            Tickets.Category category = CATEGORIES[random.nextInt(CATEGORIES.length)];
            TicketKind kind = category.kind();
            String mobile = "139%04d%04d".formatted(run, n % 10_000);
            // an address of this run only: part 2's pool of addresses is left to part 2
            String address = "山东省临沂市兰山区" + ROADS[random.nextInt(ROADS.length)] + (1000 + n) + "号-" + run;
            var created = tickets.create(new Tickets.NewTicket(kind.name(), category.name(), random.nextInt(20) == 0,
                    null, text(random, address), false, SURNAMES[random.nextInt(SURNAMES.length)] + "先生", mobile, null,
                    null, address, null, null, REGION), Tickets.Source.HOTLINE, AGENT, List.of());
            tickets.act(created.ticketNumber(), DISPATCH, AGENT);
            return created.duplicates().size();
        }
    }

    /** Part 2: the duplicate check against 100,000 earlier tickets. */
    private static final class Duplicates {

        private static final String COLUMNS = "id, ticket_number, title, kind, status, created_at, terms, "
                + "coalesce(repeat_of, ticket_number)";

        private final JdbcTemplate jdbc;
        private final FeedbackBenchAccess.Duplicates duplicates;
        private final List<String> halls;

        Duplicates(ConfigurableApplicationContext app, JdbcTemplate jdbc) {
            this.jdbc = jdbc;
            this.duplicates = FeedbackBenchAccess.duplicates(app);
            this.halls = jdbc.queryForList("select code from hall where region_code like '" + REGION + "%' order by code",
                    String.class);
        }

        void run() {
            long loaded = jdbc.queryForObject("select count(*) from ticket where created_by = ?", Long.class, LOADED_BY);
            if (loaded < EXISTING) {
                long started = System.nanoTime();
                load((int) loaded, EXISTING - (int) loaded);
                jdbc.execute("vacuum analyze ticket");
                System.out.printf("loaded %,d tickets in %.0f s%n", EXISTING - loaded, (System.nanoTime() - started) / 1e9);
            } else {
                jdbc.execute("analyze ticket");
            }
            System.out.printf("duplicate check: %,d earlier tickets (%,d loaded), %d halls, %s on disk%n",
                    jdbc.queryForObject("select count(*) from ticket", Long.class),
                    jdbc.queryForObject("select count(*) from ticket where created_by = ?", Long.class, LOADED_BY),
                    halls.size(), jdbc.queryForObject("select pg_size_pretty(pg_total_relation_size('ticket'))", String.class));

            // probes: a new call from an existing caller about an existing place, in words like an earlier ticket's
            List<Probe> probes = new ArrayList<>();
            Random random = new Random(7);
            List<Map<String, Object>> rows = jdbc.queryForList("select requester_mobile, hall_code, address, content "
                    + "from ticket where created_by = ? order by id limit 20000", LOADED_BY);
            for (int i = 0; i < PROBES; i++) {
                Map<String, Object> row = rows.get(random.nextInt(rows.size()));
                String content = (String) row.get("content");
                String text = "再次反映：" + content.replace(ASKS[0], ASKS[1]).replace(SINCE[0], SINCE[1]);
                // half of them name a hall, as a complaint about service at a hall does
                String hall = i % 2 == 0 ? (String) row.get("hall_code") : null;
                if (i % 2 == 0 && hall == null) {
                    hall = halls.get(random.nextInt(halls.size()));
                }
                probes.add(new Probe(text, (String) row.get("requester_mobile"), hall, (String) row.get("address")));
            }
            for (int i = 0; i < 200; i++) {
                Probe p = probes.get(i);
                duplicates.find(p.text, p.mobile, p.hall, p.address);
            }
            long found = 0;
            long[] all = new long[PROBES];
            List<Long> withHall = new ArrayList<>();
            List<Long> withoutHall = new ArrayList<>();
            for (int i = 0; i < PROBES; i++) {
                Probe p = probes.get(i);
                long begin = System.nanoTime();
                found += duplicates.find(p.text, p.mobile, p.hall, p.address);
                all[i] = System.nanoTime() - begin;
                (p.hall == null ? withoutHall : withHall).add(all[i]);
            }
            print("TicketDuplicates#find, all probes", all);
            print("  mobile + address", withoutHall.stream().mapToLong(Long::longValue).toArray());
            print("  mobile + address + hall", withHall.stream().mapToLong(Long::longValue).toArray());
            System.out.printf("  %.2f likely duplicates found per probe on average%n", (double) found / PROBES);

            // the candidate query alone: one OR over the columns (the first design) against one newest-first
            // index range per column (what find() does)
            Timestamp since = Timestamp.from(Instant.now().minus(Duration.ofDays(90)));
            print("candidate query alone (one OR, the first design), mobile + address + hall",
                    time(probes, p -> p.hall == null ? -1 : jdbc.queryForList(orQuery(), p.mobile, p.hall, p.address, since, "").size()));
            print("candidate query alone (UNION of per-column top 200, as find() does), mobile + address + hall",
                    time(probes, p -> p.hall == null ? -1 : jdbc.queryForList(unionQuery(), p.mobile, since, "",
                            p.hall, since, "", p.address, since, "").size()));
            Probe heavy = probes.get(0);
            System.out.println("EXPLAIN (ANALYZE, BUFFERS) of the one-OR candidate query "
                    + "(mobile, hall and address given):");
            explain(orQuery(), heavy.mobile, heavy.hall, heavy.address, since, "");
            System.out.println("EXPLAIN (ANALYZE, BUFFERS) of the per-column query find() runs:");
            explain(unionQuery(), heavy.mobile, since, "", heavy.hall, since, "", heavy.address, since, "");
        }

        private long[] time(List<Probe> probes, ToLongFunction<Probe> query) {
            probes.stream().limit(200).forEach(query::applyAsLong);
            List<Long> times = new ArrayList<>();
            for (Probe p : probes) {
                long begin = System.nanoTime();
                if (query.applyAsLong(p) >= 0) {
                    times.add(System.nanoTime() - begin);
                }
            }
            return times.stream().mapToLong(Long::longValue).toArray();
        }

        /** {@code TicketDuplicates.find}'s candidate query for a probe with a mobile, a hall and an address. */
        private static String orQuery() {
            return "select " + COLUMNS + " from ticket "
                    + "where (requester_mobile = ? or hall_code = ? or address = ?) and created_at >= ? "
                    + "and status <> 'MERGED' and ticket_number <> ? order by created_at desc fetch first 200 rows only";
        }

        /** The same candidates: the newest 200 of the union of each column's newest 200 (each its index, backwards). */
        private static String unionQuery() {
            String branch = "(select " + COLUMNS + " from ticket where %s = ? and created_at >= ? "
                    + "and status <> 'MERGED' and ticket_number <> ? order by created_at desc fetch first 200 rows only)";
            return "select * from (" + branch.formatted("requester_mobile") + " union " + branch.formatted("hall_code")
                    + " union " + branch.formatted("address") + ") c order by created_at desc fetch first 200 rows only";
        }

        private void explain(String sql, Object... params) {
            jdbc.query("explain (analyze, buffers) " + sql, rs -> {
                System.out.println("    " + rs.getString(1));
            }, params);
        }

        /** Tickets of the last 80 days, as a year of 12345 calls about 兰山区 would leave them. */
        private void load(int from, int count) {
            List<String> addresses = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                addresses.add("山东省临沂市兰山区" + ROADS[i % ROADS.length] + (i / ROADS.length + 1) + "号"
                        + PLACES[i % PLACES.length]);
            }
            String[] statuses = {"RECEIVED", "DISPATCHED", "IN_PROGRESS", "REPLIED", "CLOSED", "CLOSED", "ARCHIVED",
                "ARCHIVED", "ARCHIVED", "ARCHIVED", "ARCHIVED", "ARCHIVED", "ARCHIVED", "RETURNED", "MERGED"};
            Instant now = Instant.now();
            int batch = 2_000;
            IntStream.range(0, (count + batch - 1) / batch).parallel().forEach(b -> {
                List<Object[]> rows = new ArrayList<>();
                for (int i = from + b * batch; i < Math.min(from + count, from + (b + 1) * batch); i++) {
                    Random random = new Random(i);
                    Tickets.Category category = CATEGORIES[random.nextInt(CATEGORIES.length)];
                    String address = addresses.get(random.nextInt(addresses.size()));
                    String content = text(random, address);
                    String title = content.codePointCount(0, content.length()) <= 30 ? content
                            : content.substring(0, content.offsetByCodePoints(0, 30)) + "…";
                    Instant created = now.minusSeconds(random.nextLong(80L * 24 * 3600));
                    String status = statuses[random.nextInt(statuses.length)];
                    boolean hotline = random.nextInt(3) > 0;
                    rows.add(new Object[] {"B%011d".formatted(i), hotline ? "HOTLINE" : "WEB", category.kind().name(),
                        category.name(), title, content, duplicates.termsOf(title + " " + content),
                        SURNAMES[random.nextInt(SURNAMES.length)] + (random.nextBoolean() ? "先生" : "女士"),
                        "137%08d".formatted(random.nextInt(30_000) * 1_307),
                        random.nextInt(10) < 6 ? halls.get(random.nextInt(halls.size())) : null, address, REGION, status,
                        Timestamp.from(created.plus(Duration.ofDays(15))), LOADED_BY, Timestamp.from(created),
                        Timestamp.from(created.plus(Duration.ofDays(random.nextInt(10))))});
                }
                jdbc.batchUpdate("""
                        insert into ticket (ticket_number, source, kind, category, urgent, title, content, terms,
                            anonymous, requester_name, requester_mobile, hall_code, address, region_code, status,
                            due_at, overdue_notified, created_by, created_at, updated_at)
                        values (?, ?, ?, ?, false, ?, ?, ?, false, ?, ?, ?, ?, ?, ?, ?, true, ?, ?, ?)
                        """, rows);
            });
        }

        private static void print(String label, long[] nanos) {
            long[] sorted = nanos.clone();
            java.util.Arrays.sort(sorted);
            System.out.printf("%-80s n=%,5d  p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  max %6.2f ms%n", label,
                    sorted.length, percentile(sorted, 0.50), percentile(sorted, 0.95), percentile(sorted, 0.99),
                    sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
        }

        private record Probe(String text, String mobile, String hall, String address) {
        }
    }

    /** A caller's account of a problem: a few dozen phrase parts, so two texts rarely coincide. */
    private static String text(Random random, String address) {
        int building = 1 + random.nextInt(30);
        return "市民来电反映：" + address + "附近" + building + "号楼一带" + PROBLEMS[random.nextInt(PROBLEMS.length)] + "，"
                + SINCE[random.nextInt(SINCE.length)] + "，" + IMPACT[random.nextInt(IMPACT.length)] + "，"
                + ASKS[random.nextInt(ASKS.length)] + "。";
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
