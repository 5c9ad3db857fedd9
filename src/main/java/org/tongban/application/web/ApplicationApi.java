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

    ApplicationApi(Submissions submissions, UploadedFiles uploads, org.tongban.application.PreChecks preChecks) {
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
