package org.tongban.supervision;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * 督查督办 ({@code tongban.supervision.*}). Days are working days on the holiday calendar, except the
 * re-check's, which are natural days.
 *
 * @param deadlineDays the deadline of an item opened for a feedback problem (and of a reopened one)
 * @param urgeBefore how many working days before its deadline an item is urged (催办), once
 * @param reminderAfter working days overdue for 提醒
 * @param yellowAfter working days overdue for 黄牌
 * @param redAfter working days overdue for 红牌 and the report to the supervisors of the region above
 * @param recheckAfter natural days after closing when the 回头看 is due
 * @param checkInterval how often the deadline and re-check job runs
 * @param checkDelay the first run after start-up
 * @param batchSize items handled in one transaction of the job
 */
@ConfigurationProperties("tongban.supervision")
public record SupervisionProperties(
        @DefaultValue("5") int deadlineDays,
        @DefaultValue("1") int urgeBefore,
        @DefaultValue("1") int reminderAfter,
        @DefaultValue("3") int yellowAfter,
        @DefaultValue("5") int redAfter,
        @DefaultValue("30") int recheckAfter,
        @DefaultValue("15m") Duration checkInterval,
        @DefaultValue("2m") Duration checkDelay,
        @DefaultValue("200") int batchSize) {

    public SupervisionProperties {
        if (deadlineDays < 1 || urgeBefore < 0 || reminderAfter < 1 || yellowAfter < reminderAfter
                || redAfter < yellowAfter || recheckAfter < 1 || batchSize < 1) {
            throw new IllegalArgumentException("tongban.supervision: days must grow from reminder to yellow to red, "
                    + "and deadline, re-check and batch be positive");
        }
    }
}
