package org.tongban.feedback.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongban.casework.CaseNumber;
import org.tongban.document.QrCode;
import org.tongban.feedback.FeedbackPublic;
import org.tongban.feedback.Ratings;
import org.tongban.feedback.Ratings.Ratable;
import org.tongban.feedback.Ratings.RatingCommand;
import org.tongban.feedback.RatingLevel;
import org.tongban.feedback.ServiceContacts;
import org.tongban.feedback.Tickets;
import org.tongban.region.RegionDirectory;
import org.tongban.shared.Actor;
import org.tongban.shared.Actors;
import org.tongban.shared.BusinessException;
import org.tongban.shared.CommonError;
import org.tongban.shared.Problems;
import org.tongban.shared.PublicLinks;

/**
 * The pages people rate and complain on: a case's rating (web, phone, the QR on its documents), the SMS link,
 * the tablet facing the applicant at a window, the kiosk; the 办不成事 / 我要吐槽 form; 我的评价和诉求; the public
 * summary; and the window's page that opens a contact for the tablet. Plain forms without JavaScript.
 */
@Controller
class RatingPages {

    private final Ratings ratings;
    private final ServiceContacts contacts;
    private final Tickets tickets;
    private final FeedbackPublic summary;
    private final RegionDirectory regions;
    private final Problems problems;
    private final MessageSource texts;
    private final Clock clock;
    private final PublicLinks links;

    RatingPages(Ratings ratings, ServiceContacts contacts, Tickets tickets, FeedbackPublic summary,
            RegionDirectory regions, Problems problems, MessageSource texts, Clock clock, PublicLinks links) {
        this.links = links;
        this.ratings = ratings;
        this.contacts = contacts;
        this.tickets = tickets;
        this.summary = summary;
        this.regions = regions;
        this.problems = problems;
        this.texts = texts;
        this.clock = clock;
    }

    /** A case's rating page for its applicant; {@code via} qr or mobile names the channel. */
    @GetMapping("/rate/case/{caseNumber}")
    String rateCase(@PathVariable String caseNumber, @RequestParam(required = false) String via, Model model) {
        Optional<Ratable> ratable = ratings.ratableCase(caseNumber);
        if (ratable.isEmpty()) {
            // Not finished yet (the QR of a receipt): the case's progress, which checks whose case it is.
            return CaseNumber.parse(caseNumber).map(n -> "redirect:/me/cases/" + n.value())
                    .orElseThrow(() -> new BusinessException(CommonError.NOT_FOUND));
        }
        return form(model, ratable.get(), "/rate/case/" + ratable.get().subject(), channel(via), null);
    }

    @PostMapping("/rate/case/{caseNumber}")
    String rateCase(@PathVariable String caseNumber, @RequestParam Map<String, String> form,
            @RequestParam(name = "reasons", required = false) List<String> reasons, Model model,
            RedirectAttributes redirect) {
        Ratable ratable = ratings.ratableCase(caseNumber).orElseThrow(() -> new BusinessException(CommonError.NOT_FOUND));
        String channel = channel(form.get("channel"));
        RatingCommand command = new RatingCommand(ratable.subject(), null, level(form), reasons, form.get("comment"),
                channel, null, null);
        return submit(command, ratable, "/rate/case/" + ratable.subject(), channel, form, model, redirect);
    }

    /** The one-use link texted at completion. */
    @GetMapping("/r/{token}")
    String rateByLink(@PathVariable String token, Model model) {
        Optional<Ratable> ratable = ratings.ratableByLink(token);
        if (ratable.isEmpty()) {
            model.addAttribute("linkInvalid", true);
            return "feedback/rated";
        }
        return form(model, ratable.get(), "/r/" + token, "SMS", null);
    }

    @PostMapping("/r/{token}")
    String rateByLink(@PathVariable String token, @RequestParam Map<String, String> form,
            @RequestParam(name = "reasons", required = false) List<String> reasons, Model model,
            RedirectAttributes redirect) {
        Optional<Ratable> ratable = ratings.ratableByLink(token);
        if (ratable.isEmpty()) {
            model.addAttribute("linkInvalid", true);
            return "feedback/rated";
        }
        RatingCommand command = new RatingCommand(ratable.get().subject(), null, level(form), reasons,
                form.get("comment"), "SMS", token, null);
        return submit(command, ratable.get(), "/r/" + token, "SMS", form, model, redirect);
    }

