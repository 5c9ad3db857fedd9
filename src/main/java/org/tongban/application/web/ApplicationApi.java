package org.tongban.application.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tongban.application.ApplicationError;
import org.tongban.application.FieldDictionary;
import org.tongban.application.ListingForms;
import org.tongban.application.PreChecks;
import org.tongban.application.Submissions;
import org.tongban.application.UploadedFiles;
import org.tongban.casework.CaseIntake;
import org.tongban.catalog.Catalog;
import org.tongban.shared.Actors;
import org.tongban.shared.BusinessException;
import org.tongban.shared.Problems;
import tools.jackson.databind.JsonNode;

/** Submitting applications and uploading their materials. */
@RestController
@RequestMapping("/api/v1")
class ApplicationApi {

    private final Submissions submissions;
    private final UploadedFiles uploads;
    private final PreChecks preChecks;
    private final ListingForms forms;
    private final Catalog catalog;

    private final FieldDictionary dictionary;
    private final MessageSource texts;

    ApplicationApi(Submissions submissions, UploadedFiles uploads, PreChecks preChecks,
            ListingForms forms, Catalog catalog,
            FieldDictionary dictionary, MessageSource texts) {
        this.dictionary = dictionary;
        this.texts = texts;
        this.forms = forms;
        this.catalog = catalog;
        this.submissions = submissions;
        this.uploads = uploads;
        this.preChecks = preChecks;
    }

    /** 智能预检: 200 {"passed":true} when the application would be accepted for submission, else the problems. */
    @PostMapping("/applications/precheck")
    Map<String, Object> precheck(@RequestBody Submissions.ApplicationRequest request) {
        submissions.precheck(request, Actors.current());
        return Map.of("passed", true);
    }

    @GetMapping("/items/{code}/rules")
    List<PreChecks.Rule> rules(
            @PathVariable String code) {
        return preChecks.rules(code);
    }

    @PutMapping("/items/{code}/rules")
    List<PreChecks.Rule> setRules(
            @PathVariable String code,
            @RequestBody List<PreChecks.Rule> rules) {
        return preChecks.replace(code, rules, Actors.current());
    }

    /** A field of a listing's form as the API describes it. */
    record FieldDescription(String name, String label, String widget, String type, boolean required, String source,
            Integer minLength, Integer maxLength, BigDecimal minimum, BigDecimal maximum,
            List<String> options) {
    }

    /** A listing's form: where it comes from, its fields in order and its definition (a JSON Schema). */
    record FormDescription(String itemCode, String origin, List<FieldDescription> fields,
            JsonNode definition) {

        static FormDescription of(String itemCode, ListingForms.Form form) {
            return new FormDescription(itemCode, form.origin().name(), form.fields().stream()
                    .map(f -> new FieldDescription(f.name(), f.label(), f.widget(), f.field().type(), f.required(),
                            f.autofill() ? f.field().source() : null, f.minLength(), f.maxLength(), f.minimum(),
                            f.maximum(), f.options()))
                    .toList(), form.definition());
        }
    }

    @GetMapping("/items/{code}/form")
    FormDescription form(@PathVariable String code) {
        var item = catalog.published(code).orElseThrow(() -> new BusinessException(
                ApplicationError.ITEM_NOT_AVAILABLE));
        return FormDescription.of(code, forms.form(item));
    }

    /** Sets the listing's own form (a JSON Schema over dictionary fields); every problem is named, nothing changes. */
    @PutMapping("/items/{code}/form")
    FormDescription setForm(@PathVariable String code,
            @RequestBody(required = false) JsonNode definition) {
        return FormDescription.of(code, forms.define(code, definition, Actors.current()));
    }

    /** Drops the listing's own form: it uses its basic catalog entry's form (or the default) again. */
    @DeleteMapping("/items/{code}/form")
    FormDescription resetForm(@PathVariable String code) {
        return FormDescription.of(code, forms.reset(code, Actors.current()));
    }

    /** A field of the shared dictionary: its label, widget, the JSON Schema every form keeps and its auto-fill source. */
    record DictionaryField(String name, String label, String widget, JsonNode schema,
            String source, boolean remember) {
    }

    /** The shared field dictionary: every field a form may use. */
    @GetMapping("/forms/fields")
    List<DictionaryField> dictionary() {
        return dictionary.fields().values().stream()
                .map(f -> new DictionaryField(f.name(), texts.getMessage("form.field." + f.name(), null, f.name(),
                        Problems.LOCALE), f.widget(), f.schema(), f.source(), f.remember()))
                .toList();
    }

    /** 201 with the new case; the same submission key again → 200 with the same case. */
    @PostMapping("/applications")
    ResponseEntity<Map<String, Object>> submit(@RequestBody Submissions.ApplicationRequest request) {
        CaseIntake.Submitted submitted = submissions.submit(request, Actors.current());
        return ResponseEntity.status(submitted.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(Map.of("caseNumber", submitted.caseNumber(), "status", submitted.status().name()));
    }

    @PostMapping("/uploads")
    ResponseEntity<UploadedFiles.Upload> upload(@RequestParam("file") MultipartFile file) throws IOException {
        return ResponseEntity.status(HttpStatus.CREATED).body(uploads.upload(Actors.current(),
                file.getOriginalFilename() == null ? "" : file.getOriginalFilename(), file.getContentType(),
                file.getBytes()));
    }
}
