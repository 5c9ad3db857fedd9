package org.tongban.casework.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongban.casework.WorkingCalendar;
import org.tongban.identity.AccountRole;
import org.tongban.shared.Actors;
import org.tongban.shared.BusinessException;
import org.tongban.shared.CommonError;
import org.tongban.shared.InputCheck;
import org.tongban.shared.Problems;

/**
 * The holiday and 调休 calendar: read by anyone signed in, maintained by system administrators for future
 * years as the State Council publishes them (API and the page {@code /admin/calendar}).
 */
@Controller
class CalendarController {

    private final WorkingCalendar calendar;
    private final Problems problems;
    private final Clock clock;

    CalendarController(WorkingCalendar calendar, Problems problems, Clock clock) {
        this.calendar = calendar;
        this.problems = problems;
        this.clock = clock;
    }

    /** A year of the calendar: whether it is maintained, and its holiday and 调休 days. */
    record Year(int year, boolean covered, List<WorkingCalendar.CalendarDay> days) {
    }

    /** A day to set. */
    record DayRequest(String kind, String name) {
    }

    @GetMapping("/api/v1/calendar/{year}")
    @ResponseBody
    Year year(@PathVariable int year) {
        return new Year(year, calendar.covers(year), calendar.days(checkedYear(year)));
    }

    @PutMapping("/api/v1/calendar/days/{day}")
    @ResponseBody
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    WorkingCalendar.CalendarDay set(@PathVariable String day, @RequestBody DayRequest request) {
        LocalDate date = date(day);
        calendar.set(date, request.kind(), request.name(), Actors.current());
        return calendar.days(date.getYear()).stream().filter(d -> d.day().equals(date)).findFirst().orElseThrow();
    }

    @DeleteMapping("/api/v1/calendar/days/{day}")
    @ResponseBody
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    ResponseEntity<Void> remove(@PathVariable String day) {
        calendar.remove(date(day), Actors.current());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/admin/calendar")
    String page(@RequestParam(required = false) Integer year, Model model) {
        int shown = year == null ? LocalDate.now(clock).getYear() : checkedYear(year);
        model.addAttribute("year", shown);
        model.addAttribute("covered", calendar.covers(shown));
        model.addAttribute("nextCovered", calendar.covers(shown + 1));
        model.addAttribute("days", calendar.days(shown));
        model.addAttribute("mayEdit", Actors.current().has(AccountRole.SYSTEM_ADMIN));
        return "casework/calendar";
    }

    @PostMapping("/admin/calendar/days")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String setOnPage(@RequestParam(required = false) String day, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String name, RedirectAttributes redirect) {
        int year = LocalDate.now(clock).getYear();
        try {
            LocalDate date = date(day);
            year = date.getYear();
            calendar.set(date, kind, name, Actors.current());
            redirect.addFlashAttribute("notice", "calendar.saved");
        } catch (BusinessException e) {
            redirect.addFlashAttribute("errors", problems.fieldMessages(e));
        }
        return "redirect:/admin/calendar?year=" + year;
    }

    @PostMapping("/admin/calendar/days/{day}/delete")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String removeOnPage(@PathVariable String day, RedirectAttributes redirect) {
        LocalDate date = date(day);
        try {
            calendar.remove(date, Actors.current());
            redirect.addFlashAttribute("notice", "calendar.removed");
        } catch (BusinessException e) {
            redirect.addFlashAttribute("errors", problems.fieldMessages(e));
        }
        return "redirect:/admin/calendar?year=" + date.getYear();
    }

    private static LocalDate date(String day) {
        var check = new InputCheck();
        LocalDate date = check.date("day", day, CommonError.INVALID_INPUT);
        check.throwIfAny();
        return date;
    }

    private static int checkedYear(int year) {
        if (year < 2000 || year > 2100) {
            throw BusinessException.onField("year", CommonError.INVALID_INPUT);
        }
        return year;
    }
}
