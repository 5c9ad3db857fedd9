package org.tongban.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole platform, so that tests can move time. It runs on Beijing time whatever the
 * server's zone: dates such as a deadline or a holiday are Chinese calendar dates.
 */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

    /** The zone every business date is taken in. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
