package org.tongban.casework.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tongban.casework.CaseDocuments;
import org.tongban.casework.CaseError;
import org.tongban.casework.CaseNumber;
import org.tongban.casework.DocumentKind;
import org.tongban.shared.Actors;
import org.tongban.shared.BusinessException;

/**
 * A case's documents (文书) as PDFs, shown in the browser: for the applicant and for staff who may see the
 * case. An unknown document is a 404, one the case has not reached yet a 409; failures get the Chinese
 * error page, since these are links people follow.
 */
@Controller
class CaseDocumentsController {

    private final CaseDocuments documents;

    CaseDocumentsController(CaseDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/cases/{caseNumber}/documents/{kind}")
    ResponseEntity<byte[]> document(@PathVariable String caseNumber, @PathVariable String kind) {
        DocumentKind documentKind = DocumentKind.of(kind)
                .orElseThrow(() -> BusinessException.onField("kind", CaseError.DOCUMENT_UNKNOWN));
        byte[] pdf = documents.render(CaseNumber.of(caseNumber), documentKind, Actors.current());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .contentLength(pdf.length)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(documents.fileName(CaseNumber.of(caseNumber), documentKind), StandardCharsets.UTF_8).build()
                        .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(pdf);
    }
}
