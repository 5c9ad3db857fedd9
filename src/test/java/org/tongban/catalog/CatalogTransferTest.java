package org.tongban.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.tongban.IntegrationTest;
import org.tongban.casework.CaseworkRole;
import org.tongban.identity.IdentityFixtures;

/** Excel export and import: a round trip becomes drafts; a file with any bad row imports nothing. */
class CatalogTransferTest extends IntegrationTest {

    private static final String LANSHAN_APPROVALS_CODE = "11371302MB5517287A";

    @Autowired
    ApplicationContext context;
    @Autowired
    BasicCatalog basicCatalog;
    @Autowired
    JdbcTemplate jdbc;

    private Authentication admin;
    private String basicCode;

    @BeforeEach
    void entry() {
        var fixtures = IdentityFixtures.from(context);
        admin = fixtures.signedIn(fixtures.staff(CatalogFixtures.LANSHAN_APPROVALS, CatalogRole.CATALOG_ADMIN));
        basicCode = "3701" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        basicCatalog.save(new BasicCatalogEntry(basicCode, "导入测试许可", "01", "《测试条例》", List.of("COUNTY")));
    }

    private byte[] workbook(ListingContent... contents) {
        var out = new ByteArrayOutputStream();
        CatalogExcel.write(Arrays.stream(contents)
                .map(c -> new CatalogExcel.Exported(LANSHAN_APPROVALS_CODE, c)).toList(), out);
        return out.toByteArray();
    }

    private int versions() {
        return jdbc.queryForObject("select count(*) from listing_version", Integer.class);
    }

    @Test
    void aCleanFileBecomesDraftsAndExportRoundTrips() throws Exception {
        mvc.perform(multipart("/api/v1/catalog/import")
                        .file(new MockMultipartFile("file", "listings.xlsx", null, workbook(CatalogFixtures.valid(basicCode))))
                        .with(authentication(admin)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(1));
        String code = LANSHAN_APPROVALS_CODE + "4" + basicCode;
        mvc.perform(get("/api/v1/items/{code}/versions", code).with(authentication(admin)))
                .andExpect(jsonPath("$[0].status").value("DRAFT"))
                .andExpect(jsonPath("$[0].errors").value(0));

        var fixtures = IdentityFixtures.from(context);
        var reviewer = fixtures.signedIn(fixtures.staff("临沂市行政审批服务局", CatalogRole.CATALOG_ADMIN));
        mvc.perform(MockMvcRequestBuilders
                .post("/api/v1/items/{code}/versions/1/submit", code).with(authentication(admin)).with(csrf()));
        mvc.perform(MockMvcRequestBuilders
                        .post("/api/v1/items/{code}/versions/1/approve", code).with(authentication(reviewer)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"effectiveOn\":\"" + LocalDate.now(clock) + "\"}"))
                .andExpect(jsonPath("$.status").value("PUBLISHED"));
        byte[] exported = mvc.perform(get("/api/v1/catalog/export").param("region", "371302").param("format", "xlsx"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        CatalogExcel.Parsed parsed = CatalogExcel.read(new ByteArrayInputStream(exported));
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.listings()).anySatisfy(l -> {
            assertThat(l.content().basicCode()).isEqualTo(basicCode);
            assertThat(l.content().materials()).hasSize(1);
            assertThat(l.content().steps()).hasSize(5);
        });
        mvc.perform(get("/api/v1/catalog/export").param("region", "371302").param("format", "json"))
                .andExpect(status().isOk()).andExpect(jsonPath("$").isArray());
    }

    @Test
    void aFileWithErrorsImportsNothingAndSaysWhereEachIs() throws Exception {
        ListingContent good = CatalogFixtures.valid(basicCode);
        String otherBasic = "3701" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        basicCatalog.save(new BasicCatalogEntry(otherBasic, "导入测试许可二", "01", "《测试条例》", List.of("COUNTY")));
        ListingContent bad = CatalogFixtures.valid(otherBasic);
        bad = new QualityCheckTest.Builder(bad).promised(new ListingContent.TimeLimit(30, "W", "")).build();
        int before = versions();
        mvc.perform(multipart("/api/v1/catalog/import")
                        .file(new MockMultipartFile("file", "listings.xlsx", null, workbook(good, bad)))
                        .with(authentication(admin)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("IMPORT_REJECTED"))
                .andExpect(jsonPath("$.errors[0].field").value("事项!3 承诺办结时限"))
                .andExpect(jsonPath("$.errors[0].message").value("承诺时限超过法定时限"));
        assertThat(versions()).isEqualTo(before);
    }

    @Test
    void refusesFilesThatAreNotTheTemplate() throws Exception {
        mvc.perform(multipart("/api/v1/catalog/import")
                        .file(new MockMultipartFile("file", "evil.xlsx", null, "not a workbook".getBytes()))
                        .with(authentication(admin)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("无法读取该文件：请上传按模板填写的 .xlsx 文件。"));
        mvc.perform(multipart("/api/v1/catalog/import").with(authentication(admin)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("请选择要上传的文件。"));
        var clerk = IdentityFixtures.from(context).signedIn(
                IdentityFixtures.from(context).staff(CatalogFixtures.LANSHAN_APPROVALS, CaseworkRole.WINDOW_CLERK));
        mvc.perform(multipart("/api/v1/catalog/import")
                        .file(new MockMultipartFile("file", "listings.xlsx", null, workbook(CatalogFixtures.valid(basicCode))))
                        .with(authentication(clerk)).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aRowOutsideTheImportersScopeIsRefused() throws Exception {
        var fixtures = IdentityFixtures.from(context);
        var otherCounty = fixtures.signedIn(fixtures.staff("临沂市罗庄区行政审批服务局", CatalogRole.CATALOG_ADMIN));
        mvc.perform(multipart("/api/v1/catalog/import")
                        .file(new MockMultipartFile("file", "listings.xlsx", null, workbook(CatalogFixtures.valid(basicCode))))
                        .with(authentication(otherCounty)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("该实施主体不在您的管理范围内。"));
    }
}
