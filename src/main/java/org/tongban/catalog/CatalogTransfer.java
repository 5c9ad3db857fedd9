package org.tongban.catalog;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.identity.AccountRole;
import org.tongban.region.DepartmentView;
import org.tongban.region.RegionDirectory;
import org.tongban.shared.Actor;
import org.tongban.shared.AuditTrail;
import org.tongban.shared.BusinessException;
import org.tongban.shared.CommonError;

/**
 * Excel import and export of listings in the documented template. An import is checked row by row —
 * format, department, scope, basic entry and every quality rule — and a file with any error imports
 * nothing; a clean file becomes drafts (new listings, or new versions) that then go through review.
 */
@Service
public class CatalogTransfer {

    private final Catalog catalog;
    private final CatalogEditor editor;
    private final Listings listings;
    private final ListingVersions versions;
    private final BasicCatalog basicCatalog;
    private final RegionDirectory regions;
    private final CatalogJson json;
    private final MessageSource messages;
    private final AuditTrail audit;

    CatalogTransfer(Catalog catalog, CatalogEditor editor, Listings listings, ListingVersions versions,
            BasicCatalog basicCatalog, RegionDirectory regions, CatalogJson json, MessageSource messages,
            AuditTrail audit) {
        this.catalog = catalog;
        this.editor = editor;
        this.listings = listings;
        this.versions = versions;
        this.basicCatalog = basicCatalog;
        this.regions = regions;
        this.json = json;
        this.messages = messages;
        this.audit = audit;
    }

    /** The outcome of an import: how many listings became drafts, or every problem found. */
    public record ImportReport(int imported, List<Problem> problems) {

        /** A problem at a sheet, row and column, in Chinese. */
        public record Problem(String sheet, int row, String column, String message) {
        }
    }

    @Transactional
    public ImportReport importListings(Actor actor, InputStream file) {
        if (!actor.has(CatalogRole.CATALOG_ADMIN) && !actor.has(AccountRole.DEPARTMENT_LEADER)) {
            throw new BusinessException(CommonError.FORBIDDEN);
        }
        CatalogExcel.Parsed parsed = CatalogExcel.read(file);
        List<ImportReport.Problem> problems = new ArrayList<>(parsed.errors().stream()
                .map(e -> problem(e.sheet(), e.row(), e.column(), "import.error." + e.message())).toList());
        List<Prepared> prepared = new ArrayList<>();
        for (CatalogExcel.ImportedListing row : parsed.listings()) {
            prepare(actor, row, problems).ifPresent(prepared::add);
        }
        if (!problems.isEmpty()) {
            return new ImportReport(0, problems);
        }
        for (Prepared p : prepared) {
            String document = json.write(p.content());
            if (p.existing()) {
                editor.saveDraft(actor, p.code(), document);
            } else {
                editor.createListing(actor, p.departmentCode(), document);
            }
        }
        audit.record(actor, "CATALOG_IMPORTED", "catalog", null, "listings=" + prepared.size());
        return new ImportReport(prepared.size(), List.of());
    }

    private record Prepared(String code, String departmentCode, ListingContent content, boolean existing) {
    }

    private Optional<Prepared> prepare(Actor actor, CatalogExcel.ImportedListing row,
            List<ImportReport.Problem> problems) {
        int before = problems.size();
        ListingContent content = row.content();
        DepartmentView department = regions.department(row.departmentCode()).orElse(null);
        BasicCatalogEntry entry = basicCatalog.findById(content.basicCode()).orElse(null);
        if (department == null) {
            problems.add(problem(CatalogExcel.LISTINGS, row.row(), "实施主体统一社会信用代码", "import.error.DEPARTMENT_UNKNOWN"));
        } else if (!department.regionCode().equals(content.regionCode())) {
            problems.add(problem(CatalogExcel.LISTINGS, row.row(), "实施地区代码", "import.error.REGION_MISMATCH"));
        } else if (!actor.dataScope().includes(department.region(), department.code())) {
            problems.add(problem(CatalogExcel.LISTINGS, row.row(), "实施主体统一社会信用代码", "import.error.OUT_OF_SCOPE"));
        }
        if (entry == null) {
            problems.add(problem(CatalogExcel.LISTINGS, row.row(), "基本编码", "import.error.BASIC_UNKNOWN"));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        content = content.withDepartmentName(department.name());
        String level = regions.region(department.region()).orElseThrow().level().name();
        String code = listings.codeFor(ListingCodes.of(department.code(), level, entry.code()),
                content.handlingItem());
        var existing = listings.findByListingCode(code);
        String handlingItem = content.handlingItem();
        Listing subject = existing.orElseGet(() -> new Listing(code, entry, department.code(),
                department.regionCode(), handlingItem));
        QualityReport quality = catalog.check(subject, content);
        for (QualityReport.Finding finding : quality.findings()) {
            if (finding.rule().isError()) {
                problems.add(new ImportReport.Problem(CatalogExcel.LISTINGS, row.row(), CatalogExcel.column(finding.path(), messages),
                        messages.getMessage("quality." + finding.rule().name(), null, Locale.SIMPLIFIED_CHINESE)));
            }
        }
        return problems.size() > before ? Optional.empty()
                : Optional.of(new Prepared(code, department.code(), content, existing.isPresent()));
    }

    private ImportReport.Problem problem(String sheet, int row, String column, String key) {
        return new ImportReport.Problem(sheet, row, column, messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE));
    }

    /** The published listings matching the query, as the Excel template (import format). */
    @Transactional(readOnly = true)
    public void exportExcel(Catalog.ItemQuery query, OutputStream out) {
        List<CatalogExcel.Exported> exported = new ArrayList<>();
        for (ItemSummary summary : all(query)) {
            Listing listing = listings.findByListingCode(summary.code()).orElseThrow();
            ListingVersion version = versions.findByListingIdAndNumber(listing.id(), listing.publishedNumber()).orElseThrow();
            exported.add(new CatalogExcel.Exported(listing.departmentCode(), json.read(version.content())));
        }
        CatalogExcel.write(exported, out);
    }

    /** The published listings matching the query, in full, as the API shows them. */
    @Transactional(readOnly = true)
    public List<ItemDetail> exportJson(Catalog.ItemQuery query) {
        return all(query).stream().map(s -> catalog.published(s.code()).orElseThrow()).toList();
    }

    /** An empty workbook with the template's headers, to fill in. */
    public void template(OutputStream out) {
        CatalogExcel.write(List.of(), out);
    }

    private List<ItemSummary> all(Catalog.ItemQuery query) {
        List<ItemSummary> all = new ArrayList<>();
        for (int page = 0; page < 100; page++) {
            var found = catalog.search(new Catalog.ItemQuery(query.region(), query.department(), query.theme(),
                    query.audience(), query.type(), query.highFrequency(), page, 100));
            all.addAll(found.items());
            if ((long) (page + 1) * 100 >= found.total()) {
                break;
            }
        }
        return all;
    }
}