    /** The tablet facing the applicant at a window: the contact the member of staff opened. */
    @GetMapping("/rate/contact/{id}")
    String rateContact(@PathVariable long id, @RequestParam(name = "t", required = false) String token, Model model) {
        Optional<Ratable> ratable = ratings.ratableContact(id, token);
        if (ratable.isEmpty()) {
            model.addAttribute("linkInvalid", true);
            return "feedback/rated";
        }
        model.addAttribute("token", token);
        return form(model, ratable.get(), "/rate/contact/" + id, "WINDOW", null);
    }

    @PostMapping("/rate/contact/{id}")
    String rateContact(@PathVariable long id, @RequestParam Map<String, String> form,
            @RequestParam(name = "reasons", required = false) List<String> reasons, Model model,
            RedirectAttributes redirect) {
        String token = form.get("t");
        Optional<Ratable> ratable = ratings.ratableContact(id, token);
        if (ratable.isEmpty()) {
            model.addAttribute("linkInvalid", true);
            return "feedback/rated";
        }
        model.addAttribute("token", token);
        RatingCommand command = new RatingCommand(null, id, level(form), reasons, form.get("comment"), "WINDOW",
                token, null);
        return submit(command, ratable.get(), "/rate/contact/" + id, "WINDOW", form, model, redirect);
    }

    /** The kiosk: the case number and the ID card read there, then the rating. */
    @GetMapping("/kiosk/rate")
    String kiosk(Model model) {
        model.addAttribute("levels", levels());
        model.addAttribute("reasonCodes", Ratings.Reason.values());
        model.addAttribute("typed", Map.of());
        return "feedback/kiosk";
    }

    @PostMapping("/kiosk/rate")
    String kiosk(@RequestParam Map<String, String> form,
            @RequestParam(name = "reasons", required = false) List<String> reasons, Model model,
            RedirectAttributes redirect) {
        try {
            ratings.rate(new RatingCommand(form.get("caseNumber"), null, level(form), reasons, form.get("comment"),
                    "KIOSK", null, form.get("idNumber")), Actors.current());
            redirect.addFlashAttribute("notice", text("rating.done"));
            return "redirect:/rate/done";
        } catch (BusinessException e) {
            model.addAttribute("errors", problems.fieldMessages(e));
            model.addAttribute("typed", form);
            model.addAttribute("chosen", reasons == null ? List.of() : reasons);
            model.addAttribute("levels", levels());
            model.addAttribute("reasonCodes", Ratings.Reason.values());
            return "feedback/kiosk";
        }
    }

    @GetMapping("/rate/done")
    String done() {
        return "feedback/rated";
    }

    /** The window's page: opens a service contact and shows the tablet's link and its QR. */
    @GetMapping("/workspace/window-rating")
    String window(Model model) {
        Actor actor = Actors.current();
        model.addAttribute("halls", actor.region().map(regions::hallsIn).orElse(List.of()));
        return "feedback/window";
    }

    @PostMapping("/workspace/window-rating")
    String openContact(@RequestParam Map<String, String> form, Model model) {
        Actor actor = Actors.current();
        try {
            ServiceContacts.Opened opened = contacts.open(form.get("hallCode"), form.get("windowNumber"),
                    form.get("topic"), form.get("applicantKind"), actor);
            String link = "/rate/contact/" + opened.id() + "?t=" + opened.token();
            model.addAttribute("opened", opened);
            model.addAttribute("tabletLink", link);
            model.addAttribute("tabletQr", QrCode.of(links.absolute(link)).svgDataUri());
        } catch (BusinessException e) {
            model.addAttribute("errors", problems.fieldMessages(e));
            model.addAttribute("typed", form);
        }
        model.addAttribute("halls", actor.region().map(regions::hallsIn).orElse(List.of()));
        return "feedback/window";
    }

