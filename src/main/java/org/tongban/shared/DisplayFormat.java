package org.tongban.shared;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Dates and times as people read them, in the platform's time zone; pages call it as {@code @display}. */
@Component("display")
public class DisplayFormat {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final ZoneId zone;

    DisplayFormat(@Value("${tongban.identity.zone:Asia/Shanghai}") ZoneId zone) {
        this.zone = zone;
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    /** The day of an instant, in the platform's zone. */
    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(zone));
    }

    /** The last day an end instant (exclusive, at midnight) still covers. */
    public String lastDay(Instant endExclusive) {
        return endExclusive == null ? "" : DATE.format(endExclusive.minusSeconds(1).atZone(zone));
    }
}
