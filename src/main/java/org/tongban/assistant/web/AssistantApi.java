package org.tongban.assistant.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tongban.assistant.Assistant;
import org.tongban.assistant.Consultations;
import org.tongban.assistant.KnowledgeBase;
import org.tongban.assistant.KnowledgeError;
import org.tongban.assistant.KnowledgeExcel;
import org.tongban.search.HotTerms;
import org.tongban.shared.Actors;
import org.tongban.shared.BusinessException;
import org.tongban.shared.CommonError;
import org.tongban.shared.Problems;

/** The assistant, the knowledge base and consultations, over JSON. */
@RestController
@RequestMapping("/api/v1")
class AssistantApi {

    private final Assistant assistant;
    private final KnowledgeBase knowledge;
    private final Consultations consultations;
    private final HotTerms hot;
    private final KnowledgeExcel excel;
    private final Problems problems;

    AssistantApi(Assistant assistant, KnowledgeBase knowledge, Consultations consultations, HotTerms hot,
            KnowledgeExcel excel, Problems problems) {
        this.excel = excel;
        this.problems = problems;
        this.assistant = assistant;
        this.knowledge = knowledge;
        this.consultations = consultations;
        this.hot = hot;
    }

    /** A message to the assistant. */
    record MessageRequest(String conversationId, String text, String region) {
    }

    @PostMapping("/assistant/messages")
    Assistant.Reply message(@RequestBody MessageRequest request) {
        return assistant.ask(request.conversationId(), request.text(), request.region(), Actors.current());
    }

    /** 有用 / 没用 on an answer. */
    record FeedbackRequest(String conversationId, Long messageId, Boolean helpful) {
    }

    @PostMapping("/assistant/feedback")
    Map<String, Boolean> feedback(@RequestBody FeedbackRequest request) {
        if (request.messageId() == null || request.helpful() == null) {
            throw BusinessException.onField(request.messageId() == null ? "messageId" : "helpful", CommonError.FIELD_REQUIRED);
        }
        assistant.feedback(request.conversationId(), request.messageId(), request.helpful(), Actors.current());
        return Map.of("recorded", true);
    }

    @GetMapping("/assistant/conversations/{id}")
    Assistant.Conversation conversation(@PathVariable String id) {
        return assistant.conversation(id, Actors.current());
    }

    /** 转人工. */
    record HandOffRequest(String conversationId, String question) {
    }

    @PostMapping("/assistant/handoff")
    Consultations.Consultation handOff(@RequestBody HandOffRequest request) {
        return consultations.handOff(request.conversationId(), request.question(), Actors.current());
    }

    @GetMapping("/me/consultations")
    List<Consultations.Consultation> mine() {
        return consultations.mine(Actors.current());
    }

    @GetMapping("/consultations")
    List<Consultations.Consultation> consultations(@RequestParam(required = false) String status) {
        return consultations.forStaff(Actors.current(), status);
    }

    /** A staff answer. */
    record AnswerRequest(String answer) {
    }

    @PostMapping("/consultations/{id}/answer")
    Consultations.Consultation answer(@PathVariable long id, @RequestBody AnswerRequest request) {
        return consultations.answer(id, request.answer(), Actors.current());
    }

    // ---------------------------------------------------------------------------------------------------

    @GetMapping("/knowledge/{key}")
    KnowledgeBase.Entry entry(@PathVariable String key) {
        return knowledge.published(key).orElseThrow(() -> new BusinessException(KnowledgeError.KNOWLEDGE_NOT_FOUND));
    }

    @GetMapping("/knowledge")
    List<KnowledgeBase.Entry> entries(@RequestParam(required = false) String status,
            @RequestParam(defaultValue = "100") int limit) {
        KnowledgeBase.Status wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = KnowledgeBase.Status.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw BusinessException.onField("status", CommonError.INVALID_INPUT);
            }
        }
        return knowledge.list(Actors.current(), wanted, limit);
    }

    @PostMapping("/knowledge")
    KnowledgeBase.Entry create(@RequestBody KnowledgeBase.Draft draft) {
        return knowledge.create(draft, Actors.current());
    }

    @PutMapping("/knowledge/{key}")
    KnowledgeBase.Entry update(@PathVariable String key, @RequestBody KnowledgeBase.Draft draft) {
        return knowledge.update(key, draft, Actors.current());
    }

    /** A step of an entry's lifecycle, with the reason for {@code reject}. */
    record StepRequest(String note) {
    }

    @PostMapping("/knowledge/{key}/{step}")
    KnowledgeBase.Entry step(@PathVariable String key, @PathVariable String step,
            @RequestBody(required = false) StepRequest request) {
        return knowledge.step(key, step, request == null ? null : request.note(), Actors.current());
    }

    @GetMapping("/knowledge/export")
    ResponseEntity<byte[]> export() {
        var out = new ByteArrayOutputStream();
        excel.export(Actors.current(), out);
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"knowledge.xlsx\"")
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(out.toByteArray());
    }

    /** A row's problems in an import report. */
    record RowReport(int row, Map<String, String> problems) {
    }

    /** Imports entries from Excel, all or nothing: 200 with the counts, or 400 with every row's problems. */
    @PostMapping("/knowledge/import")
    ResponseEntity<Map<String, Object>> importRows(
            @RequestParam("file") MultipartFile file) throws IOException {
        var report = excel.importRows(file.getInputStream(), Actors.current());
        if (!report.problems().isEmpty()) {
            List<RowReport> rows = report.problems().stream()
                    .map(p -> new RowReport(p.row(), problems.fieldMessages(p.problem()))).toList();
            return ResponseEntity.badRequest().body(Map.of("created", 0, "updated", 0, "rows", rows));
        }
        return ResponseEntity.ok(Map.of("created", report.created(), "updated", report.updated(),
                "rows", List.of()));
    }

    /** What the knowledge base lacks: unanswered and low-rated questions, and searches that found nothing. */
    record Gaps(List<Assistant.Gap> assistant, List<HotTerms.Unanswered> searches) {
    }

    @GetMapping("/knowledge/gaps")
    Gaps gaps() {
        KnowledgeBase.requireEditor(Actors.current());
        return new Gaps(assistant.gaps(100), hot.unanswered(Duration.ofDays(30), 100));
    }
}
