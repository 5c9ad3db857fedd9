package org.tongban.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongban.TongbanApplication;
import org.tongban.application.Submissions;
import org.tongban.casework.CaseActions;
import org.tongban.casework.CaseCommand;
import org.tongban.casework.CaseIntake;
import org.tongban.casework.CaseNumber;
import org.tongban.casework.CaseworkRole;
import org.tongban.catalog.Catalog;
import org.tongban.catalog.ItemDetail;
import org.tongban.search.SearchReadiness;
import org.tongban.shared.AccountKind;
import org.tongban.shared.Actor;
import org.tongban.shared.IdNumber;

/**
 * Case throughput on PostgreSQL, in this JVM, through the real services: a submission is a window
 * application checked against the published listing, a new case with its 办件编号, a started Flowable
 * process, its events stored in the publication registry and its audit record; a lifecycle is a
 * submission plus accept, approve and complete (three more process steps). After a long first warm-up
 * (the JIT), measured with a nearly empty case table and again after loading 1,000,000 finished cases. Run (PostgreSQL on 127.0.0.1:5432, user
 * postgres, trust auth): {@code ./mvnw -Pbench test-compile exec:java -Dbench.main=org.tongban.bench.CaseBench}.
 * It drops and recreates the database {@code tongban_bench}. Prints figures; not a test.
 */
public final class CaseBench {

