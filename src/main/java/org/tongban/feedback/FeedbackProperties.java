package org.tongban.feedback;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of ratings and tickets ({@code tongban.feedback.*}).
 *
 * @param defaultAfter how long after completion an unrated case gets the default rating (7 natural days)
 * @param defaultLevel the default rating, 3 (基本满意) unless configured; never a bad level
 * @param verifyDays working days a department has to verify a bad rating (核实)
 * @param fixDays working days of a rectification with a deadline (限期整改), unless the department sets fewer
 * @param clusterSize bad ratings of one item or hall within {@code clusterWindow} that open supervision
 * @param clusterWindow the window of {@code clusterSize}
 * @param repeatThreshold tickets about one problem that open supervision (the first and its repeats)
 * @param duplicateSimilarity the Dice similarity of two texts' terms from which tickets are likely duplicates
 * @param duplicateWindow how far back duplicates and repeats are looked for
 * @param consultDays working days to reply to a 咨询
 * @param helpDays working days to reply to a 求助
 * @param suggestionDays working days to reply to a 建议
 * @param complaintDays working days to reply to a 投诉
 * @param reportDays working days to reply to a 举报
 * @param urgentHours hours to reply to an urgent ticket, whatever its kind
 * @param maxAttachmentBytes the largest attachment of a complaint
 * @param hotlineRegion the region of the 12345 hotline: where a ticket naming no case, hall or region belongs
 */
@ConfigurationProperties("tongban.feedback")
record FeedbackProperties(
        @DefaultValue("7d") Duration defaultAfter,
        @DefaultValue("3") int defaultLevel,
        @DefaultValue("1") int verifyDays,
        @DefaultValue("5") int fixDays,
        @DefaultValue("3") int clusterSize,
        @DefaultValue("30d") Duration clusterWindow,
        @DefaultValue("3") int repeatThreshold,
        @DefaultValue("0.5") double duplicateSimilarity,
        @DefaultValue("90d") Duration duplicateWindow,
        @DefaultValue("2") int consultDays,
        @DefaultValue("10") int helpDays,
        @DefaultValue("10") int suggestionDays,
        @DefaultValue("15") int complaintDays,
        @DefaultValue("15") int reportDays,
        @DefaultValue("2") int urgentHours,
        @DefaultValue("10485760") long maxAttachmentBytes,
        @DefaultValue("371300") String hotlineRegion) {

    FeedbackProperties {
        if (RatingLevel.of(defaultLevel).map(RatingLevel::bad).orElse(true)) {
            throw new IllegalArgumentException("tongban.feedback.default-level must be 3, 4 or 5");
        }
        if (Math.min(Math.min(consultDays, helpDays), Math.min(Math.min(suggestionDays, complaintDays), reportDays)) <= 0
                || urgentHours <= 0) {
            throw new IllegalArgumentException("tongban.feedback time limits must be positive");
        }
    }

    /** Working days to reply to a ticket of this kind. */
    int limit(TicketKind kind) {
        return switch (kind) {
            case CONSULT -> consultDays;
            case HELP -> helpDays;
            case SUGGESTION -> suggestionDays;
            case COMPLAINT -> complaintDays;
            case REPORT -> reportDays;
        };
    }
}
