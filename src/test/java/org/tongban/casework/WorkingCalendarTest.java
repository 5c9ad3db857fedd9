package org.tongban.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongban.IntegrationTest;
import org.tongban.casework.WorkingCalendar.CalendarDay;
import org.tongban.identity.AccountRole;
import org.tongban.shared.AccountKind;
import org.tongban.shared.Actor;
import org.tongban.shared.BusinessException;
import org.tongban.shared.BusinessException.FieldViolation;
import org.tongban.shared.CommonError;
import org.tongban.shared.ErrorCode;
import org.tongban.shared.Role;

/**
 * The working calendar on the migrated database: the seeded 2024–2026 holidays and 调休 days, deadlines
 * counted in working days, and its maintenance. Maintenance tests only touch 2099 and leave it empty.
 */
class WorkingCalendarTest extends IntegrationTest {

    private static final int SCRATCH_YEAR = 2099;
    // 2099-01-01 is a Thursday.
    private static final LocalDate FRI = LocalDate.of(2099, 1, 2);
    private static final LocalDate SAT = LocalDate.of(2099, 1, 3);
    private static final LocalDate MON = LocalDate.of(2099, 1, 5);
    private static final LocalDate TUE = LocalDate.of(2099, 1, 6);

    @Autowired
    WorkingCalendar calendar;
    @Autowired
    JdbcTemplate jdbc;

    private final Actor admin = staff(AccountRole.SYSTEM_ADMIN);

    private static Actor staff(Role role) {
        return new Actor("calendar-" + role.name().toLowerCase() + "-" + newMobile(), AccountKind.STAFF, Set.of(role),
                "370000", null);
    }

    private static LocalDate day(int year, int month, int dayOfMonth) {
        return LocalDate.of(year, month, dayOfMonth);
    }

    @AfterEach
    void emptyScratchYear() {
        calendar.days(SCRATCH_YEAR).forEach(row -> calendar.remove(row.day(), admin));
    }

    @Test
    void countsOnlyMondayToFridayInAnOrdinaryWeek() {
        // March 2025 has no holiday: Fri 3-07 + 1 → Mon 3-10; + 5 → Fri 3-14.
        assertThat(calendar.isWorkingDay(day(2025, 3, 8))).isFalse();
        assertThat(calendar.isWorkingDay(day(2025, 3, 9))).isFalse();
        assertThat(calendar.isWorkingDay(day(2025, 3, 10))).isTrue();
        assertThat(calendar.plusWorkingDays(day(2025, 3, 7), 1)).isEqualTo(day(2025, 3, 10));
        assertThat(calendar.plusWorkingDays(day(2025, 3, 7), 5)).isEqualTo(day(2025, 3, 14));
        assertThat(calendar.plusWorkingDays(day(2025, 3, 7), 0)).isEqualTo(day(2025, 3, 7));
        assertThat(calendar.workingDaysBetween(day(2025, 3, 7), day(2025, 3, 14))).isEqualTo(5);
        assertThat(calendar.workingDaysBetween(day(2025, 3, 14), day(2025, 3, 7))).isZero();
        assertThat(calendar.workingDaysBetween(day(2025, 3, 14), day(2025, 3, 14))).isZero();
    }

    @Test
    void skipsTheSpringFestivalOf2026AndCountsItsSaturdayShift() {
        // Thu 2-12 accepted, 5 working days: Fri 2-13 (1), Sat 2-14 调休 (2), 2-15..2-23 holidays,
        // Tue 2-24 (3), Wed 2-25 (4), Thu 2-26 (5).
        assertThat(calendar.plusWorkingDays(day(2026, 2, 12), 5)).isEqualTo(day(2026, 2, 26));
        assertThat(calendar.isWorkingDay(day(2026, 2, 14))).isTrue();
        assertThat(calendar.isWorkingDay(day(2026, 2, 16))).isFalse();
        assertThat(calendar.isWorkingDay(day(2026, 2, 23))).isFalse();
        assertThat(calendar.isWorkingDay(day(2026, 2, 28))).isTrue();
        assertThat(calendar.workingDaysBetween(day(2026, 2, 14), day(2026, 2, 23))).isZero();
    }

