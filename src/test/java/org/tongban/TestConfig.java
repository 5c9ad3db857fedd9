package org.tongban;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongban.shared.AccessRules;
import org.tongban.shared.TimeConfiguration;

/** What every integration test shares: a clock tests can move, and a clean PostgreSQL schema. */
@TestConfiguration(proxyBeanMethods = false)
public class TestConfig {

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock();
    }

    /** On PostgreSQL, start every run from an empty schema so that earlier runs leave nothing behind. */
    @Bean
    @Profile("test-postgres")
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }

    /**
     * A page and an endpoint that fail as a bug would, for the 500 page and problem. Picked up by component
     * scanning (test classes are under the application's package), so only in tests.
     */
    /** The failing page and endpoint are for signed-in accounts; the undeclared ones have no rule at all. */
    @Bean
    AccessRules testAccessRules() {
        return AccessRules.of("test").signedIn("/test/fail", "/api/v1/test/fail");
    }

    /** Mapped, but declared by no module: denied to everyone, signed in or not. */
    @RestController
    public static class UndeclaredEndpoint {

        @GetMapping({"/test/undeclared", "/api/v1/test/undeclared"})
        String served() {
            return "served";
        }
    }

    @Controller
    public static class FailingPage {

        @GetMapping("/test/fail")
        String fail() {
            throw new IllegalStateException("a bug, on purpose");
        }
    }

    @RestController
    public static class FailingEndpoint {

        @GetMapping("/api/v1/test/fail")
        String fail() {
            throw new IllegalStateException("a bug, on purpose");
        }
    }

    /** The system clock plus an offset that tests can advance. */
    public static final class MutableClock extends Clock {

        private volatile Duration offset = Duration.ZERO;

        public void advance(Duration duration) {
            offset = offset.plus(duration);
        }

        /** Moves the clock to {@code time} (Beijing time) on {@code date}. */
        public void setTo(LocalDate date, LocalTime time) {
            offset = Duration.between(Instant.now(), date.atTime(time).atZone(getZone()).toInstant());
        }

        public void reset() {
            offset = Duration.ZERO;
        }

        @Override
        public ZoneId getZone() {
            return TimeConfiguration.ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.offset(Clock.system(zone), offset);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }
}