    /** 办不成事 / 我要吐槽: from any page; {@code case} or {@code hall} prefill what it is about. */
    @GetMapping("/complaint")
    String complaint(@RequestParam(name = "case", required = false) String caseNumber,
            @RequestParam(required = false) String hall, @RequestParam(required = false) String category, Model model) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("caseNumber", caseNumber);
        typed.put("hallCode", hall);
        typed.put("category", category == null ? Tickets.Category.CANNOT_GET_DONE.name() : category);
        model.addAttribute("typed", typed);
        model.addAttribute("categories", Tickets.Category.values());
        return "feedback/complaint";
    }

    @PostMapping("/complaint")
    String complain(@RequestParam Map<String, String> form,
            @RequestParam(name = "attachments", required = false) List<MultipartFile> attachments, Model model,
            RedirectAttributes redirect) throws IOException {
        try {
            Tickets.Created created = tickets.create(new Tickets.NewTicket(null, form.get("category"), false,
                    form.get("title"), form.get("content"), "on".equals(form.get("anonymous")), form.get("name"),
                    form.get("mobile"), form.get("caseNumber"), form.get("hallCode"), form.get("address"), null, null,
                    null), Tickets.Source.WEB, Actors.current(), TicketApi.uploads(attachments));
            redirect.addFlashAttribute("ticketNumber", created.ticketNumber());
            redirect.addFlashAttribute("dueAt", created.dueAt());
            return "redirect:/complaint/received";
        } catch (BusinessException e) {
            model.addAttribute("errors", problems.fieldMessages(e));
            model.addAttribute("typed", form);
            model.addAttribute("categories", Tickets.Category.values());
            return "feedback/complaint";
        }
    }

    @GetMapping("/complaint/received")
    String received() {
        return "feedback/received";
    }

    /** 我的评价和诉求: the caller's ratings and tickets with their progress. */
    @GetMapping("/me/feedback")
    String mine(Model model) {
        Actor actor = Actors.current();
        model.addAttribute("ratings", ratings.mine(actor, 50));
        model.addAttribute("tickets", tickets.list(actor, null, 50));
        return "feedback/mine";
    }

    @GetMapping("/me/tickets/{ticketNumber}")
    String myTicket(@PathVariable String ticketNumber, Model model) {
        model.addAttribute("ticket", tickets.view(ticketNumber, Actors.current()));
        return "feedback/my-ticket";
    }

    /** The requester's own call-back: satisfied, or sent back for 重办. */
    @PostMapping("/me/tickets/{ticketNumber}")
    String rateTicket(@PathVariable String ticketNumber, @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        try {
            tickets.act(ticketNumber, new Tickets.TicketCommand("follow-up", null, form.get("note"), null, null,
                    form.get("satisfied") == null ? null : "true".equals(form.get("satisfied")), null, null),
                    Actors.current());
            redirect.addFlashAttribute("notice", text("ticket.followUp.done"));
        } catch (BusinessException e) {
            redirect.addFlashAttribute("errors", problems.fieldMessages(e));
        }
        return "redirect:/me/tickets/" + ticketNumber;
    }

    /** 评价结果公开: per department and hall, over the last 30 days unless a period is given. */
    @GetMapping("/ratings")
    String summary(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            Model model) {
        LocalDate[] period = FeedbackWeb.period(from, to, clock);
        model.addAttribute("summary", summary.summary(period[0], period[1]));
        return "feedback/public";
    }

    private String submit(RatingCommand command, Ratable ratable, String action, String channel,
            Map<String, String> form, Model model, RedirectAttributes redirect) {
        try {
            ratings.rate(command, Actors.current());
            redirect.addFlashAttribute("notice", text("rating.done"));
            return "redirect:/rate/done";
        } catch (BusinessException e) {
            model.addAttribute("typed", form);
            model.addAttribute("chosen", command.reasons() == null ? List.of() : command.reasons());
            return form(model, ratable, action, channel, problems.fieldMessages(e));
        }
    }

    private String form(Model model, Ratable ratable, String action, String channel, Map<String, String> errors) {
        model.addAttribute("ratable", ratable);
        model.addAttribute("action", action);
        model.addAttribute("channel", channel);
        model.addAttribute("levels", levels());
        model.addAttribute("reasonCodes", Ratings.Reason.values());
        model.addAttribute("errors", errors);
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", Map.of());
        }
        return "feedback/rate";
    }

    private static List<RatingLevel> levels() {
        return List.of(RatingLevel.VERY_SATISFIED, RatingLevel.SATISFIED, RatingLevel.BASICALLY_SATISFIED,
                RatingLevel.DISSATISFIED, RatingLevel.VERY_DISSATISFIED);
    }

    private static String channel(String via) {
        if ("qr".equalsIgnoreCase(via) || "QR".equals(via)) {
            return "QR";
        }
        return "mobile".equalsIgnoreCase(via) ? "MOBILE" : "WEB";
    }

    private static Integer level(Map<String, String> form) {
        return FeedbackWeb.level(form.get("level"));
    }

    private String text(String key, Object... arguments) {
        return texts.getMessage(key, arguments, Locale.SIMPLIFIED_CHINESE);
    }
}
