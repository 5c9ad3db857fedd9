package org.tongban.catalog.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartFile;
import org.tongban.catalog.Catalog;
import org.tongban.catalog.CatalogEditor;
import org.tongban.catalog.CatalogError;
import org.tongban.catalog.CatalogTransfer;
import org.tongban.catalog.ItemDetail;
import org.tongban.catalog.QualitySummary;
import org.tongban.catalog.VersionDiff;
import org.tongban.shared.Actors;
import org.tongban.shared.BoundedCache;
import org.tongban.shared.BusinessException;
import org.tongban.shared.Problems;
import org.tongban.shared.RegionCode;
import tools.jackson.databind.json.JsonMapper;

/** The catalog API: published items for everyone; drafts, review and publication for catalog staff. */
@RestController
@RequestMapping("/api/v1")
class CatalogApi {

    private final Catalog catalog;
    private final CatalogEditor editor;
    private final CatalogTransfer transfer;
    private final Problems problems;

    private final JsonMapper json;
    private final BoundedCache<String, byte[]> documents = new BoundedCache<>(5_000);

    CatalogApi(Catalog catalog, CatalogEditor editor, CatalogTransfer transfer,
            Problems problems, JsonMapper json) {
        this.json = json;
        this.catalog = catalog;
        this.editor = editor;
        this.transfer = transfer;
        this.problems = problems;
    }

    @GetMapping("/items")
    Catalog.ItemPage items(@RequestParam(required = false) String region,
            @RequestParam(required = false) String department, @RequestParam(required = false) String theme,
            @RequestParam(required = false) String audience, @RequestParam(required = false) String type,
            @RequestParam(defaultValue = "false") boolean highFrequency, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        if (malformed(region)) {
            return Catalog.ItemPage.empty(page, size);
        }
        return catalog.search(new Catalog.ItemQuery(regionFilter(region), department, theme, audience, type,
                highFrequency, page, size));
    }

    /** The region filter: blank means any region. */
    private static RegionCode regionFilter(String region) {
        return region == null || region.isBlank() ? null : RegionCode.of(region.strip());
    }

    /** A region filter that cannot be a region code matches no listing, exactly as an unknown code does. */
    private static boolean malformed(String region) {
        return region != null && !region.isBlank() && RegionCode.parse(region.strip()).isEmpty();
    }

    /**
     * The published listing, with an ETag that changes exactly when a new version is published. The JSON of
     * a published version never changes, so it is serialised once and kept by listing and tag.
     */
    @GetMapping("/items/{code}")
    ResponseEntity<byte[]> item(@PathVariable String code, WebRequest request) {
        ItemDetail detail = catalog.published(code).orElseThrow(() -> new BusinessException(CatalogError.ITEM_NOT_FOUND));
        String etag = "\"" + detail.tag() + "\"";
        if (request.checkNotModified(etag)) {
            return null;
        }
        byte[] body = documents.get(code + "|" + detail.tag(), k -> json.writeValueAsBytes(detail));
        return ResponseEntity.ok().eTag(etag).cacheControl(CacheControl.noCache())
                .contentType(MediaType.APPLICATION_JSON).body(body);
    }

    @GetMapping("/catalog/quality")
    @PreAuthorize("hasAnyRole('CATALOG_ADMIN','SUPERVISOR','SYSTEM_ADMIN')")
    QualitySummary quality() {
        return catalog.quality(Actors.current().dataScope());
    }

    @GetMapping("/items/{code}/versions")
    @PreAuthorize("hasAnyRole('CATALOG_ADMIN','DEPARTMENT_LEADER','SUPERVISOR')")
    List<CatalogEditor.VersionView> versions(@PathVariable String code) {
        return editor.versions(Actors.current(), code);
    }

    @GetMapping("/items/{code}/diff")
    @PreAuthorize("hasAnyRole('CATALOG_ADMIN','DEPARTMENT_LEADER','SUPERVISOR')")
    List<VersionDiff.Change> diff(@PathVariable String code, @RequestParam int from, @RequestParam int to) {
        return editor.diff(Actors.current(), code, from, to);
    }

    /** A department starts implementing a basic catalog entry: the body is the first version's content. */
    @PostMapping(value = "/listings", consumes = "application/json")
    ResponseEntity<CatalogEditor.VersionView> createListing(@RequestParam String department,
            @RequestBody String document) {
        return ResponseEntity.status(201).body(editor.createListing(Actors.current(), department, document));
    }

