package org.tongban.assistant.web;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongban.assistant.Assistant;
import org.tongban.assistant.Consultations;
import org.tongban.assistant.KnowledgeBase;
import org.tongban.assistant.KnowledgeError;
import org.tongban.assistant.KnowledgeExcel;
import org.tongban.catalog.Catalog;
import org.tongban.catalog.ItemCode;
import org.tongban.search.HotTerms;
import org.tongban.search.Searches;
import org.tongban.shared.Actor;
import org.tongban.shared.Actors;
import org.tongban.shared.BusinessException;
import org.tongban.shared.Problems;

/**
 * Pages of the assistant and the knowledge base: the chat (plain forms, so it works without scripts), a
 * knowledge entry for everyone, the editors' workspace (entries, their lifecycle, and the questions the
 * knowledge base lacks), consultations for staff, and a person's own consultations.
 */
@Controller
class AssistantPages {

    private final Assistant assistant;
    private final KnowledgeBase knowledge;
    private final Consultations consultations;
    private final Searches searches;
    private final HotTerms hot;
    private final Catalog catalog;
    private final Problems problems;
    private final KnowledgeExcel excel;
    private final MessageSource texts;

    AssistantPages(Assistant assistant, KnowledgeBase knowledge, Consultations consultations, Searches searches,
            HotTerms hot, Catalog catalog, Problems problems, KnowledgeExcel excel,
            MessageSource texts) {
        this.excel = excel;
        this.texts = texts;
        this.assistant = assistant;
        this.knowledge = knowledge;
        this.consultations = consultations;
        this.searches = searches;
        this.hot = hot;
        this.catalog = catalog;
        this.problems = problems;
    }

    // ---------------------------------------------------------------------------------------------------
    // The chat
    // ---------------------------------------------------------------------------------------------------

