package org.tongban.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * What modules go on doing after the platform has become ready (the search index built and its model loaded,
 * the demo cases made), shown by the health endpoint as its {@code background} component, so that it tells
 * the truth: the platform serves requests ({@code UP}) while that work is under way.
 *
 * <p>The component is {@link #STARTING} while any piece of work runs, {@link #DEGRADED} when one stopped
 * with an error (its log says which; the platform still serves, with less) and {@code UP} when all of it is
 * done. Its details (shown where the health endpoint shows details) name each piece with its state and
 * progress. Neither of the two extra states takes the instance out of a load balancer: both answer 200.
 */
@Component("background")
public class BackgroundWork implements HealthIndicator {

    /** Work is still under way. */
    public static final Status STARTING = new Status("STARTING", "background work under way");
    /** A piece of work stopped with an error. */
    public static final Status DEGRADED = new Status("DEGRADED", "background work stopped with an error");

    private final Clock clock;
    private final Map<String, Task> tasks = new ConcurrentHashMap<>();

    BackgroundWork(Clock clock) {
        this.clock = clock;
    }

    /** Records that a piece of work named {@code name} starts now; the handle reports how it goes. */
    public Task start(String name) {
        Task task = new Task(name, clock);
        tasks.put(name, task);
        return task;
    }

    /** True when no piece of work is still under way. */
    boolean idle() {
        return tasks.values().stream().allMatch(task -> task.state != State.RUNNING);
    }

    @Override
    public Health health() {
        Status status = Status.UP;
        if (tasks.values().stream().anyMatch(task -> task.state == State.FAILED)) {
            status = DEGRADED;
        }
        if (!idle()) {
            status = STARTING;
        }
        Map<String, Object> details = new TreeMap<>();
        tasks.values().forEach(task -> details.put(task.name, task.describe(clock.instant())));
        return Health.status(status).withDetails(details).build();
    }

    enum State {
        RUNNING, DONE, FAILED
    }

    /** One piece of background work: its progress, then its end. */
    public static final class Task {

        private final String name;
        private final Clock clock;
        private final Instant startedAt;
        private volatile State state = State.RUNNING;
        private volatile String progress = "";
        private volatile Instant endedAt;

        private Task(String name, Clock clock) {
            this.name = name;
            this.clock = clock;
            this.startedAt = clock.instant();
        }

        /** How far it has come, in words an operator reads (e.g. "150 of 300"). */
        public void progress(String progress) {
            this.progress = progress;
        }

        /** The work has finished (what it said of its progress goes with it). */
        public void done() {
            end(State.DONE);
        }

        /** The work stopped with an error (logged by the caller). */
        public void failed() {
            end(State.FAILED);
        }

        private void end(State state) {
            this.progress = state == State.DONE ? "" : progress;
            this.endedAt = clock.instant();
            this.state = state;
        }

        private Map<String, Object> describe(Instant now) {
            Map<String, Object> described = new LinkedHashMap<>();
            described.put("state", state.name().toLowerCase());
            if (!progress.isEmpty()) {
                described.put("progress", progress);
            }
            Instant end = endedAt == null ? now : endedAt;
            described.put("seconds", Duration.between(startedAt, end).toMillis() / 1000.0);
            return described;
        }
    }
}
