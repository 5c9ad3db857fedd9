package org.tongban.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.tongban.PlatformProcess;
import org.tongban.TestDatabase;
import org.tongban.WebUser;

/**
 * Two instances of the platform in JVMs of their own, on two loopback ports, with the cluster profile
 * against one PostgreSQL database, the machine's Redis and RabbitMQ: what a load balancer in front of them
 * needs. A session signed in on one is valid on the other; a case submitted on one is accepted on the other;
 * its event reaches a RabbitMQ queue; a scheduled job runs once an interval across both. PostgreSQL suite
 * (-Ppostgres) only.
 */
class TwoInstancesTest {

    private static final String DATABASE = "tongban_cluster";
    /** The catalog job ticks every second on both; ShedLock lets it run once a second in all. */
    private static final String[] CLUSTER = {"--spring.profiles.active=demo,cluster",
            "--tongban.catalog.publish-interval=1s",
            "--tongban.search.semantic=false"};

    private static Process first;
    private static Process second;
    private static String one;
    private static String two;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        if (!TestDatabase.isPostgres()) {
            return;
        }
        String url = PlatformProcess.freshDatabase(DATABASE);
        Path files = Files.createTempDirectory("cluster-files");
        int firstPort = PlatformProcess.freePort();
        int secondPort = PlatformProcess.freePort();
        one = "http://127.0.0.1:" + firstPort;
        two = "http://127.0.0.1:" + secondPort;
        // one after the other: the first migrates the database and seeds the catalog and the demo accounts
        first = PlatformProcess.start(firstPort, url, files, "cluster-first", instance("first"));
        PlatformProcess.waitUntilReady(firstPort);
        second = PlatformProcess.start(secondPort, url, files, "cluster-second", instance("second"));
        PlatformProcess.waitUntilReady(secondPort);
    }

    /** The cluster settings, with a search index directory of the instance's own (as on separate machines). */
    private static String[] instance(String name) throws Exception {
        String[] arguments = Arrays.copyOf(CLUSTER, CLUSTER.length + 1);
        arguments[CLUSTER.length] = "--tongban.search.index-directory=" + Files.createTempDirectory("index-" + name);
        return arguments;
    }

    @AfterAll
    static void stopBoth() throws Exception {
        for (Process process : new Process[] {first, second}) {
            if (process != null) {
                PlatformProcess.stop(process);
            }
        }
    }

    @Test
    void aSessionSignedInOnOneInstanceIsValidOnTheOther() throws Exception {
        assumeTrue(TestDatabase.isPostgres(), "needs PostgreSQL (-Ppostgres)");
        // the session cookie is the one a single instance sets, whichever instance sets it
        var loginPage = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(two + "/login")).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(loginPage.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("HttpOnly").contains("SameSite=Lax"));
        WebUser citizen = new WebUser("demo-citizen", "Demo@12345");
        assertThat(citizen.get(two + "/api/v1/me").statusCode()).as("before signing in").isEqualTo(401);
        citizen.signIn(one);
        var me = citizen.get(two + "/api/v1/me");
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat((String) JsonPath.read(me.body(), "$.username")).isEqualTo("demo-citizen");
        // and a page behind sign-in on the second renders for the session of the first
        var page = citizen.get(two + "/me");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("name=\"password\"").contains("demo-citizen");
    }

    @Test
    void aCaseSubmittedOnOneIsAcceptedOnTheOtherAndItsEventsReachRabbitMq() throws Exception {
        assumeTrue(TestDatabase.isPostgres(), "needs PostgreSQL (-Ppostgres)");
        var connections = new CachingConnectionFactory("127.0.0.1", 5672);
        try {
            RabbitAdmin admin = new RabbitAdmin(connections);
            TopicExchange events = new TopicExchange("tongban.events", true, false);
            Queue queue = new Queue("tongban.test.cluster-" + UUID.randomUUID(), false, false, false);
            admin.declareExchange(events);
            admin.declareQueue(queue);
            admin.declareBinding(BindingBuilder.bind(queue).to(events).with("casework.#"));

            WebUser applicant = WebUser.registerPerson(one, 7);
            applicant.signIn(one);
            String item = PlatformProcess.onlineItem(one);
            String materials = applicant.uploadMaterials(one, item);
            String number = applicant.submit(one, item, materials, "cluster-" + UUID.randomUUID());
            assertThat(number).as("case submitted on the first instance").isNotNull();

            WebUser clerk = new WebUser("demo-clerk", "Demo@12345");
            clerk.signIn(two);
            var accepted = clerk.postJson(two + "/api/v1/cases/" + number + "/actions", "{\"action\":\"accept\"}");
            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
            assertThat((String) JsonPath.read(accepted.body(), "$.status")).isEqualTo("ACCEPTED");
            var seenOnOne = applicant.get(one + "/api/v1/cases/" + number);
            assertThat((String) JsonPath.read(seenOnOne.body(), "$.status")).isEqualTo("ACCEPTED");

            RabbitTemplate rabbit = new RabbitTemplate(connections);
            Map<String, String> received = new HashMap<>();
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (received.size() < 2 && System.nanoTime() < deadline) {
                Message message = rabbit.receive(queue.getName(), 1_000);
                if (message != null) {
                    String body = new String(message.getBody(), StandardCharsets.UTF_8);
                    if (body.contains(number)) {
                        received.put(message.getMessageProperties().getReceivedRoutingKey(), body);
                    }
                }
            }
            assertThat(received).containsKeys("casework.CaseSubmitted", "casework.CaseAccepted");
            assertThat((String) JsonPath.read(received.get("casework.CaseSubmitted"), "$.facts.caseNumber"))
                    .isEqualTo(number);
            assertThat((String) JsonPath.read(received.get("casework.CaseAccepted"), "$.facts.regionCode"))
                    .isEqualTo("371302");
            admin.deleteQueue(queue.getName());
        } finally {
            connections.destroy();
        }
    }

    @Test
    void aScheduledJobRunsOnceAnIntervalAcrossBothInstances() throws Exception {
        assumeTrue(TestDatabase.isPostgres(), "needs PostgreSQL (-Ppostgres)");
        WebUser anyone = new WebUser("nobody", "");
        long start = System.nanoTime();
        Runs a0 = Runs.of(anyone.get(one + "/actuator/prometheus").body());
        Runs b0 = Runs.of(anyone.get(two + "/actuator/prometheus").body());
        Thread.sleep(8_000);
        Runs a = Runs.of(anyone.get(one + "/actuator/prometheus").body()).since(a0);
        Runs b = Runs.of(anyone.get(two + "/actuator/prometheus").body()).since(b0);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("catalog-publish-due in %.1f s: first ran %d, skipped %d; second ran %d, skipped %d%n",
                seconds, a.run(), a.skipped(), b.run(), b.skipped());
        assertThat(a.run() + a.skipped()).as("the first ticks every second").isGreaterThanOrEqualTo(4);
        assertThat(b.run() + b.skipped()).as("the second ticks every second").isGreaterThanOrEqualTo(4);
        // an instance never finds its own lock taken (it ticks a second after it finished): a skip is the other's run
        assertThat(a.skipped() + b.skipped()).as("ticks that found the lock taken").isPositive();
        // once a second in all, not once a second on each
        assertThat(a.run() + b.run()).isPositive().isLessThanOrEqualTo((long) Math.ceil(seconds) + 1);
    }

    /** The lock outcomes of the catalog job read from one instance's Prometheus page. */
    private record Runs(long run, long skipped) {

        Runs since(Runs earlier) {
            return new Runs(run - earlier.run, skipped - earlier.skipped);
        }

        static Runs of(String prometheus) {
            return new Runs(count(prometheus, "run"), count(prometheus, "skipped"));
        }

        private static long count(String prometheus, String outcome) {
            Matcher line = Pattern.compile("^tongban_scheduler_jobs_total\\{(?=[^}]*job=\"catalog-publish-due\")(?=[^}]*outcome=\""
                    + outcome + "\")[^}]*} ([0-9.eE+]+)$", Pattern.MULTILINE).matcher(prometheus);
            return line.find() ? (long) Double.parseDouble(line.group(1)) : 0;
        }
    }
}
