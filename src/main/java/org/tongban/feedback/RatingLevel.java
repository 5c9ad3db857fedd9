package org.tongban.feedback;

import java.util.Arrays;
import java.util.Optional;

/** The five levels of 好差评, from 5 (非常满意) to 1 (非常不满意); 不满意 and 非常不满意 are 差评. */
public enum RatingLevel {
    VERY_DISSATISFIED(1), DISSATISFIED(2), BASICALLY_SATISFIED(3), SATISFIED(4), VERY_SATISFIED(5);

    private final int value;

    RatingLevel(int value) {
        this.value = value;
    }

    public int value() {
        return value;
    }

    public boolean bad() {
        return value <= DISSATISFIED.value;
    }

    public static Optional<RatingLevel> of(int value) {
        return Arrays.stream(values()).filter(l -> l.value == value).findFirst();
    }
}