    @PostMapping(value = "/items/{code}/drafts", consumes = "application/json")
    ResponseEntity<CatalogEditor.VersionView> saveDraft(@PathVariable String code, @RequestBody String document) {
        return ResponseEntity.status(201).body(editor.saveDraft(Actors.current(), code, document));
    }

    @PostMapping("/items/{code}/versions/{number}/submit")
    CatalogEditor.VersionView submit(@PathVariable String code, @PathVariable int number) {
        return editor.submit(Actors.current(), code, number);
    }

    record Review(String effectiveOn, String opinion) {
    }

    @PostMapping("/items/{code}/versions/{number}/approve")
    CatalogEditor.VersionView approve(@PathVariable String code, @PathVariable int number, @RequestBody Review review) {
        return editor.approve(Actors.current(), code, number, review.effectiveOn(), review.opinion());
    }

    @PostMapping("/items/{code}/versions/{number}/reject")
    CatalogEditor.VersionView reject(@PathVariable String code, @PathVariable int number, @RequestBody Review review) {
        return editor.reject(Actors.current(), code, number, review.opinion());
    }

    @PostMapping("/items/{code}/versions/{number}/withdraw")
    ResponseEntity<Void> withdraw(@PathVariable String code, @PathVariable int number) {
        editor.withdraw(Actors.current(), code, number);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/items/{code}/revoke")
    ResponseEntity<Void> revoke(@PathVariable String code, @RequestBody Map<String, String> body) {
        editor.revoke(Actors.current(), code, body.get("reason"));
        return ResponseEntity.noContent().build();
    }

    /** Published listings as the Excel template (round-trips through import) or as JSON. */
    @GetMapping("/catalog/export")
    ResponseEntity<?> export(@RequestParam(required = false) String region,
            @RequestParam(required = false) String department, @RequestParam(required = false) String theme,
            @RequestParam(required = false) String audience, @RequestParam(defaultValue = "xlsx") String format) {
        var query = malformed(region) ? null
                : new Catalog.ItemQuery(regionFilter(region), department, theme, audience, null, false, 0, 100);
        if ("json".equals(format)) {
            return ResponseEntity.ok(query == null ? List.of() : transfer.exportJson(query));
        }
        var out = new ByteArrayOutputStream();
        if (query == null) {
            transfer.template(out);
        } else {
            transfer.exportExcel(query, out);
        }
        return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=\"catalog.xlsx\"")
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(out.toByteArray());
    }

    @GetMapping("/catalog/import-template")
    ResponseEntity<byte[]> template() {
        var out = new ByteArrayOutputStream();
        transfer.template(out);
        return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=\"catalog-template.xlsx\"")
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(out.toByteArray());
    }

    /** Imports listings as drafts; a file with any error imports nothing and lists every problem. */
    @PostMapping(value = "/catalog/import", consumes = "multipart/form-data")
    ResponseEntity<?> importListings(@RequestParam("file") MultipartFile file)
            throws IOException {
        var report = transfer.importListings(Actors.current(), file.getInputStream());
        if (report.problems().isEmpty()) {
            return ResponseEntity.ok(Map.of("imported", report.imported()));
        }
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                problems.message(CatalogError.IMPORT_REJECTED, report.problems().size()));
        problem.setTitle(problems.message(CatalogError.IMPORT_REJECTED, report.problems().size()));
        problem.setProperty("code", CatalogError.IMPORT_REJECTED.name());
        problem.setProperty("errors", report.problems().stream().map(p -> Map.of(
                "field", p.sheet() + "!" + p.row() + (p.column() == null || p.column().isEmpty() ? "" : " " + p.column()),
                "message", p.message())).toList());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @GetMapping("/catalog/negative-lists")
    List<Catalog.NegativeEntry> negativeLists() {
        return catalog.negativeLists();
    }

    @PostMapping("/items/{code}/negative-list")
    ResponseEntity<Void> negativeList(@PathVariable String code, @RequestBody Map<String, String> body) {
        editor.negativeList(Actors.current(), code, body.get("list"), body.get("reason"));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/items/{code}/cancellation")
    ResponseEntity<Void> cancel(@PathVariable String code, @RequestBody Map<String, String> body) {
        editor.cancelOn(Actors.current(), code, body.get("cancellationDate"));
        return ResponseEntity.noContent().build();
    }
}
