package org.tongban.license;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.shared.AccountKind;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalog of license types (证照目录), loaded from {@code license/seed-license-types.json} in every
 * profile (written again when the file's version is newer) and kept in memory: a few dozen types, read on
 * every issue, verification and application form.
 */
@Service
@Order(25)
public class LicenseTypes implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(LicenseTypes.class);
    static final String RESOURCE = "license/seed-license-types.json";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private volatile Map<String, LicenseType> types = Map.of();

    LicenseTypes(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Where a face field's value comes from when a case issues the license: see the seed file's comment. */
    public record Field(String key, String label, String from) {
    }

    /** How long a license of the type is valid; {@code years} null: without end (长期). */
    public record Validity(Integer years, String note) {
    }

    /**
     * A license type: its 证照类型代码, name and defining department, whose licenses it is (a person's or an
     * enterprise's), the departments that issue it (name endings), its validity and sharing scope
     * (共享范围), the listing results that issue it, the listing materials it replaces (免提交), its face
     * fields (照面信息) in order and sample values for them.
     */
    public record LicenseType(String code, String name, String definer, AccountKind holderKind, List<String> issuers,
            Validity validity, String sharing, List<String> resultNames, List<String> materialNames,
            List<Field> fields, Map<String, String> sample) {

        public boolean issuedBy(String departmentName) {
            return issuers.stream().anyMatch(departmentName::endsWith);
        }

        public String holderLabel() {
            return fields.get(0).label();
        }

        public String holderCodeLabel() {
            return fields.get(1).label();
        }
    }

    record SeedFile(int version, List<LicenseType> types) {
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
        for (LicenseType t : seed.types()) {
            if (t.fields().size() < 2 || !"holderName".equals(t.fields().get(0).key())
                    || !"holderCode".equals(t.fields().get(1).key())) {
                throw new IllegalStateException(RESOURCE + ": type " + t.code() + " must begin with holderName, holderCode");
            }
            Integer loaded = jdbc.sql("select seed_version from license_type where code = ?").param(t.code())
                    .query(Integer.class).optional().orElse(null);
            if (loaded != null && loaded >= seed.version()) {
                continue;
            }
            Object[] values = {t.name(), t.definer(), t.holderKind().name(), String.join("\n", t.issuers()),
                    t.validity().years(), t.sharing(), String.join("\n", t.resultNames()),
                    String.join("\n", t.materialNames()), json.writeValueAsString(t.fields()),
                    json.writeValueAsString(t.sample()), seed.version(), t.code()};
            if (loaded == null) {
                jdbc.sql("insert into license_type (name, definer, holder_kind, issuers, validity_years, sharing, "
                        + "result_names, material_names, fields, sample, seed_version, code) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").params(values).update();
            } else {
                jdbc.sql("update license_type set name = ?, definer = ?, holder_kind = ?, issuers = ?, "
                        + "validity_years = ?, sharing = ?, result_names = ?, material_names = ?, fields = ?, "
                        + "sample = ?, seed_version = ? where code = ?").params(values).update();
            }
            written++;
        }
        if (written > 0) {
            log.info("Seeded {} license types (证照目录) from {}", written, RESOURCE);
        }
        reload();
    }

    private void reload() {
        Map<String, LicenseType> all = new LinkedHashMap<>();
        jdbc.sql("select * from license_type order by code").query((rs, n) -> new LicenseType(rs.getString("code"),
                rs.getString("name"), rs.getString("definer"), AccountKind.valueOf(rs.getString("holder_kind")),
                lines(rs.getString("issuers")), new Validity((Integer) rs.getObject("validity_years"), null),
                rs.getString("sharing"), lines(rs.getString("result_names")), lines(rs.getString("material_names")),
                json.readValue(rs.getString("fields"), new TypeReference<List<Field>>() {
                }), json.readValue(rs.getString("sample"), new TypeReference<LinkedHashMap<String, String>>() {
                }))).list().forEach(t -> all.put(t.code(), t));
        types = Map.copyOf(all);
    }

    private static List<String> lines(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.split("\n"));
    }

    public List<LicenseType> all() {
        return types.values().stream().sorted((a, b) -> a.code().compareTo(b.code())).toList();
    }

    public Optional<LicenseType> find(String code) {
        return Optional.ofNullable(code == null ? null : types.get(code));
    }

    /** The type a listing's result (by name) issues, if it is a license. */
    public Optional<LicenseType> issuedAs(String resultName) {
        return types.values().stream().filter(t -> t.resultNames().contains(resultName)).findFirst();
    }

    /** The type that stands for a material of this name (免提交), if any. */
    public Optional<LicenseType> replacing(String materialName) {
        return types.values().stream().filter(t -> t.materialNames().contains(materialName)).findFirst();
    }
}
