package org.tongban.catalog;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.region.DepartmentView;
import org.tongban.region.RegionDirectory;
import org.tongban.shared.RegionCode;

/**
 * Loads the versioned seed catalog ({@code catalog/seed-catalog.json}) once per seed version, in every
 * profile: it is reference data like the regions. Seeded listings are published as version 1.
 */
@Component
@Order(0)
class CatalogSeed implements ApplicationRunner {

    static final String RESOURCE = "catalog/seed-catalog.json";
    private static final Logger log = LoggerFactory.getLogger(CatalogSeed.class);

    /** The seed file: basic entries and listing contents. */
    record SeedFile(int version, List<SeedEntry> basicEntries, List<ListingContent> listings) {
    }

    /** A basic catalog entry in the seed. */
    record SeedEntry(String code, String name, String type, String legalBasis, List<String> levels) {
    }

    private final BasicCatalog basicCatalog;
    private final Listings listings;
    private final ListingVersions versions;
    private final RegionDirectory regions;
    private final CatalogJson json;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final EntityManager entityManager;

    CatalogSeed(BasicCatalog basicCatalog, Listings listings, ListingVersions versions, RegionDirectory regions,
            CatalogJson json, JdbcTemplate jdbc, Clock clock, EntityManager entityManager) {
        this.entityManager = entityManager;
        this.basicCatalog = basicCatalog;
        this.listings = listings;
        this.versions = versions;
        this.regions = regions;
        this.json = json;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        var resource = new ClassPathResource(RESOURCE);
        if (!resource.exists()) {
            return;
        }
        Integer loaded = jdbc.queryForObject("select version from catalog_seed where id = 1 for update", Integer.class);
        try (InputStream in = resource.getInputStream()) {
            if (loaded != null && loaded >= json.leadingVersion(in)) {
                return;
            }
        }
        SeedFile seed;
        try (InputStream in = resource.getInputStream()) {
            seed = json.read(in, SeedFile.class);
        }
        for (SeedEntry entry : seed.basicEntries()) {
            if (!basicCatalog.existsById(entry.code())) {
                basicCatalog.save(new BasicCatalogEntry(entry.code(), entry.name(), entry.type(), entry.legalBasis(),
                        entry.levels()));
            }
        }
        Instant now = clock.instant();
        int created = 0;
        for (ListingContent content : seed.listings()) {
            DepartmentView department = regions.departmentNamed(content.departmentName())
                    .orElseThrow(() -> new IllegalStateException("seed names unknown department " + content.departmentName()));
            BasicCatalogEntry entry = basicCatalog.findById(content.basicCode()).orElseThrow();
            String level = regions.region(RegionCode.of(content.regionCode())).orElseThrow().level().name();
            String code = listings.codeFor(ListingCodes.of(department.code(), level, entry.code()),
                content.handlingItem());
            if (listings.findByListingCode(code).isPresent()) {
                continue;
            }
            Listing listing = listings.save(new Listing(code, entry, department.code(), content.regionCode(),
                    content.handlingItem()));
            var version = new ListingVersion(listing.id(), 1, json.write(content), new QualityReport(List.of()), "seed", now);
            version.publishAsReviewed("seed", now);
            versions.save(version);
            listing.published(version, content, now);
            if (++created % 50 == 0) {
                entityManager.flush();
                entityManager.clear();
            }
        }
        jdbc.update("update catalog_seed set version = ? where id = 1", seed.version());
        log.info("Seed catalog version {} loaded: {} basic entries, {} new listings", seed.version(),
                seed.basicEntries().size(), created);
    }
}