    @GetMapping("/assistant")
    String chat(@RequestParam(required = false) String conversation, @RequestParam(required = false) String q,
            Model model) {
        Actor actor = Actors.current();
        if (conversation != null && !conversation.isBlank()) {
            try {
                model.addAttribute("conversation", assistant.conversation(conversation, actor));
            } catch (BusinessException e) {
                model.addAttribute("errors", problems.fieldMessages(e));
            }
        }
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", q == null ? "" : Searches.clean(q));
        }
        model.addAttribute("hot", searches.hot(null, 6));
        model.addAttribute("signedIn", !actor.isAnonymous());
        return "assistant/chat";
    }

    @PostMapping("/assistant/messages")
    String say(@RequestParam(required = false) String conversation, @RequestParam(required = false) String text,
            @RequestParam(required = false) String region, RedirectAttributes redirect) {
        try {
            var reply = assistant.ask(conversation, text, region, Actors.current());
            return "redirect:/assistant?conversation=" + reply.conversationId() + "#m-" + reply.messageId();
        } catch (BusinessException e) {
            redirect.addFlashAttribute("errors", problems.fieldMessages(e));
            redirect.addFlashAttribute("typed", text);
            return conversation == null || conversation.isBlank() ? "redirect:/assistant"
                    : "redirect:/assistant?conversation=" + conversation;
        }
    }

    @PostMapping("/assistant/feedback")
    String feedback(@RequestParam String conversation, @RequestParam long message, @RequestParam boolean helpful,
            RedirectAttributes redirect) {
        assistant.feedback(conversation, message, helpful, Actors.current());
        redirect.addFlashAttribute("notice", "assistant.feedback.thanks");
        return "redirect:/assistant?conversation=" + conversation + "#m-" + message;
    }

    @PostMapping("/assistant/handoff")
    String handOff(@RequestParam String conversation, RedirectAttributes redirect) {
        try {
            consultations.handOff(conversation, null, Actors.current());
            redirect.addFlashAttribute("notice", "assistant.handoff.done");
        } catch (BusinessException e) {
            redirect.addFlashAttribute("errors", problems.fieldMessages(e));
        }
        return "redirect:/assistant?conversation=" + conversation;
    }

    @GetMapping("/me/consultations")
    String mine(Model model) {
        model.addAttribute("consultations", consultations.mine(Actors.current()));
        return "assistant/mine";
    }

    // ---------------------------------------------------------------------------------------------------
    // Knowledge entries
    // ---------------------------------------------------------------------------------------------------

    @GetMapping("/knowledge/{key}")
    String entry(@PathVariable String key, Model model) {
        var entry = knowledge.published(key).orElseThrow(() -> new BusinessException(KnowledgeError.KNOWLEDGE_NOT_FOUND));
        model.addAttribute("entry", entry);
        Map<String, String> items = new LinkedHashMap<>();
        entry.basicCodes().forEach(code -> ItemCode.parse(code).flatMap(catalog::basicEntryName)
                .ifPresent(name -> items.put(code, name)));
        model.addAttribute("items", items);
        return "assistant/entry";
    }

    @PostMapping("/knowledge/{key}/feedback")
    String entryFeedback(@PathVariable String key, @RequestParam boolean helpful, RedirectAttributes redirect) {
        knowledge.published(key).orElseThrow(() -> new BusinessException(KnowledgeError.KNOWLEDGE_NOT_FOUND));
        knowledge.feedback(key, helpful);
        redirect.addFlashAttribute("notice", "assistant.feedback.thanks");
        return "redirect:/knowledge/" + key;
    }

    @GetMapping("/workspace/knowledge")
    String entries(@RequestParam(required = false) String status, Model model) {
        Actor actor = Actors.current();
        KnowledgeBase.Status wanted = Arrays.stream(KnowledgeBase.Status.values()).filter(s -> s.name().equals(status))
                .findFirst().orElse(null);
        model.addAttribute("entries", knowledge.list(actor, wanted, 200));
        model.addAttribute("status", wanted);
        model.addAttribute("statuses", KnowledgeBase.Status.values());
        model.addAttribute("gaps", assistant.gaps(20));
        model.addAttribute("unanswered", hot.unanswered(Duration.ofDays(30), 20));
        return "assistant/workspace";
    }

    @GetMapping({"/workspace/knowledge/new", "/workspace/knowledge/{key}"})
    String edit(@PathVariable(required = false) String key, @RequestParam(required = false) String question, Model model) {
        KnowledgeBase.requireEditor(Actors.current());
        if (key != null) {
            model.addAttribute("entry", knowledge.find(key).orElseThrow(() -> new BusinessException(KnowledgeError.KNOWLEDGE_NOT_FOUND)));
        } else if (!model.containsAttribute("draft")) {
            model.addAttribute("draft", Map.of("question", question == null ? "" : Searches.clean(question)));
        }
        return "assistant/edit";
    }

    @PostMapping({"/workspace/knowledge/new", "/workspace/knowledge/{key}"})
    String save(@PathVariable(required = false) String key, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        Actor actor = Actors.current();
        try {
            var draft = KnowledgeBase.Draft.fromText(form.get("question"), form.get("variants"), form.get("answerHtml"),
                    form.get("basicCodes"), form.get("regionCode"), form.get("departmentName"), form.get("tags"),
                    form.get("validFrom"), form.get("validTo"));
            var saved = key == null ? knowledge.create(draft, actor) : knowledge.update(key, draft, actor);
            redirect.addFlashAttribute("notice", "knowledge.notice.saved");
            return "redirect:/workspace/knowledge/" + saved.key();
        } catch (BusinessException e) {
            redirect.addFlashAttribute("errors", problems.fieldMessages(e));
            redirect.addFlashAttribute("draft", form);
            return key == null ? "redirect:/workspace/knowledge/new" : "redirect:/workspace/knowledge/" + key;
        }
    }

    @PostMapping("/workspace/knowledge/{key}/{step}")
    String step(@PathVariable String key, @PathVariable String step, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        try {
            knowledge.step(key, step, note, Actors.current());
            redirect.addFlashAttribute("notice", "knowledge.notice." + step);
        } catch (BusinessException e) {
            redirect.addFlashAttribute("errors", problems.fieldMessages(e));
        }
        return "redirect:/workspace/knowledge/" + key;
    }

    @PostMapping("/workspace/knowledge/import")
    String importRows(@RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect) throws IOException {
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("importErrors", List.of(problems.message(KnowledgeError.KNOWLEDGE_EXCEL_NOT_XLSX)));
            return "redirect:/workspace/knowledge";
        }
        var report = excel.importRows(file.getInputStream(), Actors.current());
        if (report.problems().isEmpty()) {
            redirect.addFlashAttribute("notice", texts.getMessage("knowledge.import.done",
                    new Object[] {report.created(), report.updated()}, Problems.LOCALE));
        } else {
            List<String> lines = new ArrayList<>();
            for (var p : report.problems()) {
                lines.add(texts.getMessage("knowledge.import.row", new Object[] {p.row(),
                        String.join("；", problems.fieldMessages(p.problem()).values())}, Problems.LOCALE));
            }
            redirect.addFlashAttribute("importErrors", lines);
        }
        return "redirect:/workspace/knowledge";
    }

    @GetMapping("/workspace/consultations")
    String consultationsPage(@RequestParam(required = false) String status, Model model) {
        model.addAttribute("consultations", consultations.forStaff(Actors.current(), status));
        return "assistant/consultations";
    }

    @GetMapping("/workspace/consultations/{id}")
    String consultation(@PathVariable long id) {
        consultations.forStaff(id, Actors.current());
        return "redirect:/workspace/consultations#c-" + id;
    }

    @PostMapping("/workspace/consultations/{id}/answer")
    String answer(@PathVariable long id, @RequestParam(required = false) String answer, RedirectAttributes redirect) {
        try {
            consultations.answer(id, answer, Actors.current());
            redirect.addFlashAttribute("notice", "consultation.notice.answered");
        } catch (BusinessException e) {
            redirect.addFlashAttribute("errors", problems.fieldMessages(e));
            redirect.addFlashAttribute("failed", id);
        }
        return "redirect:/workspace/consultations#c-" + id;
    }
}
