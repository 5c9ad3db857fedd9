package org.tongban.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.region.RegionDirectory;
import org.tongban.region.RegionView;
import org.tongban.shared.BoundedCache;
import org.tongban.shared.DataScope;
import org.tongban.shared.RegionCode;

/**
 * The published catalog, as every channel reads it: one published version per listing, never a draft.
 * Published versions are immutable, so their parsed content is cached by listing and version number.
 */
@Service
@Transactional(readOnly = true)
public class Catalog {

    private static final int CACHE_SIZE = 20_000;

    private final Listings listings;
    private final ListingVersions versions;
    private final BasicCatalog basicCatalog;
    private final RegionDirectory regions;
    private final CatalogJson json;
    private final Clock clock;
    private final BoundedCache<String, ItemDetail> details = new BoundedCache<>(CACHE_SIZE);
    private final BoundedCache<String, ListingContent> contents = new BoundedCache<>(CACHE_SIZE);

    private final JdbcClient jdbc;
    private final TransactionTemplate readOnly;

    Catalog(Listings listings, ListingVersions versions, BasicCatalog basicCatalog, RegionDirectory regions,
            CatalogJson json, Clock clock, JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.listings = listings;
        this.versions = versions;
        this.basicCatalog = basicCatalog;
        this.regions = regions;
        this.json = json;
        this.clock = clock;
    }

    /** Filters for browsing; null means any. */
    public record ItemQuery(RegionCode region, String department, String theme, String audience, String type,
            boolean highFrequency, int page, int size, String level) {

        public ItemQuery(RegionCode region, String department, String theme, String audience, String type,
                boolean highFrequency, int page, int size) {
            this(region, department, theme, audience, type, highFrequency, page, size, null);
        }
    }

    /** One page of published items. */
    public record ItemPage(long total, int page, int size, List<ItemSummary> items) {

        /** The page a query that matches nothing gets (a region filter that cannot be a region code, say). */
        public static ItemPage empty(int page, int size) {
            return new ItemPage(0, Math.max(0, page), Math.max(1, Math.min(size, 100)), List.of());
        }
    }

    public ItemPage search(ItemQuery query) {
        int size = Math.max(1, Math.min(query.size(), 100));
        int page = Math.max(0, query.page());
        RegionCode region = query.region();
        List<String> chain = region == null ? List.of("-") : regionChain(region);
        String level = blankToNull(query.level());
        if (level != null && region != null) {
            chain = chain.stream().filter(code -> RegionCode.parse(code).flatMap(regions::region).map(r -> r.level().name().equals(level))
                    .orElse(false)).toList();
            chain = chain.isEmpty() ? List.of("-") : chain;
        }
        Page<Listing> found = listings.findPublished(region == null, chain, blankToEmpty(query.department()),
                blankToEmpty(query.theme()), blankToEmpty(query.audience()), blankToEmpty(query.type()),
                query.highFrequency(), PageRequest.of(page, size));
        return new ItemPage(found.getTotalElements(), page, size, found.getContent().stream().map(this::summary).toList());
    }

    /** The name of a basic catalog entry (基本目录), if the code names one. */
    public Optional<String> basicEntryName(ItemCode code) {
        return code == null ? Optional.empty() : basicCatalog.findById(code.value()).map(BasicCatalogEntry::name);
    }

    /**
     * The published listing of a basic entry that applies to someone in the region: the one of the deepest
     * region of its chain; without a region (or none in its chain), the province's, else any.
     */
    public Optional<ItemDetail> listingFor(ItemCode basicCode, RegionCode region) {
        List<String> chain = region == null ? List.of() : regionChain(region);
        String best = null;
        int bestRank = -1;
        for (Object[] row : listings.findPublishedCodesOfBasic(basicCode.value())) {
            String regionCode = (String) row[1];
            int rank = chain.contains(regionCode) ? 10 + regionCode.replaceAll("(00)+$", "").length()
                    : regionCode.endsWith("0000") ? 1 : 0;
            if (rank > bestRank) {
                best = (String) row[0];
                bestRank = rank;
            }
        }
        return best == null ? Optional.empty() : published(best);
    }

