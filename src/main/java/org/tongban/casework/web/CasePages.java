package org.tongban.casework.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongban.casework.ActionRequest;
import org.tongban.casework.CaseActions;
import org.tongban.casework.CaseError;
import org.tongban.casework.CaseNumber;
import org.tongban.casework.CaseQueries;
import org.tongban.casework.CaseStatus;
import org.tongban.casework.DocumentKind;
import org.tongban.casework.Light;
import org.tongban.casework.OpinionTemplates;
import org.tongban.identity.AccountRole;
import org.tongban.notification.InAppMessages;
import org.tongban.shared.Actor;
import org.tongban.shared.Actors;
import org.tongban.shared.BusinessException;
import org.tongban.shared.CommonError;
import org.tongban.shared.InputCheck;
import org.tongban.shared.Problems;

/**
 * Case pages: 我的办件 (the applicant's cases, one case with its timeline, withdrawal), and the staff
 * workspace (the inbox with traffic lights and filters, one case with the actions the caller may take).
 * Every action is a plain form post, so the pages work without JavaScript.
 */
@Controller
class CasePages {

    private final CaseQueries queries;
    private final CaseActions actions;
    private final InAppMessages messages;
    private final Problems problems;
    private final OpinionTemplates opinions;

    CasePages(CaseQueries queries, CaseActions actions, InAppMessages messages, Problems problems,
            OpinionTemplates opinions) {
        this.opinions = opinions;
        this.queries = queries;
        this.actions = actions;
        this.messages = messages;
        this.problems = problems;
    }

    @GetMapping("/me/cases")
    String mine(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("cases", queries.mine(Actors.current(), page, 20));
        model.addAttribute("messages", messages.forAccount(Actors.current().username(), 5));
        return "casework/mine";
    }

    @GetMapping("/me/cases/{caseNumber}")
    String mineOne(@PathVariable String caseNumber, Model model) {
        show(queries.view(CaseNumber.of(caseNumber), Actors.current()), model);
        return "casework/case";
    }

    /** A material as the pages list it: a checked upload (with its file) or paper seen at a window. */
    /** A material of the case; {@code license}: the identifier of the electronic license that stands for it (免提交). */
    record MaterialRow(String name, String fileId, String fileName, boolean paper, String producedBy, String license,
            String licenseType) {
    }

    private static void show(CaseQueries.CaseView view, Model model) {
        model.addAttribute("c", view);
        Map<String, String> fields = new LinkedHashMap<>();
        view.formData().properties().forEach(e -> fields.put(e.getKey(),
                e.getValue().isValueNode() ? e.getValue().asString() : e.getValue().toString()));
        model.addAttribute("formFields", fields);
        List<MaterialRow> materials = new ArrayList<>();
        view.materials().forEach(m -> materials.add(new MaterialRow(m.path("name").asString(),
                m.has("fileId") ? m.get("fileId").asString() : null,
                m.has("fileName") ? m.get("fileName").asString() : null, m.path("paper").asBoolean(false),
                m.has("producedBy") ? m.get("producedBy").asString() : null,
                m.has("license") ? m.get("license").asString() : null,
                m.has("licenseType") ? m.get("licenseType").asString() : null)));
        model.addAttribute("materials", materials);
        model.addAttribute("documents", DocumentKind.availableFor(view));
    }

    @PostMapping("/me/cases/{caseNumber}/withdraw")
    String withdraw(@PathVariable String caseNumber, RedirectAttributes redirect) {
        act(caseNumber, ActionRequest.of("withdraw", null), redirect);
        return "redirect:/me/cases/" + caseNumber;
    }

    @GetMapping("/workspace/cases")
    String inbox(@RequestParam(required = false) String status, @RequestParam(required = false) String light,
            @RequestParam(defaultValue = "0") int page, Model model) {
        CaseStatus statusFilter = InputCheck.enumParameter(CaseStatus.class, "status", status);
        Light lightFilter = InputCheck.enumParameter(Light.class, "light", light);
        model.addAttribute("inbox", queries.inbox(Actors.current(), statusFilter, lightFilter, page, 20));
        model.addAttribute("notices", messages.forStaff(Actors.current(), 5));
        model.addAttribute("bulkActions", BULK_ACTIONS);
        model.addAttribute("status", statusFilter);
        model.addAttribute("light", lightFilter);
        model.addAttribute("statuses", Arrays.asList(CaseStatus.values()));
        return "casework/inbox";
    }

    @GetMapping("/workspace/cases/{caseNumber}")
    String work(@PathVariable String caseNumber, Model model) {
        CaseQueries.CaseView view = queries.view(CaseNumber.of(caseNumber), Actors.current());
        show(view, model);
        model.addAttribute("procedures", CaseActions.SPECIAL_PROCEDURES);
        model.addAttribute("templates", opinions.offeredFor(view));
        model.addAttribute("deliveryMethods", CaseActions.DELIVERY_METHODS);
        return "casework/work";
    }

