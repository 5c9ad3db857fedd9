package org.tongban.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongban.IntegrationTest;
import org.tongban.shared.CreditCode;

/** The seeded regions, departments and halls, and the public region API. */
class ReferenceDataTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theProvinceHasItsSixteenCities() throws Exception {
        mvc.perform(get("/api/v1/regions/370000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("370000"))
                .andExpect(jsonPath("$.name").value("山东省"))
                .andExpect(jsonPath("$.level").value("PROVINCE"));
        mvc.perform(get("/api/v1/regions/370000/children"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(16))
                .andExpect(jsonPath("$[?(@.code == '371300')].name").value("临沂市"))
                .andExpect(jsonPath("$[?(@.code == '370400')].name").value("枣庄市"))
                .andExpect(jsonPath("$[*].level").value(Matchers.everyItem(Matchers.is("CITY"))));
    }

    @Test
    void jinanLinyiAndZaozhuangHaveAllTheirCounties() throws Exception {
        mvc.perform(get("/api/v1/regions/370100/children")).andExpect(jsonPath("$.length()").value(12));
        mvc.perform(get("/api/v1/regions/371300/children")).andExpect(jsonPath("$.length()").value(12));
        mvc.perform(get("/api/v1/regions/370400/children")).andExpect(jsonPath("$.length()").value(6))
                .andExpect(jsonPath("$[?(@.code == '370481')].name").value("滕州市"));
    }

    @Test
    void oneCountyGoesDownToVillages() throws Exception {
        mvc.perform(get("/api/v1/regions/371302/children"))
                .andExpect(jsonPath("$.length()").value(Matchers.greaterThanOrEqualTo(10)))
                .andExpect(jsonPath("$[0].level").value("TOWNSHIP"));
        String township = jdbc.queryForObject("select min(code) from region where parent_code = '371302'", String.class);
        mvc.perform(get("/api/v1/regions/" + township + "/children"))
                .andExpect(jsonPath("$.length()").value(Matchers.greaterThanOrEqualTo(3)))
                .andExpect(jsonPath("$[0].level").value("VILLAGE"));
    }

    @Test
    void everyDepartmentHasAValidCreditCodeAndEveryLevelHasDepartments() {
        List<String> codes = jdbc.queryForList("select credit_code from department", String.class);
        assertThat(codes).hasSizeGreaterThan(100).allSatisfy(code -> assertThat(CreditCode.parse(code)).isPresent());
        List<String> levels = jdbc.queryForList(
                "select distinct r.level from department d join region r on r.code = d.region_code", String.class);
        assertThat(levels).containsExactlyInAnyOrder("PROVINCE", "CITY", "COUNTY", "TOWNSHIP", "VILLAGE");
    }

    @Test
    void hallsOfEveryKindHaveAddressHoursCoordinatesAndWindows() throws Exception {
        List<String> kinds = jdbc.queryForList("select distinct kind from hall", String.class);
        assertThat(kinds).containsExactlyInAnyOrder("SERVICE_CENTER", "CONVENIENCE_CENTER", "CONVENIENCE_STATION");
        assertThat(jdbc.queryForObject("select count(*) from hall h where not exists "
                + "(select 1 from hall_window w where w.hall_id = h.id)", Integer.class)).isZero();
        mvc.perform(get("/api/v1/regions/371302/halls"))
                .andExpect(jsonPath("$[0].kind").value("SERVICE_CENTER"))
                .andExpect(jsonPath("$[0].address").isNotEmpty())
                .andExpect(jsonPath("$[0].openingHours").isNotEmpty())
                .andExpect(jsonPath("$[0].latitude").isNumber())
                .andExpect(jsonPath("$[0].windows.length()").value(Matchers.greaterThan(5)));
        mvc.perform(get("/api/v1/regions/371302/departments"))
                .andExpect(jsonPath("$[?(@.name == '临沂市兰山区行政审批服务局')].code").value("11371302MB5517287A"));
    }

    @Test
    void anUnknownRegionIsAChineseNotFound() throws Exception {
        mvc.perform(get("/api/v1/regions/999999"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("未找到相关信息。"));
        mvc.perform(get("/api/v1/regions/<script>/children"))
                .andExpect(status().isNotFound());
    }
}
