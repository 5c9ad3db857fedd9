package org.tongban.feedback.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongban.feedback.FeedbackRole;
import org.tongban.feedback.Rectifications;
import org.tongban.feedback.TicketKind;
import org.tongban.feedback.Tickets;
import org.tongban.identity.AccountRole;
import org.tongban.region.RegionDirectory;
import org.tongban.shared.Actor;
import org.tongban.shared.Actors;
import org.tongban.shared.BusinessException;
import org.tongban.shared.InputCheck;
import org.tongban.shared.Problems;
import org.tongban.shared.RegionCode;

/**
 * Staff pages of feedback: the tickets (the hotline's desk and new-call form, a department's inbox with traffic
 * lights, one ticket with its actions and likely duplicates) and the rectifications of bad ratings.
 */
@Controller
class DeskPages {

    private final Tickets tickets;
    private final Rectifications rectifications;
    private final RegionDirectory regions;
    private final Problems problems;
    private final MessageSource texts;

    DeskPages(Tickets tickets, Rectifications rectifications, RegionDirectory regions, Problems problems,
            MessageSource texts) {
        this.tickets = tickets;
        this.rectifications = rectifications;
        this.regions = regions;
        this.problems = problems;
        this.texts = texts;
    }

    @GetMapping("/workspace/tickets")
    String tickets(@RequestParam(required = false) String status, Model model) {
        Actor actor = Actors.current();
        List<Tickets.TicketRow> rows = tickets.list(actor, InputCheck.enumParameter(Tickets.Status.class, "status", status),
                200);
        model.addAttribute("rows", rows);
        model.addAttribute("lights", Tickets.lights(rows));
        model.addAttribute("status", status);
        model.addAttribute("statuses", Tickets.Status.values());
        model.addAttribute("hotline", actor.has(FeedbackRole.HOTLINE_AGENT));
        if (actor.has(FeedbackRole.HOTLINE_AGENT)) {
            newTicketForm(model);
        }
        return "feedback/tickets";
    }

    private void newTicketForm(Model model) {
        model.addAttribute("kinds", TicketKind.values());
        model.addAttribute("categories", Tickets.Category.values());
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", Map.of());
        }
    }

    /** A hotline agent enters the call as a ticket and goes on to dispatch it. */
    @PostMapping("/workspace/tickets")
    String create(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
        try {
            Tickets.Created created = tickets.create(new Tickets.NewTicket(form.get("kind"), form.get("category"),
                    "on".equals(form.get("urgent")), form.get("title"), form.get("content"), false, form.get("name"),
                    form.get("mobile"), form.get("caseNumber"), form.get("hallCode"), form.get("address"), null, null,
                    form.get("regionCode")), Tickets.Source.HOTLINE, Actors.current(), List.of());
            redirect.addFlashAttribute("notice", text("ticket.created", created.ticketNumber()));
            return "redirect:/workspace/tickets/" + created.ticketNumber();
        } catch (BusinessException e) {
            redirect.addFlashAttribute("errors", problems.fieldMessages(e));
            redirect.addFlashAttribute("typed", form);
            return "redirect:/workspace/tickets";
        }
    }

    @GetMapping("/workspace/tickets/{ticketNumber}")
    String ticket(@PathVariable String ticketNumber, Model model) {
        Actor actor = Actors.current();
        Tickets.TicketView ticket = tickets.view(ticketNumber, actor);
        model.addAttribute("ticket", ticket);
        if (ticket.actions().contains("dispatch")) {
            model.addAttribute("departments", regions.departmentsIn(RegionCode.of(ticket.regionCode())));
        }
        model.addAttribute("supervisor", actor.has(AccountRole.SUPERVISOR));
        return "feedback/ticket";
    }

    @PostMapping("/workspace/tickets/{ticketNumber}/actions")
    String act(@PathVariable String ticketNumber, @RequestParam Map<String, String> form,
            @RequestParam(name = "departments", required = false) List<String> departments,
            RedirectAttributes redirect) {
        try {
            tickets.act(ticketNumber, new Tickets.TicketCommand(form.get("action"), departments, form.get("note"),
                    form.get("until"), bool(form.get("approve")), bool(form.get("satisfied")), form.get("into"),
                    version(form)), Actors.current());
            redirect.addFlashAttribute("notice", text("ticket.action.done"));
        } catch (BusinessException e) {
            redirect.addFlashAttribute("errors", problems.fieldMessages(e));
        }
        return "redirect:/workspace/tickets/" + ticketNumber;
    }

    @GetMapping("/workspace/rectifications")
    String rectifications(@RequestParam(required = false) String status, Model model) {
        model.addAttribute("rows", rectifications.list(Actors.current(),
                InputCheck.enumParameter(Rectifications.Status.class, "status", status), 200));
        model.addAttribute("status", status);
        model.addAttribute("statuses", Rectifications.Status.values());
        return "feedback/rectifications";
    }

    @GetMapping("/workspace/rectifications/{id}")
    String rectification(@PathVariable long id, Model model) {
        model.addAttribute("item", rectifications.view(id, Actors.current()));
        model.addAttribute("resolutions", Rectifications.Resolution.values());
        return "feedback/rectification";
    }

    @PostMapping("/workspace/rectifications/{id}")
    String step(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        try {
            Integer level = FeedbackWeb.level(form.get("level"));
            rectifications.act(id, new Rectifications.StepCommand(form.get("step"), form.get("finding"),
                    form.get("resolution"), form.get("note"), form.get("fixDue"), level, bool(form.get("upheld")),
                    version(form)), Actors.current());
            redirect.addFlashAttribute("notice", text("rectification.done"));
        } catch (BusinessException e) {
            redirect.addFlashAttribute("errors", problems.fieldMessages(e));
        }
        return "redirect:/workspace/rectifications/" + id;
    }

    private static Boolean bool(String value) {
        return value == null || value.isBlank() ? null : "true".equals(value);
    }

    private static Long version(Map<String, String> form) {
        String value = form.get("expectedVersion");
        return value == null || !value.matches("\\d{1,18}") ? null : Long.valueOf(value);
    }

    private String text(String key, Object... arguments) {
        return texts.getMessage(key, arguments, Locale.SIMPLIFIED_CHINESE);
    }
}
