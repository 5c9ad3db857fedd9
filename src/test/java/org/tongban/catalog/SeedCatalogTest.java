package org.tongban.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongban.IntegrationTest;
import org.tongban.identity.AccountRole;
import org.tongban.shared.AccountKind;
import org.tongban.shared.Actor;

/** The seed catalog: big enough, broad enough, and clean by the quality rules. */
class SeedCatalogTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Catalog catalog;

    @Test
    void holdsAtLeastFourHundredPublishedListingsAcrossDepartmentsAndLevels() {
        int seeded = jdbc.queryForObject(
                "select count(*) from listing l join listing_version v on v.listing_id = l.id "
                        + "where v.created_by = 'seed' and l.status = 'PUBLISHED'", Integer.class);
        assertThat(seeded).isGreaterThanOrEqualTo(400);
        List<String> departments = jdbc.queryForList("select distinct d.short_name from listing l "
                + "join department d on d.credit_code = l.department_code", String.class);
        assertThat(departments).hasSizeGreaterThanOrEqualTo(25);
        List<String> levels = jdbc.queryForList("select distinct r.level from listing l "
                + "join region r on r.code = l.region_code", String.class);
        assertThat(levels).containsExactlyInAnyOrder("PROVINCE", "CITY", "COUNTY", "TOWNSHIP", "VILLAGE");
        assertThat(jdbc.queryForObject("select count(*) from listing where audiences like '%,PERSON,%'", Integer.class))
                .isGreaterThan(100);
        assertThat(jdbc.queryForObject("select count(*) from listing where audiences like '%,ENTERPRISE,%'",
                Integer.class)).isGreaterThan(100);
    }

    @Autowired
    Listings listings;

    @Test
    void passesEveryQualityRule() {
        List<Long> seeded = jdbc.queryForList("select listing_id from listing_version where created_by = 'seed'",
                Long.class);
        assertThat(seeded).hasSizeGreaterThanOrEqualTo(400);
        List<String> errors = seeded.stream().map(id -> listings.findById(id).orElseThrow())
                .flatMap(listing -> catalog.check(listing).findings().stream().filter(f -> f.rule().isError())
                        .map(f -> listing.listingCode() + " " + f.rule() + " " + f.path()))
                .toList();
        assertThat(errors).isEmpty();
        var supervisor = new Actor("seed-check", AccountKind.STAFF, Set.of(AccountRole.SUPERVISOR), "370000", null);
        assertThat(catalog.quality(supervisor.dataScope()).listings()).isGreaterThanOrEqualTo(seeded.size());
    }

    @Test
    void coversTheAssessmentKeywordItems() {
        for (String name : List.of("住房公积金", "个人所得税", "社会保险", "婚姻登记", "最低生活保障", "网络预约出租汽车",
                "居民身份证", "老年人优待证", "高龄", "残疾人证", "建筑工程施工许可", "用电", "企业")) {
            assertThat(jdbc.queryForObject("select count(*) from listing where status = 'PUBLISHED' and name like ?",
                    Integer.class, "%" + name + "%")).as(name).isPositive();
        }
    }

    @Autowired
    CatalogSeed seed;

    @Test
    void aSecondStartLoadsNothingAgain() throws Exception {
        try (var in = new ClassPathResource(CatalogSeed.RESOURCE).getInputStream()) {
            assertThat(new CatalogJson().leadingVersion(in)).isEqualTo(1);
        }
        int before = jdbc.queryForObject("select count(*) from listing_version", Integer.class);
        seed.run(null);
        assertThat(jdbc.queryForObject("select count(*) from listing_version", Integer.class)).isEqualTo(before);
    }
}
