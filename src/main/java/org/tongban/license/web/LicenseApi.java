package org.tongban.license.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tongban.license.LicenseDocuments;
import org.tongban.license.LicenseError;
import org.tongban.license.LicenseImport;
import org.tongban.license.LicenseOperation;
import org.tongban.license.LicenseSharing;
import org.tongban.license.LicenseTypes;
import org.tongban.license.LicenseVerifier;
import org.tongban.license.LicenseWallet;
import org.tongban.license.Licenses;
import org.tongban.license.TrustList;
import org.tongban.shared.Actors;
import org.tongban.shared.BusinessException;
import org.tongban.shared.CommonError;

/**
 * Electronic licenses over JSON: the public verification ({@code /api/v1/verify}), the holder's licenses,
 * 亮证 codes, authorisations and use log ({@code /api/v1/me/licenses}), a license by identifier for its holder,
 * issuer or an authorised system, the data-sharing query for department systems, and the issuing desk.
 */
@RestController
@RequestMapping("/api/v1")
class LicenseApi {

    /** Uploaded license files are small: a PDF of one or two pages, or its JSON. */
    static final long MAX_FILE = 5L * 1024 * 1024;

    private final Licenses licenses;
    private final LicenseTypes types;
    private final LicenseVerifier verifier;
    private final LicenseWallet wallet;
    private final LicenseSharing sharing;
    private final LicenseDocuments documents;
    private final LicenseImport imports;
    private final TrustList trust;

    LicenseApi(Licenses licenses, LicenseTypes types, LicenseVerifier verifier, LicenseWallet wallet,
            LicenseSharing sharing, LicenseDocuments documents, LicenseImport imports, TrustList trust) {
        this.licenses = licenses;
        this.types = types;
        this.verifier = verifier;
        this.wallet = wallet;
        this.sharing = sharing;
        this.documents = documents;
        this.imports = imports;
        this.trust = trust;
    }

    @GetMapping("/license-types")
    Map<String, List<LicenseTypes.LicenseType>> types() {
        return Map.of("types", types.all());
    }

    @GetMapping("/verify/{identifier}")
    LicenseVerifier.Verification verify(@PathVariable String identifier) {
        return verifier.verify(identifier);
    }

    /** A license file (our PDF or its JSON), uploaded. */
    @PostMapping(path = "/verify", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    LicenseVerifier.Verification verifyFile(@RequestPart(name = "file", required = false) MultipartFile file)
            throws IOException {
        return verifier.verifyFile(bytes(file));
    }

    static byte[] bytes(MultipartFile file) throws IOException {
        if (file == null || file.isEmpty() || file.getSize() > MAX_FILE) {
            throw new BusinessException(LicenseError.LICENSE_FILE_UNREADABLE);
        }
        return file.getBytes();
    }

    @GetMapping("/verify/shown/{token}")
    LicenseVerifier.Verification shown(@PathVariable String token) {
        return wallet.check(token);
    }

    @GetMapping("/me/licenses")
    Map<String, List<Licenses.LicenseView>> mine() {
        return Map.of("licenses", licenses.mine(Actors.current()));
    }

    record ShowJson(String token, String url, Instant expiresAt) {
    }

    @PostMapping("/me/licenses/{identifier}/show")
    ShowJson show(@PathVariable String identifier) {
        LicenseWallet.Shown shown = wallet.show(identifier, Actors.current());
        return new ShowJson(shown.token(), documents.showUrl(shown.token()), shown.expiresAt());
    }

    @GetMapping("/me/licenses/grants")
    Map<String, List<LicenseSharing.Grant>> grants() {
        return Map.of("grants", sharing.grants(Actors.current()));
    }

    record GrantJson(String identifier, String granteeKind, String granteeCode, String granteeName, String purpose,
            LocalDate validUntil) {
    }

    @PostMapping("/me/licenses/grants")
    ResponseEntity<LicenseSharing.Grant> grant(@RequestBody(required = false) GrantJson body) {
        if (body == null) {
            throw new BusinessException(CommonError.INVALID_INPUT);
        }
        LicenseSharing.Grant grant = sharing.grant(body.identifier(), body.granteeKind(), body.granteeCode(),
                body.granteeName(), body.purpose(), body.validUntil(), Actors.current());
        return ResponseEntity.created(URI.create("/api/v1/me/licenses/grants/" + grant.id())).body(grant);
    }

    @DeleteMapping("/me/licenses/grants/{id}")
    ResponseEntity<Void> revoke(@PathVariable long id) {
        sharing.revoke(id, Actors.current());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/me/licenses/uses")
    Map<String, List<LicenseSharing.Use>> uses() {
        return Map.of("uses", sharing.uses(Actors.current()));
    }

    /** A license for its holder, its issuer, or anyone authorised; everyone but the holder states a purpose. */
    @GetMapping("/licenses/{identifier}")
    Licenses.LicenseView license(@PathVariable String identifier, @RequestParam(required = false) String purpose) {
        return sharing.read(identifier, purpose, Actors.current());
    }

    @GetMapping("/licenses/{identifier}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String identifier, @RequestParam(required = false) String purpose) {
        Licenses.LicenseView view = sharing.read(identifier, purpose, Actors.current());
        return pdfResponse(documents, view);
    }

    static ResponseEntity<byte[]> pdfResponse(LicenseDocuments documents, Licenses.LicenseView view) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(documents.fileName(view), StandardCharsets.UTF_8).build().toString())
                .body(documents.pdf(view));
    }

