package org.tongban.cluster;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * ShedLock over the {@code shedlock} table: a job annotated {@code @SchedulerLock} runs only where its row
 * lock was taken. Lock times come from the database clock, so instances whose clocks drift still agree. A
 * job holds its lock for at least its interval ({@code lockAtLeastFor}), so across all instances it runs
 * once an interval; at most {@value #AT_MOST} unless it says otherwise, so a crashed instance never blocks it
 * for longer. The lock is the outermost advice: a job's transaction commits before its lock is given back.
 *
 * <p>Each attempt is counted in {@code tongban.scheduler.jobs} (tags {@code job}, {@code outcome} = run or
 * skipped) at {@code /actuator/prometheus}, so operations see which instance ran what.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = SchedulerLocks.AT_MOST, order = Ordered.HIGHEST_PRECEDENCE)
class SchedulerLocks {

    static final String AT_MOST = "PT30M";

    @Bean
    LockProvider lockProvider(DataSource dataSource, MeterRegistry meters) {
        return new CountingLockProvider(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build()), meters);
    }

    /** Counts who took a job's lock and who found it taken. */
    static final class CountingLockProvider implements LockProvider {

        private final LockProvider delegate;
        private final MeterRegistry meters;

        CountingLockProvider(LockProvider delegate, MeterRegistry meters) {
            this.delegate = delegate;
            this.meters = meters;
        }

        @Override
        public Optional<SimpleLock> lock(LockConfiguration configuration) {
            Optional<SimpleLock> lock = delegate.lock(configuration);
            meters.counter("tongban.scheduler.jobs", "job", configuration.getName(),
                    "outcome", lock.isPresent() ? "run" : "skipped").increment();
            return lock;
        }
    }
}
