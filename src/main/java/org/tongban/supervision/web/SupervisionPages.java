package org.tongban.supervision.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongban.feedback.FeedbackRates;
import org.tongban.identity.AccountRole;
import org.tongban.region.DepartmentView;
import org.tongban.region.RegionDirectory;
import org.tongban.region.RegionView;
import org.tongban.shared.Actor;
import org.tongban.shared.Actors;
import org.tongban.shared.BusinessException;
import org.tongban.shared.Problems;
import org.tongban.supervision.OverdueCases;
import org.tongban.supervision.SupervisionItems;
import org.tongban.supervision.SupervisionLevel;
import org.tongban.supervision.SupervisionStatus;

/**
 * 督查督办 pages: the board (open items by level, age and unit with their lights, filters, and the six rates
 * with their formulas; a responsible unit's staff see their own items), one item with its actions as forms,
 * the form that opens an item, and the overdue cases. Plain forms, no JavaScript.
 */
@Controller
class SupervisionPages {

    /** The rates on the board cover the last 30 days, today included. */
    private static final int RATE_DAYS = 30;

    private final SupervisionItems items;
    private final OverdueCases overdue;
    private final FeedbackRates rates;
    private final RegionDirectory regions;
    private final Problems problems;
    private final MessageSource texts;
    private final Clock clock;

    SupervisionPages(SupervisionItems items, OverdueCases overdue, FeedbackRates rates, RegionDirectory regions,
            Problems problems, MessageSource texts, Clock clock) {
        this.texts = texts;
        this.items = items;
        this.overdue = overdue;
        this.rates = rates;
        this.regions = regions;
        this.problems = problems;
        this.clock = clock;
    }

    @GetMapping("/workspace/supervision")
    String board(@RequestParam(required = false) String status, @RequestParam(required = false) String level,
            @RequestParam(required = false) String department, Model model) {
        Actor actor = Actors.current();
        SupervisionItems.ItemPage page;
        try {
            page = items.list(actor, status, level, department);
            model.addAttribute("status", status);
            model.addAttribute("level", level);
            model.addAttribute("department", department);
        } catch (BusinessException e) {
            model.addAttribute("errors", problems.fieldMessages(e));
            page = items.list(actor, null, null, null);
        }
        model.addAttribute("departments", departments(actor));
        LocalDate today = LocalDate.now(clock);
        LocalDate from = today.minusDays(RATE_DAYS - 1L);
        model.addAttribute("board", page);
        model.addAttribute("supervisor", actor.has(AccountRole.SUPERVISOR));
        model.addAttribute("statuses", SupervisionStatus.values());
        model.addAttribute("levels", SupervisionLevel.values());
        model.addAttribute("rates", rates.rates(actor, from, today));
        model.addAttribute("ratesFrom", from);
        model.addAttribute("ratesTo", today);
        return "supervision/board";
    }

    @GetMapping("/workspace/supervision/new")
    String openForm(Model model) {
        model.addAttribute("departments", departments(Actors.current()));
        model.addAttribute("typed", Map.of());
        return "supervision/new";
    }

    @PostMapping("/workspace/supervision/items")
    String open(@RequestParam(required = false) String title, @RequestParam(required = false) String requiredResult,
            @RequestParam(required = false) String departmentCode,
            @RequestParam(required = false) String responsiblePerson, @RequestParam(required = false) String deadline,
            Model model, RedirectAttributes redirect) {
        Actor actor = Actors.current();
        try {
            SupervisionItems.ItemView item = items.open(new SupervisionItems.OpenForm(title, requiredResult,
                    departmentCode, responsiblePerson, deadline), actor);
            redirect.addFlashAttribute("notice", text("supervision.opened", item.itemNumber()));
            return "redirect:/workspace/supervision/items/" + item.itemNumber();
        } catch (BusinessException e) {
            model.addAttribute("errors", problems.fieldMessages(e));
            model.addAttribute("departments", departments(actor));
            model.addAttribute("typed", typed(title, requiredResult, departmentCode, responsiblePerson, deadline));
            return "supervision/new";
        }
    }

    @GetMapping("/workspace/supervision/items/{itemNumber}")
    String item(@PathVariable String itemNumber, Model model) {
        Actor actor = Actors.current();
        model.addAttribute("item", items.view(itemNumber, actor));
        model.addAttribute("departments", departments(actor));
        model.addAttribute("today", LocalDate.now(clock));
        return "supervision/item";
    }

    @PostMapping("/workspace/supervision/items/{itemNumber}/actions")
    String act(@PathVariable String itemNumber, @RequestParam(required = false) String action,
            @RequestParam(required = false) String note, @RequestParam(required = false) Boolean problemBack,
            @RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        try {
            SupervisionItems.ItemView item = items.act(itemNumber,
                    new SupervisionItems.ActionForm(action, note, problemBack), SupervisionApi.evidence(file),
                    Actors.current());
            redirect.addFlashAttribute("notice", text("supervision.done." + action.strip().toLowerCase()));
            return "redirect:/workspace/supervision/items/" + item.itemNumber();
        } catch (BusinessException e) {
            redirect.addFlashAttribute("errors", problems.fieldMessages(e));
            return "redirect:/workspace/supervision/items/" + items.view(itemNumber, Actors.current()).itemNumber();
        }
    }

    @PostMapping("/workspace/supervision/items/{itemNumber}/consultations")
    String consult(@PathVariable String itemNumber, @RequestParam(required = false) String heldOn,
            @RequestParam(required = false) List<String> departmentCodes,
            @RequestParam(required = false) String conclusion, RedirectAttributes redirect) {
        Actor actor = Actors.current();
        String number = items.view(itemNumber, actor).itemNumber();
        try {
            items.consult(number, new SupervisionItems.ConsultationForm(heldOn, departmentCodes, conclusion), actor);
            redirect.addFlashAttribute("notice", text("supervision.done.consult"));
        } catch (BusinessException e) {
            redirect.addFlashAttribute("errors", problems.fieldMessages(e));
        }
        return "redirect:/workspace/supervision/items/" + number;
    }

    @GetMapping("/workspace/supervision/items/{itemNumber}/steps/{stepId}/evidence")
    ResponseEntity<InputStreamResource> evidence(@PathVariable String itemNumber, @PathVariable long stepId) {
        return SupervisionApi.download(items.evidence(itemNumber, stepId, Actors.current()));
    }

    @GetMapping("/workspace/supervision/overdue")
    String overdue(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("overdue", overdue.page(Actors.current(), page, 50));
        return "supervision/overdue";
    }

    /** The departments a supervisor may name: those of their region and of the regions directly under it. */
    private List<DepartmentView> departments(Actor actor) {
        if (!actor.has(AccountRole.SUPERVISOR) || actor.region().isEmpty()) {
            return List.of();
        }
        List<DepartmentView> found = new ArrayList<>(regions.departmentsIn(actor.region().get()));
        for (RegionView child : regions.children(actor.region().get())) {
            found.addAll(regions.departmentsIn(child.regionCode()));
        }
        return found;
    }

    private String text(String key, Object... arguments) {
        return texts.getMessage(key, arguments, Problems.LOCALE);
    }

    private static Map<String, String> typed(String title, String requiredResult, String departmentCode,
            String responsiblePerson, String deadline) {
        return Map.of("title", blank(title), "requiredResult", blank(requiredResult),
                "departmentCode", blank(departmentCode), "responsiblePerson", blank(responsiblePerson),
                "deadline", blank(deadline));
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }
}
