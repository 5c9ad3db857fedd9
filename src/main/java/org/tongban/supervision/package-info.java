/**
 * 督查督办: tracked follow-up with a deadline and escalation. An item names the responsible unit and person, the
 * deadline and the required result; it is opened by a supervisor or, through
 * {@link org.tongban.feedback.FeedbackEvent}s, for an overdue ticket or rectification, a repeated complaint or
 * clustered bad ratings. {@code SupervisionDeadlines} urges (催办) before the deadline and escalates after it
 * (提醒, 黄牌, 红牌 with a report to the region above); the unit reports progress with evidence, a supervisor
 * verifies or sends it back, and a 回头看 after closing reopens the item when the problem is back. 集中会商
 * records link several units to an item. {@link org.tongban.supervision.OverdueCases} keeps the overdue cases
 * casework reports, and the board shows the six rates of {@link org.tongban.feedback.FeedbackRates}.
 */
@ApplicationModule(displayName = "督查督办",
        allowedDependencies = {"casework", "document::files", "feedback", "identity", "notification", "region",
                "shared"})
package org.tongban.supervision;

import org.springframework.modulith.ApplicationModule;
