package org.tongban.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.ResultActions;
import org.tongban.IntegrationTest;
import org.tongban.identity.IdentityFixtures;

/** Historical licenses in batch: each good row issued, each bad one reported in Chinese, nothing else written. */
class LicenseImportTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    private ResultActions upload(Authentication who, String csv) throws Exception {
        return mvc.perform(multipart("/api/v1/licenses/import")
                .file(new MockMultipartFile("file", "history.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .with(authentication(who)).with(csrf()));
    }

    @Test
    void goodRowsAreIssuedAndBadRowsReportedRowByRow() throws Exception {
        var identity = IdentityFixtures.from(context);
        Authentication police = identity.signedIn(identity.staff(LicenseFixtures.POLICE, LicenseRole.LICENSE_ISSUER));
        String first = newIdNumber();
        String second = newIdNumber();
        String csv = "\uFEFFtypeCode,holderName,holderCode,validFrom,validUntil,gender,ethnicity,birthDate,address\r\n"
                + LicenseFixtures.ID_CARD + ",张三," + first + ",2016-05-01,2036-04-30,男,汉,1985-03-15,\"临沂市兰山区沂蒙路1号, 201室\"\r\n"
                + LicenseFixtures.ID_CARD + ",李四,123,2016-05-01,,女,汉,1990-01-01,临沂\r\n"
                + LicenseFixtures.ID_CARD + ",王五," + second + ",2016-13-01,,男,回,1970-01-01,临沂\r\n"
                + "nope,赵六," + second + ",,,,,,\r\n"
                + ",,,,,,,,\r\n";
        String report = upload(police, csv).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((Integer) JsonPath.read(report, "$.rows")).isEqualTo(4);
        assertThat((Integer) JsonPath.read(report, "$.issued")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(report, "$.failed")).isEqualTo(3);
        String identifier = JsonPath.read(report, "$.results[0].identifier");
        assertThat(jdbc.sql("select face from license where identifier = ?").param(identifier).query(String.class)
                .single()).contains("沂蒙路1号, 201室");
        assertThat((List<String>) JsonPath.read(report, "$.results[1].problems")).containsExactly(
                "持证主体代码不正确：个人请填写18位公民身份号码，单位请填写18位统一社会信用代码。");
        assertThat((List<String>) JsonPath.read(report, "$.results[2].problems")).containsExactly(
                "有效期不正确：日期格式为年-月-日，截止日期须晚于起始日期。");
        assertThat((List<String>) JsonPath.read(report, "$.results[3].problems")).containsExactly(
                "没有这种证照类型，请从证照目录中选择。");
        assertThat((Integer) JsonPath.read(report, "$.results[3].line")).isEqualTo(5);
        assertThat(jdbc.sql("select count(*) from license where holder_code = ?").param(second).query(Integer.class)
                .single()).isZero();
    }

    @Test
    void aFileThatIsNoCsvOfLicensesIsRefusedWhole() throws Exception {
        var identity = IdentityFixtures.from(context);
        Authentication police = identity.signedIn(identity.staff(LicenseFixtures.POLICE, LicenseRole.LICENSE_ISSUER));
        upload(police, "name,age\n张三,3\n").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("LICENSE_IMPORT_UNREADABLE"));
        upload(police, "typeCode,holderName,holderCode,validFrom,validUntil\n\"unclosed,x,y,,\n")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("LICENSE_IMPORT_UNREADABLE"));
        Authentication citizen = identity.signedIn(identity.person("王晓明", newIdNumber(), newMobile()).username());
        upload(citizen, "typeCode,holderName,holderCode,validFrom,validUntil\n").andExpect(status().isForbidden());
    }
}
