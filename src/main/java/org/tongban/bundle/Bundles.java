package org.tongban.bundle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.catalog.Catalog;
import org.tongban.catalog.ItemCode;
import org.tongban.catalog.ItemDetail;
import org.tongban.catalog.ListingContent;
import org.tongban.region.RegionDirectory;
import org.tongban.region.RegionLevel;
import org.tongban.region.RegionView;
import org.tongban.shared.BusinessException;
import org.tongban.shared.RegionCode;

/**
 * The published bundles, and a bundle as one notice for a region (一次告知): each member's listing there, the
 * materials of all members with each material once, the materials that come from another member's result, the
 * departments, the promised time of the bundle against the members' own, the visits and the fees.
 */
@Service
public class Bundles {

    private final JdbcClient jdbc;
    private final Catalog catalog;
    private final RegionDirectory regions;

    Bundles(JdbcClient jdbc, Catalog catalog, RegionDirectory regions) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.regions = regions;
    }

    /** An item of a bundle: by basic catalog code, with its name there; optional ones are chosen by the applicant. */
    public record Member(int position, String basicCode, String name, boolean optional, String note) {
    }

    /** A life-event bundle as the province defines it. */
    public record Bundle(String code, String name, List<String> audiences, String summary, String conditions,
            List<String> keywords, String basis, int promisedDays, Instant updatedAt, List<Member> members) {

        public Optional<Member> member(String basicCode) {
            return members.stream().filter(m -> m.basicCode().equals(basicCode)).findFirst();
        }
    }

    /**
     * A member in the notice's region: its listing there ({@code null} when the region has none), whether it
     * takes applications online, and the materials another member's result supplies to it.
     */
    public record Part(Member member, ItemDetail listing, boolean online, List<String> supplied) {

        public boolean available() {
            return listing != null && online;
        }
    }

    /**
     * A material of the bundle, once: required when any member requires it, the members that need it, and the
     * member whose result supplies it ({@code producedBy}, null when the applicant hands it in).
     */
    public record SharedMaterial(String name, boolean required, List<String> usedBy, String producedBy,
            ItemDetail.MaterialView sample) {
    }

    /**
     * The bundle as one notice for a region. {@code promisedDays}: the bundle's promise in working days, or the
     * longest of its items' own there when that is shorter (0: all decided on the spot), since they are handled
     * in parallel; {@code separateDays}: the required items' promised limits in working days added up, as if
     * applied for one after another ({@code null} when a limit is not in working days);
     * {@code visits}: the most visits any member needs; {@code choices}: regions where every required member is
     * available, to choose from when {@code region} is null.
     */
    public record Notice(Bundle bundle, RegionView region, List<Part> parts, List<SharedMaterial> materials,
            List<String> departments, int promisedDays, Integer separateDays, int visits,
            List<ListingContent.Fee> fees, List<RegionView> choices) {

        /** Handled apart, the items would take longer than the bundle promises. */
        public boolean faster() {
            return separateDays != null && separateDays > promisedDays;
        }

        /** Every required member can be applied for online in the region. */
        public boolean applicable() {
            return region != null && parts.stream().allMatch(p -> p.member().optional() || p.available());
        }

        public Optional<Part> part(String basicCode) {
            return parts.stream().filter(p -> p.member().basicCode().equals(basicCode)).findFirst();
        }

        /** How many materials the applicant hands in for the bundle, against handing them in item by item. */
        public int materialsOnce() {
            return (int) materials.stream().filter(m -> m.producedBy() == null).count();
        }

        public int materialsSeparately() {
            return parts.stream().filter(p -> p.listing() != null).mapToInt(p -> p.listing().materials().size()).sum();
        }
    }

    @Transactional(readOnly = true)
    public List<Bundle> published() {
        return load(null);
    }

    public long countPublished() {
        return jdbc.sql("select count(*) from bundle where status = 'PUBLISHED'").query(Long.class).single();
    }

    /** A published bundle; empty for unknown codes and withdrawn bundles. */
    @Transactional(readOnly = true)
    public Optional<Bundle> find(String code) {
        if (code == null || code.length() > 40) {
            return Optional.empty();
        }
        return load(code).stream().findFirst();
    }

    /** The published bundles, or the one of this code, with their members. */
    private List<Bundle> load(String code) {
        String only = code == null ? "" : " and b.code = :code";
        Map<String, Object> params = code == null ? Map.of() : Map.of("code", code);
        Map<String, List<Member>> members = new LinkedHashMap<>();
        jdbc.sql("select m.bundle_code, m.position, m.basic_code, m.optional, m.note from bundle_member m "
                        + "join bundle b on b.code = m.bundle_code where b.status = 'PUBLISHED'" + only
                        + " order by m.bundle_code, m.position")
                .params(params)
                .query((rs, n) -> members.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new Member(rs.getInt(2), rs.getString(3),
                                ItemCode.parse(rs.getString(3)).flatMap(catalog::basicEntryName).orElse(rs.getString(3)), rs.getBoolean(4),
                                rs.getString(5))))
                .list();
        return jdbc.sql("select code, name, audiences, summary, conditions, keywords, basis, promised_days, updated_at "
                        + "from bundle b where status = 'PUBLISHED'" + only + " order by code")
                .params(params)
                .query((rs, n) -> new Bundle(rs.getString(1), rs.getString(2), words(rs.getString(3)),
                        rs.getString(4), rs.getString(5), words(rs.getString(6)), rs.getString(7), rs.getInt(8),
                        rs.getTimestamp(9).toInstant(), members.getOrDefault(rs.getString(1), List.of())))
                .list();
    }

    private static List<String> words(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.split(" "));
    }

    /**
     * The bundle as one notice for the region ({@code null} or blank: no region yet, and the notice offers the
     * regions where it can be applied for). An unknown region is refused.
     */
    @Transactional(readOnly = true)
    public Notice notice(String code, String region) {
        Bundle bundle = find(code).orElseThrow(() -> new BusinessException(BundleError.BUNDLE_NOT_FOUND));
        RegionView where = region == null || region.isBlank() ? null : RegionCode.parse(region.strip())
                .flatMap(regions::region)
                .orElseThrow(() -> BusinessException.onField("region", BundleError.BUNDLE_REGION_UNKNOWN));
        List<Part> parts = new ArrayList<>();
        Map<String, String> results = new LinkedHashMap<>();
        for (Member member : bundle.members()) {
            ItemDetail listing = where == null ? null
                    : catalog.listingFor(ItemCode.of(member.basicCode()), where.regionCode())
                    .filter(l -> isIn(l, where.regionCode()))
                    .orElse(null);
            boolean online = listing != null && listing.receivesOnline()
                    && !"NOT_ON_PLATFORM".equals(listing.negativeList());
            List<String> supplied = new ArrayList<>();
            if (listing != null) {
                listing.materials().stream().map(ItemDetail.MaterialView::name).filter(results::containsKey)
                        .forEach(supplied::add);
                if (listing.result() != null && listing.result().name() != null) {
                    results.putIfAbsent(listing.result().name(), member.name());
                }
            }
            parts.add(new Part(member, listing, online, List.copyOf(supplied)));
        }
        return new Notice(bundle, where, parts, materials(parts, results), departments(parts),
                promisedDays(bundle, parts), separateDays(parts),
                parts.stream().filter(p -> p.listing() != null).mapToInt(p -> p.listing().requiredVisits()).max()
                        .orElse(0),
                parts.stream().filter(p -> p.listing() != null).flatMap(p -> p.listing().fees().stream()).toList(),
                where == null ? choices(bundle) : List.of());
    }

    /** The listing applies to someone in the region (the region itself or one above it). */
    private boolean isIn(ItemDetail listing, RegionCode region) {
        return catalog.regionChain(region).contains(listing.region().code());
    }

    /**
     * Each material once, in the order first met. A material that an earlier member's result supplies is
     * marked with that member, and counts as handed in for the members that need it.
     */
    private static List<SharedMaterial> materials(List<Part> parts, Map<String, String> results) {
        Map<String, List<String>> usedBy = new LinkedHashMap<>();
        Map<String, Boolean> required = new LinkedHashMap<>();
        Map<String, ItemDetail.MaterialView> samples = new LinkedHashMap<>();
        Set<String> supplied = new LinkedHashSet<>();
        for (Part part : parts) {
            if (part.listing() == null) {
                continue;
            }
            supplied.addAll(part.supplied());
            for (ItemDetail.MaterialView m : part.listing().materials()) {
                usedBy.computeIfAbsent(m.name(), k -> new ArrayList<>()).add(part.member().name());
                required.merge(m.name(), m.required(), Boolean::logicalOr);
                samples.putIfAbsent(m.name(), m);
            }
        }
        List<SharedMaterial> materials = new ArrayList<>();
        usedBy.forEach((name, members) -> materials.add(new SharedMaterial(name, required.get(name),
                List.copyOf(members), supplied.contains(name) ? results.get(name) : null, samples.get(name))));
        return materials;
    }

    private static List<String> departments(List<Part> parts) {
        return parts.stream().filter(p -> p.listing() != null).map(p -> p.listing().department().name()).distinct()
                .toList();
    }

    private static int promisedDays(Bundle bundle, List<Part> parts) {
        int longest = 0;
        for (Part part : parts) {
            if (!part.available() || "IMMEDIATE".equals(part.listing().processingKind())) {
                continue;
            }
            ListingContent.TimeLimit promised = part.listing().promisedLimit();
            if (promised == null || !"W".equals(promised.unit())) {
                return bundle.promisedDays();
            }
            longest = Math.max(longest, promised.value());
        }
        return parts.stream().anyMatch(Part::available) ? Math.min(bundle.promisedDays(), longest)
                : bundle.promisedDays();
    }

    private static Integer separateDays(List<Part> parts) {
        int days = 0;
        for (Part part : parts) {
            if (part.listing() == null || part.member().optional()) {
                continue;
            }
            ListingContent.TimeLimit promised = part.listing().promisedLimit();
            if ("IMMEDIATE".equals(part.listing().processingKind())) {
                continue;
            }
            if (promised == null || !"W".equals(promised.unit())) {
                return null;
            }
            days += promised.value();
        }
        return days;
    }

    /**
     * The counties (and, where the items are the city's, the cities) in which every required member has a
     * listing: the regions a person can apply for the bundle in.
     */
    private List<RegionView> choices(Bundle bundle) {
        List<Set<RegionCode>> required = bundle.members().stream().filter(m -> !m.optional())
                .map(m -> catalog.publishedRegionsOf(ItemCode.of(m.basicCode()))).toList();
        Set<RegionCode> candidates = new LinkedHashSet<>();
        required.forEach(candidates::addAll);
        Set<RegionCode> expanded = new TreeSet<>();
        for (RegionCode code : candidates) {
            regions.region(code).ifPresent(r -> {
                if (r.level() == RegionLevel.COUNTY) {
                    expanded.add(r.regionCode());
                } else if (r.level() == RegionLevel.CITY) {
                    regions.children(r.regionCode()).stream().filter(c -> c.level() == RegionLevel.COUNTY)
                            .forEach(c -> expanded.add(c.regionCode()));
                }
            });
        }
        List<RegionView> choices = new ArrayList<>();
        for (RegionCode code : expanded) {
            List<String> chain = catalog.regionChain(code);
            if (required.stream().allMatch(set -> set.stream().anyMatch(r -> chain.contains(r.value())))) {
                regions.region(code).ifPresent(choices::add);
            }
        }
        return choices;
    }
}
