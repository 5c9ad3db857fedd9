package org.tongban.supervision.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tongban.shared.Actors;
import org.tongban.supervision.OverdueCases;
import org.tongban.supervision.SupervisionItems;

/**
 * 督查督办 over JSON: the items in the caller's scope, one item with its steps and 集中会商 records, opening an
 * item, actions on it (JSON, or multipart with an evidence file), consultations, and the overdue cases.
 */
@RestController
@RequestMapping("/api/v1/supervision")
class SupervisionApi {

    private final SupervisionItems items;
    private final OverdueCases overdue;

    SupervisionApi(SupervisionItems items, OverdueCases overdue) {
        this.items = items;
        this.overdue = overdue;
    }

    @GetMapping("/items")
    SupervisionItems.ItemPage list(@RequestParam(required = false) String status,
            @RequestParam(required = false) String level, @RequestParam(required = false) String department) {
        return items.list(Actors.current(), status, level, department);
    }

    @GetMapping("/items/{itemNumber}")
    SupervisionItems.ItemView view(@PathVariable String itemNumber) {
        return items.view(itemNumber, Actors.current());
    }

    @PostMapping("/items")
    @ResponseStatus(HttpStatus.CREATED)
    SupervisionItems.ItemView open(@RequestBody SupervisionItems.OpenForm form) {
        return items.open(form, Actors.current());
    }

    @PostMapping(path = "/items/{itemNumber}/actions", consumes = MediaType.APPLICATION_JSON_VALUE)
    SupervisionItems.ItemView act(@PathVariable String itemNumber, @RequestBody SupervisionItems.ActionForm form) {
        return items.act(itemNumber, form, null, Actors.current());
    }

    /** The same actions as a form, with the evidence file of a report in the part {@code file}. */
    @PostMapping(path = "/items/{itemNumber}/actions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    SupervisionItems.ItemView actWithEvidence(@PathVariable String itemNumber, @RequestParam String action,
            @RequestParam(required = false) String note, @RequestParam(required = false) Boolean problemBack,
            @RequestPart(name = "file", required = false) MultipartFile file) throws IOException {
        return items.act(itemNumber, new SupervisionItems.ActionForm(action, note, problemBack), evidence(file),
                Actors.current());
    }

    @PostMapping("/items/{itemNumber}/consultations")
    @ResponseStatus(HttpStatus.CREATED)
    SupervisionItems.ItemView consult(@PathVariable String itemNumber,
            @RequestBody SupervisionItems.ConsultationForm form) {
        return items.consult(itemNumber, form, Actors.current());
    }

    @GetMapping("/items/{itemNumber}/steps/{stepId}/evidence")
    ResponseEntity<InputStreamResource> evidence(@PathVariable String itemNumber, @PathVariable long stepId) {
        return download(items.evidence(itemNumber, stepId, Actors.current()));
    }

    @GetMapping("/overdue")
    OverdueCases.OverduePage overdue(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return overdue.page(Actors.current(), page, size);
    }

    /** The uploaded file as supervision takes it; null when none was sent. */
    static SupervisionItems.EvidenceFile evidence(MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            return null;
        }
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        return new SupervisionItems.EvidenceFile(name, file.getContentType(), file.getBytes());
    }

    static ResponseEntity<InputStreamResource> download(SupervisionItems.EvidenceContent content) {
        InputStream stream = content.stream();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(content.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(content.name(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(stream));
    }
}
