package org.tongban.application.web;

import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tongban.application.Submissions;
import org.tongban.application.UploadedFiles;
import org.tongban.casework.CaseIntake;
import org.tongban.shared.Actors;

/** Submitting applications and uploading their materials. */
@RestController
@RequestMapping("/api/v1")
class ApplicationApi {

    private final Submissions submissions;
    private final UploadedFiles uploads;
    private final org.tongban.application.PreChecks preChecks;
    private final org.tongban.application.ListingForms forms;
    private final org.tongban.catalog.Catalog catalog;

    private final org.tongban.application.FieldDictionary dictionary;
    private final org.springframework.context.MessageSource texts;

    ApplicationApi(Submissions submissions, UploadedFiles uploads, org.tongban.application.PreChecks preChecks,
            org.tongban.application.ListingForms forms, org.tongban.catalog.Catalog catalog,
            org.tongban.application.FieldDictionary dictionary, org.springframework.context.MessageSource texts) {
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

    @org.springframework.web.bind.annotation.GetMapping("/items/{code}/rules")
    java.util.List<org.tongban.application.PreChecks.Rule> rules(
            @org.springframework.web.bind.annotation.PathVariable String code) {
        return preChecks.rules(code);
    }

    @org.springframework.web.bind.annotation.PutMapping("/items/{code}/rules")
    java.util.List<org.tongban.application.PreChecks.Rule> setRules(
            @org.springframework.web.bind.annotation.PathVariable String code,
            @RequestBody java.util.List<org.tongban.application.PreChecks.Rule> rules) {
        return preChecks.replace(code, rules, Actors.current());
    }

    /** A field of a listing's form as the API describes it. */
    record FieldDescription(String name, String label, String widget, String type, boolean required, String source,
            Integer minLength, Integer maxLength, java.math.BigDecimal minimum, java.math.BigDecimal maximum,
            java.util.List<String> options) {
    }

    /** A listing's form: where it comes from, its fields in order and its definition (a JSON Schema). */
    record FormDescription(String itemCode, String origin, java.util.List<FieldDescription> fields,
            tools.jackson.databind.JsonNode definition) {

        static FormDescription of(String itemCode, org.tongban.application.ListingForms.Form form) {
            return new FormDescription(itemCode, form.origin().name(), form.fields().stream()
                    .map(f -> new FieldDescription(f.name(), f.label(), f.widget(), f.field().type(), f.required(),
                            f.autofill() ? f.field().source() : null, f.minLength(), f.maxLength(), f.minimum(),
                            f.maximum(), f.options()))
                    .toList(), form.definition());
        }
    }

    @org.springframework.web.bind.annotation.GetMapping("/items/{code}/form")
    FormDescription form(@org.springframework.web.bind.annotation.PathVariable String code) {
        var item = catalog.published(code).orElseThrow(() -> new org.tongban.shared.BusinessException(
                org.tongban.application.ApplicationError.ITEM_NOT_AVAILABLE));
        return FormDescription.of(code, forms.form(item));
    }

    /** Sets the listing's own form (a JSON Schema over dictionary fields); every problem is named, nothing changes. */
    @org.springframework.web.bind.annotation.PutMapping("/items/{code}/form")
    FormDescription setForm(@org.springframework.web.bind.annotation.PathVariable String code,
            @RequestBody(required = false) tools.jackson.databind.JsonNode definition) {
        return FormDescription.of(code, forms.define(code, definition, Actors.current()));
    }

    /** Drops the listing's own form: it uses its basic catalog entry's form (or the default) again. */
    @org.springframework.web.bind.annotation.DeleteMapping("/items/{code}/form")
    FormDescription resetForm(@org.springframework.web.bind.annotation.PathVariable String code) {
        return FormDescription.of(code, forms.reset(code, Actors.current()));
    }

    /** A field of the shared dictionary: its label, widget, the JSON Schema every form keeps and its auto-fill source. */
    record DictionaryField(String name, String label, String widget, tools.jackson.databind.JsonNode schema,
            String source, boolean remember) {
    }

    /** The shared field dictionary: every field a form may use. */
    @org.springframework.web.bind.annotation.GetMapping("/forms/fields")
    java.util.List<DictionaryField> dictionary() {
        return dictionary.fields().values().stream()
                .map(f -> new DictionaryField(f.name(), texts.getMessage("form.field." + f.name(), null, f.name(),
                        org.tongban.shared.Problems.LOCALE), f.widget(), f.schema(), f.source(), f.remember()))
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
