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

    ApplicationApi(Submissions submissions, UploadedFiles uploads) {
        this.submissions = submissions;
        this.uploads = uploads;
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