    @Test
    void countsMakeUpWeekendDaysAsWorkingDays() {
        assertThat(calendar.isWorkingDay(day(2026, 1, 4))).isTrue();
        assertThat(calendar.isWorkingDay(day(2025, 2, 8))).isTrue();
        assertThat(calendar.isWorkingDay(day(2026, 1, 3))).isFalse();
        assertThat(calendar.isWorkingDay(day(2026, 1, 2))).isFalse();
        assertThat(calendar.plusWorkingDays(day(2026, 1, 3), 1)).isEqualTo(day(2026, 1, 4));
        assertThat(calendar.plusWorkingDays(day(2025, 2, 7), 1)).isEqualTo(day(2025, 2, 8));
        // 除夕 2024 (2-09) was only recommended off, not an official holiday.
        assertThat(calendar.plusWorkingDays(day(2024, 2, 8), 1)).isEqualTo(day(2024, 2, 9));
    }

    @Test
    void skipsTheEightDaysOfNationalDay2025() {
        // 10-01..10-08 off; Sun 9-28 and Sat 10-11 are worked.
        for (LocalDate d = day(2025, 10, 1); !d.isAfter(day(2025, 10, 8)); d = d.plusDays(1)) {
            assertThat(calendar.isWorkingDay(d)).as(d.toString()).isFalse();
        }
        assertThat(calendar.plusWorkingDays(day(2025, 9, 30), 1)).isEqualTo(day(2025, 10, 9));
        assertThat(calendar.plusWorkingDays(day(2025, 9, 26), 1)).isEqualTo(day(2025, 9, 28));
        assertThat(calendar.workingDaysBetween(day(2025, 9, 30), day(2025, 10, 8))).isZero();
        // Thu 10-09, Fri 10-10, Sat 10-11 调休.
        assertThat(calendar.workingDaysBetween(day(2025, 9, 30), day(2025, 10, 12))).isEqualTo(3);
    }

    @Test
    void countsTwentyWorkingDaysAcrossNationalDay2024() {
        // From Fri 9-20: 9-23..9-27 (5), Sun 9-29 调休 (6), Mon 9-30 (7), 10-01..10-07 off, 10-08..10-11 (11),
        // Sat 10-12 调休 (12), 10-14..10-18 (17), 10-21, 10-22, Wed 10-23 (20).
        assertThat(calendar.plusWorkingDays(day(2024, 9, 20), 20)).isEqualTo(day(2024, 10, 23));
        assertThat(calendar.workingDaysBetween(day(2024, 9, 20), day(2024, 10, 23))).isEqualTo(20);
    }

    @Test
    void crossesTheYearBoundary() {
        // Wed 2025-12-31: 2026-01-01..01-03 off, Sun 01-04 调休 (1), Mon 01-05 (2), Tue 01-06 (3).
        assertThat(calendar.plusWorkingDays(day(2025, 12, 31), 3)).isEqualTo(day(2026, 1, 6));
        assertThat(calendar.plusWorkingDays(day(2024, 12, 31), 1)).isEqualTo(day(2025, 1, 2));
        // Sixty working days from Mon 2025-12-01: 22 in December, 21 in January (with 01-04), 16 in February
        // (with the Saturdays 02-14 and 02-28, without 02-16..02-23), then Mon 03-02.
        assertThat(calendar.plusWorkingDays(day(2025, 12, 1), 60)).isEqualTo(day(2026, 3, 2));
        assertThat(calendar.workingDaysBetween(day(2025, 12, 1), day(2026, 3, 2))).isEqualTo(60);
        assertThat(calendar.workingDaysBetween(day(2025, 12, 1), day(2026, 3, 1))).isEqualTo(59);
    }

