package org.tongban.casework;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.tongban.identity.AccountRole;
import org.tongban.shared.Actor;
import org.tongban.shared.AuditTrail;
import org.tongban.shared.BusinessException;
import org.tongban.shared.CommonError;
import org.tongban.shared.InputCheck;

/**
 * The working-day calendar that time limits count on (法定节假日 and 调休). A day with a {@code HOLIDAY} row is
 * not a working day, a weekend day with a {@code WORKDAY} row (调休上班) is, and any other day is a working
 * day from Monday to Friday. The whole table is held in memory as an immutable snapshot, loaded on first use
 * and dropped after every change so that the next use reads it again. System administrators maintain it.
 */
@Service
public class WorkingCalendar {

    /** An official holiday: not a working day, even from Monday to Friday. */
    public static final String HOLIDAY = "HOLIDAY";
    /** A make-up working day (调休上班) on a Saturday or Sunday. */
    public static final String WORKDAY = "WORKDAY";

    private static final Set<String> KINDS = Set.of(HOLIDAY, WORKDAY);
    private static final int NAME_LENGTH = 40;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    private volatile Snapshot snapshot;
    private long generation;

    WorkingCalendar(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** One row of the calendar: a holiday or a make-up working day, and the festival it belongs to. */
    public record CalendarDay(LocalDate day, String kind, String name) {
    }

    /** Whether staff work on this day. */
    public boolean isWorkingDay(LocalDate day) {
        return snapshot().isWorkingDay(Objects.requireNonNull(day, "day"));
    }

    /**
     * The day on which the {@code days}-th working day after {@code start} falls; {@code start} itself is not
     * counted, and 0 days give {@code start}. A case accepted on D with a limit of N working days is due on
     * {@code plusWorkingDays(D, N)}.
     */
    public LocalDate plusWorkingDays(LocalDate start, int days) {
        Objects.requireNonNull(start, "start");
        requireNotNegative(days);
        Snapshot calendar = snapshot();
        LocalDate day = start;
        for (int left = days; left > 0; ) {
            day = day.plusDays(1);
            if (calendar.isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** The number of working days after {@code fromExclusive} up to and including {@code toInclusive}. */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        Objects.requireNonNull(fromExclusive, "fromExclusive");
        Objects.requireNonNull(toInclusive, "toInclusive");
        if (!toInclusive.isAfter(fromExclusive)) {
            return 0;
        }
        long count = weekdaysBetween(fromExclusive, toInclusive);
        for (CalendarDay row : snapshot().days().subMap(fromExclusive, false, toInclusive, true).values()) {
            boolean weekday = isWeekday(row.day());
            if (weekday && HOLIDAY.equals(row.kind())) {
                count--;
            } else if (!weekday && WORKDAY.equals(row.kind())) {
                count++;
            }
        }
        return Math.toIntExact(count);
    }

    /** The day {@code days} natural days (自然日) after {@code start}. */
    public LocalDate plusNaturalDays(LocalDate start, int days) {
        Objects.requireNonNull(start, "start");
        requireNotNegative(days);
        return start.plusDays(days);
    }

    /** {@code days} after {@code start} in a time limit's unit: {@code W} working days, {@code N} natural days. */
    public LocalDate plus(LocalDate start, int days, String unit) {
        return "N".equals(unit) ? plusNaturalDays(start, days) : plusWorkingDays(start, days);
    }

    /** The days after {@code from}, up to and including {@code to}, that count against a limit in {@code unit}. */
    public int elapsed(LocalDate from, LocalDate to, String unit) {
        if (!to.isAfter(from)) {
            return 0;
        }
        return "N".equals(unit) ? (int) ChronoUnit.DAYS.between(from, to) : workingDaysBetween(from, to);
    }

    /** Whether the calendar has been maintained for this year (it has at least one row in it). */
    public boolean covers(int year) {
        return snapshot().years().contains(year);
    }

    /** The holidays and make-up working days of a year, by day. */
    public List<CalendarDay> days(int year) {
        return List.copyOf(snapshot().days()
                .subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true).values());
    }

    /**
     * Makes a day a holiday or a make-up working day (or changes it). A make-up working day must fall on a
     * Saturday or Sunday; both need the festival's name. Only system administrators maintain the calendar.
     */
    @Transactional
    public void set(LocalDate day, String kind, String name, Actor actor) {
        requireAdministrator(actor);
        var check = new InputCheck();
        check.check(day != null, "day", CommonError.FIELD_REQUIRED);
        String checkedKind = check.required("kind", kind, 64);
        if (checkedKind != null) {
            check.check(KINDS.contains(checkedKind), "kind", CalendarError.CALENDAR_KIND_INVALID);
        }
        String checkedName = check.required("name", name, NAME_LENGTH);
        if (day != null && WORKDAY.equals(checkedKind)) {
            check.check(!isWeekday(day), "day", CalendarError.CALENDAR_WORKDAY_NOT_WEEKEND);
        }
        check.throwIfAny();
        Optional<CalendarDay> before = find(day);
        Timestamp now = Timestamp.from(clock.instant());
        if (before.isPresent()) {
            jdbc.sql("update calendar_day set kind = ?, name = ?, updated_by = ?, updated_at = ? where \"day\" = ?")
                    .params(checkedKind, checkedName, actor.username(), now, day).update();
        } else {
            jdbc.sql("insert into calendar_day (\"day\", kind, name, updated_by, updated_at) values (?, ?, ?, ?, ?)")
                    .params(day, checkedKind, checkedName, actor.username(), now).update();
        }
        refreshAfterCompletion();
        audit.record(actor, "CALENDAR_DAY_SET", "calendar-day", day.toString(), "kind=" + checkedKind + " name="
                + checkedName + before.map(b -> " was=" + b.kind() + " " + b.name()).orElse(" new"));
    }

    /** Takes a day off the calendar: it counts by its weekday again. */
    @Transactional
    public void remove(LocalDate day, Actor actor) {
        requireAdministrator(actor);
        if (day == null) {
            throw BusinessException.onField("day", CommonError.FIELD_REQUIRED);
        }
        CalendarDay before = find(day).orElseThrow(() -> new BusinessException(CalendarError.CALENDAR_DAY_NOT_FOUND));
        jdbc.sql("delete from calendar_day where \"day\" = ?").param(day).update();
        refreshAfterCompletion();
        audit.record(actor, "CALENDAR_DAY_REMOVED", "calendar-day", day.toString(),
                "was=" + before.kind() + " " + before.name());
    }

    private void requireAdministrator(Actor actor) {
        if (actor == null || !actor.has(AccountRole.SYSTEM_ADMIN)) {
            throw new BusinessException(CommonError.FORBIDDEN);
        }
    }

    private Optional<CalendarDay> find(LocalDate day) {
        return jdbc.sql("select \"day\", kind, name from calendar_day where \"day\" = ?").param(day)
                .query((rs, n) -> new CalendarDay(rs.getObject("day", LocalDate.class), rs.getString("kind"),
                        rs.getString("name")))
                .optional();
    }

    /** Drops the snapshot once the change is committed or rolled back; the next use reads the table again. */
    private void refreshAfterCompletion() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    invalidate();
                }
            });
        } else {
            invalidate();
        }
    }

    private synchronized void invalidate() {
        generation++;
        snapshot = null;
    }

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current != null) {
            return current;
        }
        long seen;
        synchronized (this) {
            seen = generation;
        }
        Snapshot loaded = load();
        synchronized (this) {
            // A change committed while loading may not be in what was read: keep it only for this call.
            if (generation == seen) {
                snapshot = loaded;
            }
        }
        return loaded;
    }

    private Snapshot load() {
        TreeMap<LocalDate, CalendarDay> days = new TreeMap<>();
        jdbc.sql("select \"day\", kind, name from calendar_day")
                .query((rs, n) -> new CalendarDay(rs.getObject("day", LocalDate.class), rs.getString("kind"),
                        rs.getString("name")))
                .list().forEach(row -> days.put(row.day(), row));
        Set<Integer> years = days.keySet().stream().map(LocalDate::getYear).collect(Collectors.toUnmodifiableSet());
        return new Snapshot(Collections.unmodifiableNavigableMap(days), years);
    }

    private static long weekdaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        long weeks = ChronoUnit.DAYS.between(fromExclusive, toInclusive) / 7;
        long count = weeks * 5;
        for (LocalDate day = fromExclusive.plusWeeks(weeks).plusDays(1); !day.isAfter(toInclusive);
                day = day.plusDays(1)) {
            if (isWeekday(day)) {
                count++;
            }
        }
        return count;
    }

    private static boolean isWeekday(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
    }

    private static void requireNotNegative(int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
    }

    /** The table as read at one moment. */
    private record Snapshot(NavigableMap<LocalDate, CalendarDay> days, Set<Integer> years) {

        boolean isWorkingDay(LocalDate day) {
            CalendarDay row = days.get(day);
            return row == null ? isWeekday(day) : WORKDAY.equals(row.kind());
        }
    }
}