    /** The regions that have a published listing of a basic entry. */
    public Set<RegionCode> publishedRegionsOf(ItemCode basicCode) {
        Set<RegionCode> regions = new TreeSet<>();
        for (Object[] row : listings.findPublishedCodesOfBasic(basicCode.value())) {
            regions.add(RegionCode.of((String) row[1]));
        }
        return regions;
    }

    /**
     * A region and every region above it: the listings that apply to someone living there. The codes are text,
     * ready for a query's {@code in} list, which is why an unknown region gives the one code {@code -}.
     */
    public List<String> regionChain(RegionCode code) {
        List<String> chain = new ArrayList<>();
        Optional<RegionView> region = regions.region(code);
        while (region.isPresent()) {
            chain.add(region.get().code());
            region = RegionCode.parse(region.get().parentCode()).flatMap(regions::region);
        }
        return chain.isEmpty() ? List.of("-") : chain;
    }

    /**
     * The published version of a listing; empty for unknown, unpublished, revoked or cancelled listings.
     * The listing row is read every time (so publication anywhere shows at once); the rest of the detail
     * is cached by listing and version number, which never change together with their content.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Optional<ItemDetail> published(String code) {
        if (code == null || code.length() > 40) {
            return Optional.empty();
        }
        Optional<String> key = jdbc.sql("select id, published_number, negative_list, negative_reason, "
                        + "cancellation_date from listing where listing_code = ? and status = 'PUBLISHED'")
                .param(code)
                .query((rs, n) -> rs.getLong(1) + "-" + rs.getInt(2) + "-" + rs.getString(3) + "-" + rs.getString(4)
                        + "-" + rs.getString(5))
                .optional();
        if (key.isEmpty()) {
            return Optional.empty();
        }
        ItemDetail cached = details.get(key.get());
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<ItemDetail> loaded = readOnly.execute(tx -> listings.findByListingCode(code)
                .filter(l -> "PUBLISHED".equals(l.status())).map(this::detail));
        loaded.ifPresent(detail -> details.put(key.get(), detail));
        return loaded;
    }

    ItemDetail detail(Listing listing) {
        ListingContent c = publishedContent(listing);
        BasicCatalogEntry entry = basicCatalog.findById(listing.basicCode()).orElseThrow();
        var region = regions.region(listing.region());
        return new ItemDetail(listing.listingCode(), listing.basicCode(), listing.name(), listing.itemType(),
                department(listing), region(region), region.map(r -> r.level().name()).orElse(null),
                listing.publishedNumber(), listing.publishedAt(),
                entry.legalBasis(), c.statutoryLimit(), c.promisedLimit(), c.processingKind(), c.requiredVisits(),
                c.onsiteReason(), c.onlineDepth(), c.fullyOnline(), c.handlingForms(), c.acceptanceConditions(),
                c.crossRegionScope(), c.appointment(), c.postal(), c.onlinePayment(), c.kiosk(), c.steps(),
                c.specialProcedures(), c.intermediaryServices(), c.fees(), c.result(), c.audiences(), c.personThemes(),
                c.enterpriseThemes(), c.highFrequency(), c.keywords(), c.contact(), c.rights(), c.duties(), c.faqs(),
                c.materials().stream().map(m -> new ItemDetail.MaterialView(m.name(), "REQUIRED".equals(m.necessity()),
                        m.necessity(), m.copies(), m.type(), m.form(), m.paperSize(), m.source(), m.issuer(),
                        m.acceptanceStandard(), m.fillingNotes(), m.basis(), m.isForm(), m.blankForm(),
                        m.sampleForm())).toList(),
                regions.halls(c.hallCodes()), c.plainSummary(), listing.negativeList(), listing.negativeReason(),
                listing.cancellationDate());
    }

    private ItemSummary summary(Listing listing) {
        ListingContent c = publishedContent(listing);
        Optional<RegionView> region = regions.region(listing.region());
        return new ItemSummary(listing.listingCode(), listing.name(), listing.itemType(), department(listing),
                region(region), region.map(r -> r.level().name()).orElse(null), listing.highFrequency(),
                c.requiredVisits(),
                c.fullyOnline(), c.promisedLimit(), c.processingKind(), c.plainSummary());
    }

    private ItemDetail.Named department(Listing listing) {
        return regions.department(listing.departmentCode()).map(d -> new ItemDetail.Named(d.code(), d.name()))
                .orElse(null);
    }

    private static ItemDetail.Named region(Optional<RegionView> region) {
        return region.map(r -> new ItemDetail.Named(r.code(), r.fullName())).orElse(null);
    }

    private ListingContent publishedContent(Listing listing) {
        String key = listing.id() + "-" + listing.publishedNumber();
        ListingContent cached = contents.get(key);
        if (cached != null) {
            return cached;
        }
        ListingVersion version = versions.findByListingIdAndNumber(listing.id(), listing.publishedNumber())
                .orElseThrow();
        ListingContent content = json.read(version.content());
        contents.put(key, content);
        return content;
    }

    /** A listing on a negative list, with the reason published to everyone. */
    public record NegativeEntry(String code, String name, ItemDetail.Named department, ItemDetail.Named region,
            String list, String reason) {
    }

