package org.tongban.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.catalog.Catalog;
import org.tongban.catalog.ItemCode;
import org.tongban.search.SearchIndex;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the province's bundles ({@code bundle/seed-bundles.json}: the national high-frequency "一件事" of
 * 国发〔2024〕3号 over the seed catalog) in every profile. A bundle is written again when the file's version is
 * newer than the one it was loaded from. A member whose basic entry the catalog does not have stops the start:
 * a broken seed must not reach an applicant.
 */
@Component
@Order(20)
class BundleSeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BundleSeed.class);
    static final String RESOURCE = "bundle/seed-bundles.json";

    private final JdbcClient jdbc;
    private final Catalog catalog;
    private final JsonMapper json;
    private final Clock clock;
    private final Bundles bundles;
    private final BundleDocuments documents;
    private final SearchIndex index;

    BundleSeed(JdbcClient jdbc, Catalog catalog, JsonMapper json, Clock clock, Bundles bundles,
            BundleDocuments documents, SearchIndex index) {
        this.bundles = bundles;
        this.documents = documents;
        this.index = index;
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.json = json;
        this.clock = clock;
    }

    record SeedFile(int version, List<SeedBundle> bundles) {
    }

    record SeedBundle(String code, String name, List<String> audiences, String summary, String conditions,
            List<String> keywords, String basis, int promisedDays, List<SeedMember> members) {
    }

    record SeedMember(String basicCode, boolean optional, String note) {
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        SeedFile seed;
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            seed = json.readValue(in, SeedFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + " cannot be read", e);
        }
        int written = 0;
        for (SeedBundle b : seed.bundles()) {
            Integer loaded = jdbc.sql("select seed_version from bundle where code = ?").param(b.code())
                    .query(Integer.class).optional().orElse(null);
            if (loaded != null && loaded >= seed.version()) {
                continue;
            }
            for (SeedMember m : b.members()) {
                if (ItemCode.parse(m.basicCode()).flatMap(catalog::basicEntryName).isEmpty()) {
                    throw new IllegalStateException(RESOURCE + ": bundle " + b.code() + " names basic entry "
                            + m.basicCode() + ", which the catalog does not have");
                }
            }
            Timestamp now = Timestamp.from(clock.instant());
            if (loaded == null) {
                jdbc.sql("insert into bundle (code, name, audiences, summary, conditions, keywords, basis, "
                                + "promised_days, status, seed_version, updated_at) "
                                + "values (?, ?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, ?)")
                        .params(b.code(), b.name(), String.join(" ", b.audiences()), b.summary(), b.conditions(),
                                String.join(" ", b.keywords()), b.basis(), b.promisedDays(), seed.version(), now)
                        .update();
            } else {
                jdbc.sql("update bundle set name = ?, audiences = ?, summary = ?, conditions = ?, keywords = ?, "
                                + "basis = ?, promised_days = ?, seed_version = ?, updated_at = ? where code = ?")
                        .params(b.name(), String.join(" ", b.audiences()), b.summary(), b.conditions(),
                                String.join(" ", b.keywords()), b.basis(), b.promisedDays(), seed.version(), now,
                                b.code())
                        .update();
                jdbc.sql("delete from bundle_member where bundle_code = ?").param(b.code()).update();
            }
            for (int i = 0; i < b.members().size(); i++) {
                SeedMember m = b.members().get(i);
                jdbc.sql("insert into bundle_member (bundle_code, position, basic_code, optional, note) "
                                + "values (?, ?, ?, ?, ?)")
                        .params(b.code(), i + 1, m.basicCode(), m.optional(), m.note())
                        .update();
            }
            written++;
            // The index follows at once (a changed bundle keeps the count, so start-up would not see it).
            bundles.find(b.code()).map(documents::of).ifPresent(index::put);
        }
        if (written > 0) {
            log.info("Seeded {} bundles (一件事) from {}", written, RESOURCE);
        }
    }
}
