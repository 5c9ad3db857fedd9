package org.tongban.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The levels an overdue item reaches follow the configured thresholds, which must grow. */
class SupervisionLevelTest {

    private static SupervisionProperties thresholds(int reminder, int yellow, int red) {
        return new SupervisionProperties(5, 1, reminder, yellow, red, 30, Duration.ofMinutes(15), Duration.ofMinutes(2),
                200);
    }

    @Test
    void theLevelFollowsTheConfiguredWorkingDaysOverdue() {
        SupervisionProperties defaults = thresholds(1, 3, 5);
        assertThat(SupervisionLevel.reachedAfter(0, defaults)).isEqualTo(SupervisionLevel.NONE);
        assertThat(SupervisionLevel.reachedAfter(1, defaults)).isEqualTo(SupervisionLevel.REMINDER);
        assertThat(SupervisionLevel.reachedAfter(2, defaults)).isEqualTo(SupervisionLevel.REMINDER);
        assertThat(SupervisionLevel.reachedAfter(3, defaults)).isEqualTo(SupervisionLevel.YELLOW);
        assertThat(SupervisionLevel.reachedAfter(5, defaults)).isEqualTo(SupervisionLevel.RED);
        SupervisionProperties strict = thresholds(1, 2, 2);
        assertThat(SupervisionLevel.reachedAfter(2, strict)).isEqualTo(SupervisionLevel.RED);
        assertThat(SupervisionLevel.RED.next()).isEqualTo(SupervisionLevel.RED);
    }

    @Test
    void thresholdsThatDoNotGrowAreRefusedAtStartUp() {
        assertThatThrownBy(() -> thresholds(3, 2, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> thresholds(1, 5, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> thresholds(0, 3, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
