package org.tongban.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongban.IntegrationTest;
import org.tongban.shared.AccountKind;
import org.tongban.shared.Actor;
import org.tongban.shared.Role;

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

    @Test
    void passesEveryQualityRule() {
        var supervisor = new Actor("seed-check", AccountKind.STAFF, java.util.Set.of(Role.SUPERVISOR), "370000", null);
        QualitySummary summary = catalog.quality(supervisor.dataScope());
        assertThat(summary.listings()).isGreaterThanOrEqualTo(400);
        assertThat(summary.byRule()).allSatisfy((rule, count) ->
                assertThat(QualityRule.valueOf(rule).isError()).as(rule + " x" + count).isFalse());
        assertThat(summary.errors()).isZero();
    }

    @Test
    void coversTheAssessmentKeywordItems() {
        for (String name : List.of("住房公积金", "个人所得税", "社会保险", "婚姻登记", "最低生活保障", "网络预约出租汽车",
                "居民身份证", "老年人优待证", "高龄", "残疾人证", "建筑工程施工许可", "用电", "企业")) {
            assertThat(jdbc.queryForObject("select count(*) from listing where status = 'PUBLISHED' and name like ?",
                    Integer.class, "%" + name + "%")).as(name).isPositive();
        }
    }
}
