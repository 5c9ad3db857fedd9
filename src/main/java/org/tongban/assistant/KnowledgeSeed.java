package org.tongban.assistant;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.region.RegionDirectory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the seed knowledge base ({@code knowledge/seed-knowledge.json}, made by
 * {@code tools/knowledge/generate_knowledge.py} from the seed catalog) once per seed version, published, in
 * every profile: like the seed catalog, it is what a new province starts from and then maintains.
 */
@Component
class KnowledgeSeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeSeed.class);
    static final String RESOURCE = "knowledge/seed-knowledge.json";

    private final JdbcClient jdbc;
    private final KnowledgeBase knowledge;
    private final RegionDirectory regions;
    private final JsonMapper json;
    private final Clock clock;

    KnowledgeSeed(JdbcClient jdbc, KnowledgeBase knowledge, RegionDirectory regions, JsonMapper json, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.knowledge = knowledge;
        this.regions = regions;
        this.json = json;
    }

    record SeedFile(int version, List<SeedEntry> entries) {
    }

    record SeedEntry(String key, String question, List<String> variants, String answerHtml, List<String> basicCodes,
            String regionCode, String departmentName, List<String> tags, LocalDate validFrom, LocalDate validTo) {
    }

    /** A region code as GB/T 2260 writes it: {@code 37} → {@code 370000}, {@code 3713} → {@code 371300}. */
    static String code(String region) {
        return region.length() == 2 ? region + "0000" : region.length() == 4 ? region + "00" : region;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Integer loaded = jdbc.sql("select version from knowledge_seed where id = 1 for update").query(Integer.class).single();
        SeedFile seed;
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            seed = json.readValue(in, SeedFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + " cannot be read", e);
        }
        if (loaded >= seed.version()) {
            return;
        }
        int created = 0;
        for (SeedEntry e : seed.entries()) {
            if (knowledge.find(e.key()).isPresent()) {
                continue;
            }
            String html = KnowledgeBase.safeHtml(e.answerHtml());
            String department = e.departmentName() == null ? "" : e.departmentName();
            String departmentCode = department.isEmpty() ? null
                    : regions.departmentNamed(department).map(d -> d.code()).orElse(null);
            var checked = new KnowledgeBase.Checked(e.question(), e.variants() == null ? List.of() : e.variants(), html,
                    Jsoup.parse(html).text().strip(), e.basicCodes() == null ? List.of() : e.basicCodes(), code(e.regionCode()),
                    departmentCode, department, e.tags() == null ? List.of() : e.tags(), e.validFrom(), e.validTo());
            knowledge.insert(e.key(), checked, LocalDate.now(clock).isAfter(e.validTo()) ? KnowledgeBase.Status.EXPIRED
                    : KnowledgeBase.Status.PUBLISHED, "seed");
            created++;
        }
        jdbc.sql("update knowledge_seed set version = ? where id = 1").param(seed.version()).update();
        log.info("Seed knowledge base version {} loaded: {} new entries", seed.version(), created);
    }
}