    private static final String HOST = System.getProperty("bench.pg", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String DATABASE = "tongban_bench";
    private static final int THREADS = Integer.getInteger("bench.threads", 16);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 20);
    private static final int WARMUP_SECONDS = Integer.getInteger("bench.warmup", 8);
    /** The JIT needs longer than one run's warm-up to compile the whole path once; done before anything is measured. */
    private static final int FIRST_WARMUP_SECONDS = Integer.getInteger("bench.firstWarmup", 45);
    private static final int EXISTING = Integer.getInteger("bench.existing", 1_000_000);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private CaseBench() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection admin = DriverManager.getConnection(HOST + "postgres", "postgres", "")) {
            admin.createStatement().execute("drop database if exists " + DATABASE + " with (force)");
            admin.createStatement().execute("create database " + DATABASE);
        }
        ConfigurableApplicationContext app = SpringApplication.run(TongbanApplication.class,
                "--server.port=0", "--spring.profiles.active=bench",
                "--spring.datasource.url=" + HOST + DATABASE, "--spring.datasource.username=postgres",
                "--spring.datasource.password=", "--spring.datasource.hikari.maximum-pool-size=" + (THREADS + 4),
                "--tongban.casework.overdue-check-delay=1h", "--logging.level.root=warn",
                "--spring.main.banner-mode=off");
        try {
            // the search index is built in the background after start; measure cases, not that
            app.getBean(SearchReadiness.class).awaitReady(Duration.ofMinutes(5));
            var bench = new Runner(app);
            System.out.printf("cases on PostgreSQL: %d threads, %d s per run after %d s warm-up, %d cores, %d listings%n",
                    THREADS, SECONDS, WARMUP_SECONDS, Runtime.getRuntime().availableProcessors(), bench.items.size());
            bench.measure("first warm-up", true, FIRST_WARMUP_SECONDS, false);
            // Fresh tables have no planner statistics yet; autovacuum would gather them within a minute or so.
            bench.analyze();
            bench.run("submissions, " + bench.caseCount() + " cases", false);
            bench.run("lifecycles (submit, accept, approve, complete), " + bench.caseCount() + " cases", true);
            long started = System.nanoTime();
            bench.load(EXISTING);
            System.out.printf("loaded %,d finished cases in %.0f s%n", EXISTING, (System.nanoTime() - started) / 1e9);
            bench.run("submissions, " + bench.caseCount() + " cases", false);
            bench.run("lifecycles (submit, accept, approve, complete), " + bench.caseCount() + " cases", true);
        } finally {
            app.close();
        }
    }

    private static final class Runner {

        private final Submissions submissions;
        private final CaseActions actions;
        private final JdbcClient jdbc;
        private List<ItemDetail> items;
        private final Map<String, Actor> clerks = new HashMap<>();
        private final Map<String, Actor> approvers = new HashMap<>();

        Runner(ConfigurableApplicationContext app) {
            submissions = app.getBean(Submissions.class);
            actions = app.getBean(CaseActions.class);
            jdbc = app.getBean(JdbcClient.class);
            Catalog catalog = app.getBean(Catalog.class);
            List<ItemDetail> candidates = jdbc.sql("select listing_code from listing where region_code like '3713%' and status = 'PUBLISHED' "
                    + "and negative_list is null order by listing_code").query(String.class).list().stream()
                    .map(code -> catalog.published(code).orElseThrow())
                    .filter(item -> !("01".equals(item.type()) && "PROMISED".equals(item.processingKind())))
                    .toList();
            List<ItemDetail> usable = new ArrayList<>();
            for (ItemDetail item : candidates) {
                clerks.put(item.code(), new Actor("bench-clerk", AccountKind.STAFF, Set.of(CaseworkRole.WINDOW_CLERK),
                        item.region().code(), item.department().code()));
                approvers.put(item.code(), new Actor("bench-approver", AccountKind.STAFF,
                        Set.of(CaseworkRole.APPROVER, CaseworkRole.WINDOW_CLERK), item.region().code(), item.department().code()));
                // the bench fills one free-text field: keep the listings whose form asks for nothing more
                try {
                    submit(item, SEQUENCE.incrementAndGet());
                    usable.add(item);
                } catch (RuntimeException e) {
                    // a form with required fields of its own
                }
                if (usable.size() == 40) {
                    break;
                }
            }
            items = usable;
            System.out.printf("%d listings of 临沂 used%n", items.size());
        }

        long caseCount() {
            return jdbc.sql("select count(*) from cases").query(Long.class).single();
        }

        void run(String label, boolean lifecycle) throws InterruptedException {
            measure(label, lifecycle, WARMUP_SECONDS, false);
            measure(label, lifecycle, SECONDS, true);
        }

        void measure(String label, boolean lifecycle, int seconds, boolean print) throws InterruptedException {
            long events = jdbc.sql("select count(*) from event_publication").query(Long.class).single();
            AtomicLong done = new AtomicLong();
            AtomicLong failed = new AtomicLong();
            ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            long started = System.nanoTime();
            for (int t = 0; t < THREADS; t++) {
                pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        long begin = System.nanoTime();
                        try {
                            once(lifecycle);
                            done.incrementAndGet();
                            latencies.add(System.nanoTime() - begin);
                        } catch (RuntimeException e) {
                            if (failed.incrementAndGet() <= 3) {
                                System.err.println("failed: " + e);
                            }
                        }
                    }
                });
            }
            pool.shutdown();
            pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
            double elapsed = (System.nanoTime() - started) / 1e9;
            if (!print) {
                return;
            }
            long stored = jdbc.sql("select count(*) from event_publication").query(Long.class).single() - events;
            List<Long> sorted = new ArrayList<>(latencies);
            sorted.sort(null);
            System.out.printf("%-75s %8.1f /s  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  (%d done, %d failed, %d events stored)%n",
                    label, done.get() / elapsed, percentile(sorted, 0.50), percentile(sorted, 0.95),
                    percentile(sorted, 0.99), done.get(), failed.get(), stored);
        }

        private void once(boolean lifecycle) {
            int n = SEQUENCE.incrementAndGet();
            ItemDetail item = items.get(n % items.size());
            var submitted = submit(item, n);
            if (!lifecycle) {
                return;
            }
            Actor clerk = clerks.get(item.code());
            Actor approver = approvers.get(item.code());
            String number = submitted.caseNumber();
            actions.act(CaseNumber.of(number), new CaseCommand.Accept(null), null, clerk);
            actions.act(CaseNumber.of(number), new CaseCommand.Approve("同意", null), null, approver);
            actions.act(CaseNumber.of(number), new CaseCommand.Complete(null), null, approver);
        }

        private CaseIntake.Submitted submit(ItemDetail item, int n) {
            Actor clerk = clerks.get(item.code());
            String first17 = String.format("3713021980%02d%02d%03d", 1 + n % 12, 1 + n % 28, n % 1000);
            var walkIn = new Submissions.WalkInApplicant("PERSON", "测试", first17 + IdNumber.checkCharacter(first17),
                    null);
            List<Submissions.MaterialSubmission> paper = item.materials().stream()
                    .filter(ItemDetail.MaterialView::required)
                    .map(m -> new Submissions.MaterialSubmission(m.name(), null)).toList();
            return submissions.submit(new Submissions.ApplicationRequest(item.code(), null,
                    Map.of("reason", "bench"), paper, "bench-" + UUID.randomUUID(), "WINDOW", walkIn), clerk);
        }

        void analyze() {
            jdbc.sql("analyze").update();
        }

        /** Loads finished cases straight into the tables, as years of history would leave them. */
        void load(int count) {
            String listing = items.get(0).code();
            jdbc.sql("""
                    insert into cases (case_number, listing_code, listing_version, item_name, item_type, region_code,
                        department_code, applicant_username, applicant_kind, applicant_name, applicant_number,
                        applicant_mobile, submitted_by, channel, submission_key, status, processing_kind, promised_days,
                        promised_unit, statutory_days, statutory_unit, leader_sign, form_data, materials, submitted_at,
                        intake_deadline, accepted_at, promised_deadline, statutory_deadline, decision, decided_at,
                        completed_at, delivered_at, delivery_method, corrections, overdue_notified, version)
                    select 'H' || lpad(g::text, 12, '0'), :listing, 1, '历史办件', '20', :region, :department,
                        null, 'PERSON', '历史', '371302198001010000', null, 'history', 'WINDOW', 'history-' || g,
                        'DELIVERED', 'PROMISED', 5, 'W', 20, 'W', false, '{}', '[]',
                        now() - (g % 1000) * interval '1 day', current_date, now() - (g % 1000) * interval '1 day',
                        current_date, current_date, 'APPROVED', now(), now(), now(), 'WINDOW', 0, false, 0
                    from generate_series(1, :count) g""")
                    .param("listing", listing).param("region", items.get(0).region().code())
                    .param("department", items.get(0).department().code()).param("count", count).update();
            jdbc.sql("""
                    insert into case_step (case_id, step, status, actor, actor_role, at)
                    select c.id, s.step, 'DELIVERED', 'history', 'WINDOW_CLERK', c.submitted_at
                    from cases c cross join (values ('submit'), ('accept'), ('approve'), ('deliver')) s(step)
                    where c.submitted_by = 'history'""").update();
            jdbc.sql("analyze").update();
        }

        private static double percentile(List<Long> sorted, double p) {
            if (sorted.isEmpty()) {
                return 0;
            }
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
        }
    }
}