    /** The published negative lists (负面清单): what is not in the hall, not online, or not on the platform. */
    public List<NegativeEntry> negativeLists() {
        return listings.findOnNegativeLists().stream().map(l -> new NegativeEntry(l.listingCode(), l.name(),
                department(l), region(regions.region(l.region())), l.negativeList(), l.negativeReason())).toList();
    }

    /** The quality of every listing in scope: its newest version checked against every rule. */
    public QualitySummary quality(DataScope scope) {
        List<Listing> inScope = scope.isNone() ? List.of()
                : listings.findInScope(scope.regionPattern(), blankToEmpty(scope.departmentCode()));
        Map<String, int[]> byRule = new TreeMap<>();
        Map<String, int[]> byDepartment = new TreeMap<>();
        Map<String, int[]> byRegion = new TreeMap<>();
        int errors = 0;
        int warnings = 0;
        for (Listing listing : inScope) {
            QualityReport report = check(listing);
            errors += report.errors();
            warnings += report.warnings();
            report.findings().forEach(f -> byRule.computeIfAbsent(f.rule().name(), k -> new int[1])[0]++);
            add(byDepartment, listing.departmentCode(), report);
            add(byRegion, listing.regionCode(), report);
        }
        return new QualitySummary(inScope.size(), errors, warnings, flatten(byRule), rows(byDepartment, true),
                rows(byRegion, false));
    }

    QualityReport check(Listing listing) {
        ListingVersion newest = versions.findByListingIdOrderByNumberDesc(listing.id()).get(0);
        return check(listing, json.read(newest.content()));
    }

    QualityReport check(Listing listing, ListingContent content) {
        BasicCatalogEntry entry = basicCatalog.findById(listing.basicCode()).orElseThrow();
        String level = regions.region(listing.region()).map(r -> r.level().name()).orElse(null);
        return QualityCheck.run(new QualityCheck.Subject(content, entry.code(), entry.itemType(), entry.levels(), level,
                "PUBLISHED".equals(listing.status()), listing.cancellationDate(), LocalDate.now(clock)));
    }

    private static void add(Map<String, int[]> totals, String key, QualityReport report) {
        int[] row = totals.computeIfAbsent(key, k -> new int[3]);
        row[0]++;
        row[1] += report.errors();
        row[2] += report.warnings();
    }

    private static Map<String, Integer> flatten(Map<String, int[]> counts) {
        Map<String, Integer> flat = new LinkedHashMap<>();
        counts.forEach((k, v) -> flat.put(k, v[0]));
        return flat;
    }

    private List<QualitySummary.Row> rows(Map<String, int[]> totals, boolean departments) {
        return totals.entrySet().stream().map(e -> new QualitySummary.Row(e.getKey(),
                departments ? regions.department(e.getKey()).map(d -> d.name()).orElse(e.getKey())
                        : RegionCode.parse(e.getKey()).flatMap(regions::region).map(RegionView::fullName).orElse(e.getKey()),
                e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
    }

    private static String blankToEmpty(String value) {
        return value == null || value.isBlank() ? "" : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