    @Test
    void workingDaysBetweenAgreesWithCountingDayByDay() {
        Random random = new Random(20_240_101L);
        LocalDate first = day(2024, 1, 1);
        for (int i = 0; i < 300; i++) {
            LocalDate start = first.plusDays(random.nextInt(3 * 366));
            int days = random.nextInt(90);
            LocalDate due = calendar.plusWorkingDays(start, days);
            String why = start + " + " + days + " = " + due;
            assertThat(calendar.workingDaysBetween(start, due)).as(why).isEqualTo(days);
            if (days > 0) {
                assertThat(calendar.isWorkingDay(due)).as(why).isTrue();
                assertThat(calendar.workingDaysBetween(start, due.minusDays(1))).as(why).isEqualTo(days - 1);
            }
            LocalDate to = start.plusDays(random.nextInt(120));
            int counted = 0;
            for (LocalDate d = start.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
                counted += calendar.isWorkingDay(d) ? 1 : 0;
            }
            assertThat(calendar.workingDaysBetween(start, to)).as(start + ".." + to).isEqualTo(counted);
        }
    }

    @Test
    void refusesNegativeLimits() {
        assertThatThrownBy(() -> calendar.plusWorkingDays(day(2025, 3, 7), -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.plusNaturalDays(day(2025, 3, 7), -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(calendar.plusNaturalDays(day(2025, 12, 31), 20)).isEqualTo(day(2026, 1, 20));
    }

    @Test
    void listsTheSeededYears() {
        assertThat(calendar.covers(2024)).isTrue();
        assertThat(calendar.covers(2025)).isTrue();
        assertThat(calendar.covers(2026)).isTrue();
        assertThat(calendar.covers(2023)).isFalse();
        List<CalendarDay> days2026 = calendar.days(2026);
        assertThat(days2026).hasSize(39).isSortedAccordingTo(Comparator.comparing(CalendarDay::day));
        assertThat(days2026.get(0)).isEqualTo(new CalendarDay(day(2026, 1, 1), "HOLIDAY", "元旦"));
        assertThat(days2026).contains(new CalendarDay(day(2026, 2, 14), "WORKDAY", "春节"));
        assertThat(calendar.days(2024)).hasSize(38).first().isEqualTo(new CalendarDay(day(2024, 1, 1), "HOLIDAY", "元旦"));
        assertThat(calendar.days(2025)).hasSize(33)
                .contains(new CalendarDay(day(2025, 10, 8), "HOLIDAY", "国庆节、中秋节"));
    }

    @Test
    void anAdministratorAddsChangesAndRemovesDays() {
        assertThat(calendar.covers(SCRATCH_YEAR)).isFalse();
        assertThat(calendar.plusWorkingDays(FRI, 1)).isEqualTo(MON);

        calendar.set(MON, "HOLIDAY", " 测试节 ", admin);
        assertThat(calendar.covers(SCRATCH_YEAR)).isTrue();
        assertThat(calendar.isWorkingDay(MON)).isFalse();
        assertThat(calendar.plusWorkingDays(FRI, 1)).isEqualTo(TUE);
        assertThat(calendar.days(SCRATCH_YEAR)).containsExactly(new CalendarDay(MON, "HOLIDAY", "测试节"));
        assertThat(jdbc.queryForObject("select updated_by from calendar_day where \"day\" = ?", String.class, MON))
                .isEqualTo(admin.username());

        calendar.set(SAT, "WORKDAY", "测试节", admin);
        calendar.set(MON, "HOLIDAY", "改名节", admin);
        assertThat(calendar.plusWorkingDays(FRI, 1)).isEqualTo(SAT);
        assertThat(calendar.plusWorkingDays(FRI, 2)).isEqualTo(TUE);
        assertThat(calendar.days(SCRATCH_YEAR)).containsExactly(new CalendarDay(SAT, "WORKDAY", "测试节"),
                new CalendarDay(MON, "HOLIDAY", "改名节"));

        calendar.remove(MON, admin);
        calendar.remove(SAT, admin);
        assertThat(calendar.covers(SCRATCH_YEAR)).isFalse();
        assertThat(calendar.isWorkingDay(MON)).isTrue();
        assertThat(calendar.plusWorkingDays(FRI, 1)).isEqualTo(MON);

        // The audit module appends events as they are delivered, not necessarily in the order of the changes.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForList(
                "select action || ' ' || resource_id from audit_record where actor = ? and resource_type = 'calendar-day'",
                String.class, admin.username())).containsExactlyInAnyOrder("CALENDAR_DAY_SET 2099-01-05",
                "CALENDAR_DAY_SET 2099-01-03", "CALENDAR_DAY_SET 2099-01-05", "CALENDAR_DAY_REMOVED 2099-01-05",
                "CALENDAR_DAY_REMOVED 2099-01-03"));
    }