    /** Department systems (client credentials): a holder's licenses, with the 申请事由 of the call. */
    @GetMapping("/share/licenses")
    Map<String, List<Licenses.LicenseView>> share(@RequestParam(required = false) String holderCode,
            @RequestParam(required = false) String typeCode, @RequestParam(required = false) String purpose) {
        return Map.of("licenses", sharing.query(holderCode, typeCode, purpose, Actors.current()));
    }

    @PostMapping("/licenses")
    ResponseEntity<Licenses.LicenseView> issue(@RequestBody(required = false) Licenses.Issue body) {
        if (body == null) {
            throw new BusinessException(CommonError.INVALID_INPUT);
        }
        Licenses.LicenseView view = licenses.issue(body, Actors.current());
        return ResponseEntity.created(URI.create("/api/v1/licenses/" + view.identifier())).body(view);
    }

    record OperationJson(String operation, String reason, LocalDate validUntil, Map<String, String> face) {
    }

    @PostMapping("/licenses/{identifier}/operations")
    Licenses.LicenseView operate(@PathVariable String identifier, @RequestBody(required = false) OperationJson body) {
        if (body == null) {
            throw new BusinessException(CommonError.INVALID_INPUT);
        }
        LicenseOperation operation = LicenseOperation.named(body.operation())
                .orElseThrow(() -> BusinessException.onField("operation", LicenseError.LICENSE_OPERATION_UNKNOWN));
        return licenses.operate(identifier, operation, body.reason(), body.validUntil(), body.face(), Actors.current());
    }

    @GetMapping("/licenses/{identifier}/history")
    Map<String, List<Licenses.OperationRecord>> history(@PathVariable String identifier) {
        licenses.view(identifier, Actors.current());
        return Map.of("operations", licenses.history(identifier));
    }

    /** Historical licenses in batch (CSV); the report says, row by row, what was issued and what was wrong. */
    @PostMapping(path = "/licenses/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    LicenseImport.Report importBatch(@RequestPart(name = "file", required = false) MultipartFile file)
            throws IOException {
        return imports.run(bytes(file), Actors.current());
    }

    @GetMapping("/license-trust")
    Map<String, List<TrustList.TrustedIssuer>> trustList() {
        return Map.of("issuers", trust.list());
    }

    record TrustJson(String name, String certificate) {
    }

    @PostMapping("/license-trust")
    TrustList.TrustedIssuer addTrust(@RequestBody(required = false) TrustJson body) {
        if (body == null) {
            throw new BusinessException(CommonError.INVALID_INPUT);
        }
        return trust.add(body.name(), body.certificate(), Actors.current());
    }

    @DeleteMapping("/license-trust/{id}")
    ResponseEntity<Void> removeTrust(@PathVariable long id) {
        trust.remove(id, Actors.current());
        return ResponseEntity.noContent().build();
    }

    /** The platform CA's certificate, for other provinces' trust lists. */
    @GetMapping(path = "/license-trust/authority", produces = "application/x-pem-file")
    String authority() {
        return trust.authorityCertificate();
    }
}
