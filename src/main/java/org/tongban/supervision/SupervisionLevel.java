package org.tongban.supervision;

/**
 * How far an overdue item has been escalated: none, 提醒 (the first working day overdue), 黄牌 and 红牌 (each
 * after the configured number of working days overdue; a red card is also reported to the level above).
 */
public enum SupervisionLevel {
    NONE, REMINDER, YELLOW, RED;

    /** The level an item reaches after {@code overdueDays} working days past its deadline. */
    static SupervisionLevel reachedAfter(int overdueDays, SupervisionProperties properties) {
        if (overdueDays >= properties.redAfter()) {
            return RED;
        }
        if (overdueDays >= properties.yellowAfter()) {
            return YELLOW;
        }
        return overdueDays >= properties.reminderAfter() ? REMINDER : NONE;
    }

    /** The level after this one (RED stays RED). */
    SupervisionLevel next() {
        return this == RED ? RED : values()[ordinal() + 1];
    }
}