    @Test
    void refusesAMakeUpWorkingDayOnAWeekday() {
        assertRefused(() -> calendar.set(TUE, "WORKDAY", "测试节", admin), "day",
                CalendarError.CALENDAR_WORKDAY_NOT_WEEKEND);
        // Nor can an official holiday on a Monday become a make-up working day.
        assertRefused(() -> calendar.set(day(2026, 2, 16), "WORKDAY", "春节", admin), "day",
                CalendarError.CALENDAR_WORKDAY_NOT_WEEKEND);
        assertThat(calendar.isWorkingDay(day(2026, 2, 16))).isFalse();
        assertThat(calendar.days(2026)).contains(new CalendarDay(day(2026, 2, 16), "HOLIDAY", "春节"));
    }

    @Test
    void refusesAnUnknownKind() {
        assertRefused(() -> calendar.set(MON, "VACATION", "测试节", admin), "kind", CalendarError.CALENDAR_KIND_INVALID);
        assertRefused(() -> calendar.set(MON, "holiday", "测试节", admin), "kind", CalendarError.CALENDAR_KIND_INVALID);
        assertRefused(() -> calendar.set(MON, " ", "测试节", admin), "kind", CommonError.FIELD_REQUIRED);
    }

    @Test
    void refusesABlankOrLongName() {
        assertRefused(() -> calendar.set(MON, "HOLIDAY", "  ", admin), "name", CommonError.FIELD_REQUIRED);
        assertRefused(() -> calendar.set(MON, "HOLIDAY", null, admin), "name", CommonError.FIELD_REQUIRED);
        assertRefused(() -> calendar.set(MON, "HOLIDAY", "节".repeat(41), admin), "name", CommonError.FIELD_TOO_LONG);
    }

    @Test
    void refusesToRemoveADayThatIsNotThere() {
        assertThatThrownBy(() -> calendar.remove(MON, admin)).isInstanceOfSatisfying(BusinessException.class, e -> {
            assertThat(e.code()).isEqualTo(CalendarError.CALENDAR_DAY_NOT_FOUND);
            assertThat(e.code().status()).isEqualTo(HttpStatus.NOT_FOUND);
        });
        assertThat(calendar.covers(SCRATCH_YEAR)).isFalse();
    }

    @Test
    void refusesMaintenanceByAnyoneButASystemAdministrator() {
        Actor clerk = staff(CaseworkRole.WINDOW_CLERK);
        assertThatThrownBy(() -> calendar.set(MON, "HOLIDAY", "测试节", clerk))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.code()).isEqualTo(CommonError.FORBIDDEN));
        assertThatThrownBy(() -> calendar.remove(day(2026, 2, 16), clerk))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.code()).isEqualTo(CommonError.FORBIDDEN));
        assertThat(calendar.days(SCRATCH_YEAR)).isEmpty();
        assertThat(calendar.isWorkingDay(day(2026, 2, 16))).isFalse();
    }

    /** The change is refused with a field message and neither the table nor the calendar changes. */
    private void assertRefused(Runnable change, String field, ErrorCode code) {
        List<CalendarDay> before = calendar.days(SCRATCH_YEAR);
        Integer rows = jdbc.queryForObject("select count(*) from calendar_day", Integer.class);
        assertThatThrownBy(change::run).isInstanceOfSatisfying(BusinessException.class, e -> {
            assertThat(e.code()).isEqualTo(CommonError.INVALID_INPUT);
            assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::code)
                    .contains(tuple(field, code));
        });
        assertThat(calendar.days(SCRATCH_YEAR)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from calendar_day", Integer.class)).isEqualTo(rows);
    }
}