    /** 常用意见与决定模板: the department's and the platform's, for its leader (or a system administrator) to keep. */
    @GetMapping("/workspace/opinions")
    String opinions(Model model) {
        Actor actor = Actors.current();
        if (!OpinionTemplates.keepsTemplates(actor)) {
            throw new BusinessException(CommonError.FORBIDDEN);
        }
        model.addAttribute("opinionTemplates", opinions.forDepartment(actor.departmentCode()));
        model.addAttribute("opinionActions", OpinionTemplates.ACTIONS);
        model.addAttribute("placeholders", String.join("、", OpinionTemplates.PLACEHOLDERS.stream()
                .map(p -> "{" + p + "}").toList()));
        model.addAttribute("admin", actor.has(AccountRole.SYSTEM_ADMIN));
        return "casework/opinions";
    }

    @PostMapping("/workspace/opinions")
    String addOpinion(@RequestParam(required = false) String action, @RequestParam(required = false) String text,
            @RequestParam(required = false) String platformWide, RedirectAttributes redirect) {
        try {
            opinions.add(Actors.current(), action, text, platformWide != null);
            redirect.addFlashAttribute("notice", "opinions.notice.added");
        } catch (BusinessException e) {
            forbiddenStaysForbidden(e);
            redirect.addFlashAttribute("errors", problems.fieldMessages(e));
            redirect.addFlashAttribute("typedAction", action);
            redirect.addFlashAttribute("typedText", text);
        }
        return "redirect:/workspace/opinions";
    }

    /** Someone not allowed is answered 403, not shown the form again with a message. */
    private static void forbiddenStaysForbidden(BusinessException e) {
        if (e.code() == CommonError.FORBIDDEN) {
            throw e;
        }
    }

    @PostMapping("/workspace/opinions/{id}/remove")
    String removeOpinion(@PathVariable long id, RedirectAttributes redirect) {
        try {
            opinions.remove(Actors.current(), id);
            redirect.addFlashAttribute("notice", "opinions.notice.removed");
        } catch (BusinessException e) {
            forbiddenStaysForbidden(e);
            redirect.addFlashAttribute("errors", problems.fieldMessages(e));
        }
        return "redirect:/workspace/opinions";
    }

    /** Actions that need no input and may be taken on many cases at once from the inbox. */
    static final List<String> BULK_ACTIONS = List.of("accept", "complete");

    /** 批量办理: each case in its own transaction; what failed is listed with its reason, the rest go through. */
    @PostMapping("/workspace/cases/bulk")
    String bulk(@RequestParam(required = false) String action,
            @RequestParam(name = "cases", required = false) List<String> caseNumbers, RedirectAttributes redirect) {
        Actor actor = Actors.current();
        if (action == null || !BULK_ACTIONS.contains(action) || caseNumbers == null || caseNumbers.isEmpty()
                || caseNumbers.size() > 100) {
            redirect.addFlashAttribute("errors", Map.of("global",
                    problems.message(CommonError.INVALID_INPUT)));
            return "redirect:/workspace/cases";
        }
        int done = 0;
        Map<String, String> failures = new LinkedHashMap<>();
        for (String number : caseNumbers) {
            try {
                actions.act(CaseNumber.of(number), ActionRequest.of(action, null), actor);
                done++;
            } catch (BusinessException e) {
                failures.put(number, problems.message(e.code(), e.arguments()));
            } catch (OptimisticLockingFailureException e) {
                failures.put(number, problems.message(CaseError.CASE_CHANGED));
            }
        }
        redirect.addFlashAttribute("bulkDone", done);
        redirect.addFlashAttribute("bulkFailures", failures);
        return "redirect:/workspace/cases";
    }

    @PostMapping("/workspace/cases/{caseNumber}/actions")
    String workAction(@PathVariable String caseNumber, @RequestParam(required = false) String action,
            @RequestParam(required = false) String opinion, @RequestParam(required = false) String opinionTemplate,
            @RequestParam(required = false) String basis,
            @RequestParam(required = false) String missing, @RequestParam(required = false) String procedure,
            @RequestParam(required = false) Integer plannedDays, @RequestParam(required = false) String deliveryMethod,
            @RequestParam(required = false) String trackingNumber, @RequestParam(required = false) Long expectedVersion,
            RedirectAttributes redirect) {
        List<String> missingItems = missing == null ? null
                : Arrays.stream(missing.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if ((opinion == null || opinion.isBlank()) && opinionTemplate != null && !opinionTemplate.isBlank()) {
            opinion = opinionTemplate;
        }
        act(caseNumber, new ActionRequest(action, opinion, basis, missingItems, procedure, plannedDays, deliveryMethod,
                trackingNumber, null, expectedVersion), redirect);
        return "redirect:/workspace/cases/" + caseNumber;
    }

    private void act(String caseNumber, ActionRequest request, RedirectAttributes redirect) {
        Actor actor = Actors.current();
        try {
            var outcome = actions.act(CaseNumber.of(caseNumber), request, actor);
            redirect.addFlashAttribute("notice", "case.notice." + outcome.status());
        } catch (BusinessException e) {
            redirect.addFlashAttribute("errors", problems.fieldMessages(e));
            redirect.addFlashAttribute("failedAction", request.action());
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("errors", Map.of("global",
                    problems.message(CaseError.CASE_CHANGED)));
        }
    }
}
