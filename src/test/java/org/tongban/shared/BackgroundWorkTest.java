package org.tongban.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

class BackgroundWorkTest {

    private Instant now = Instant.parse("2026-12-07T02:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final BackgroundWork work = new BackgroundWork(clock);

    @Test
    void withNothingStartedItIsUp() {
        assertThat(work.health().getStatus()).isEqualTo(Status.UP);
        assertThat(work.idle()).isTrue();
    }

    @Test
    void startingWhileAnyPieceRunsThenUpWithHowLongEachTook() {
        BackgroundWork.Task search = work.start("search");
        BackgroundWork.Task cases = work.start("demo-cases");
        cases.progress("150 of 300");
        now = now.plus(Duration.ofSeconds(12));
        search.done();

        Health running = work.health();
        assertThat(running.getStatus()).isEqualTo(BackgroundWork.STARTING);
        assertThat(work.idle()).isFalse();
        assertThat(running.getDetails()).containsOnlyKeys("demo-cases", "search");
        assertThat(running.getDetails().get("demo-cases"))
                .isEqualTo(Map.of("state", "running", "progress", "150 of 300", "seconds", 12.0));
        assertThat(running.getDetails().get("search")).isEqualTo(Map.of("state", "done", "seconds", 12.0));

        now = now.plus(Duration.ofSeconds(30));
        cases.done();
        Health finished = work.health();
        assertThat(finished.getStatus()).isEqualTo(Status.UP);
        assertThat(finished.getDetails().get("demo-cases")).isEqualTo(Map.of("state", "done", "seconds", 42.0));
        assertThat(finished.getDetails().get("search")).as("its time stopped when it ended")
                .isEqualTo(Map.of("state", "done", "seconds", 12.0));
    }

    @Test
    void aPieceThatFailedLeavesItDegradedOnceTheRestHasEnded() {
        BackgroundWork.Task search = work.start("search");
        BackgroundWork.Task cases = work.start("demo-cases");
        search.progress("index");
        search.failed();
        assertThat(work.health().getStatus()).as("still running beats failed").isEqualTo(BackgroundWork.STARTING);
        cases.done();
        assertThat(work.health().getStatus()).isEqualTo(BackgroundWork.DEGRADED);
        assertThat(work.health().getDetails().get("search")).as("it tells where it stopped")
                .isEqualTo(Map.of("state", "failed", "progress", "index", "seconds", 0.0));
    }

    @Test
    void startingAgainReplacesTheEarlierRecord() {
        work.start("search").failed();
        work.start("search");
        assertThat(work.health().getStatus()).isEqualTo(BackgroundWork.STARTING);
    }
}
