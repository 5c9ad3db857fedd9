package org.tongban.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.ResultActions;
import org.tongban.IntegrationTest;

/** Registration of people and enterprises over the API, and every way it can be refused without a trace. */
class RegistrationApiTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    private ResultActions postJson(String path, String json) throws Exception {
        return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static String person(String name, String id, String mobile, String password) {
        return """
                {"name":"%s","idNumber":"%s","mobile":"%s","password":"%s"}""".formatted(name, id, mobile, password);
    }

    private int accounts() {
        return jdbc.queryForObject("select count(*) from account", Integer.class);
    }

    @Test
    void registersAPersonAtLevelOne() throws Exception {
        postJson("/api/v1/persons", person("张三丰", newIdNumber(), newMobile(), "Abcdef12"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("PERSON"))
                .andExpect(jsonPath("$.level").value("L1"));
    }

    @Test
    void refusesABadCheckDigitOnTheIdNumberField() throws Exception {
        int before = accounts();
        String id = newIdNumber();
        char wrong = id.charAt(17) == '0' ? '1' : '0';
        postJson("/api/v1/persons", person("张三丰", id.substring(0, 17) + wrong, newMobile(), "Abcdef12"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("idNumber"))
                .andExpect(jsonPath("$.errors[0].message").value("身份证号码格式或校验位不正确，请核对后重新输入。"));
        assertThat(accounts()).isEqualTo(before);
    }

    @Test
    void refusesADuplicateIdNumberWithConflict() throws Exception {
        String id = newIdNumber();
        postJson("/api/v1/persons", person("李四", id, newMobile(), "Abcdef12")).andExpect(status().isCreated());
        int before = accounts();
        postJson("/api/v1/persons", person("李四", id, newMobile(), "Abcdef12"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ID_NUMBER_TAKEN"))
                .andExpect(jsonPath("$.errors[0].field").value("idNumber"));
        assertThat(accounts()).isEqualTo(before);
    }

    @Test
    void refusesADuplicateMobileWithConflict() throws Exception {
        String mobile = newMobile();
        postJson("/api/v1/persons", person("王五", newIdNumber(), mobile, "Abcdef12")).andExpect(status().isCreated());
        postJson("/api/v1/persons", person("王五", newIdNumber(), mobile, "Abcdef12"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("mobile"));
    }

    @Test
    void reportsEveryEmptyFieldAtOnce() throws Exception {
        int before = accounts();
        postJson("/api/v1/persons", "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(4))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value("此项为必填项。"))
                .andExpect(jsonPath("$.errors[?(@.field == 'password')].message").value("此项为必填项。"));
        postJson("/api/v1/persons", person("  ", " ", "", ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(4));
        assertThat(accounts()).isEqualTo(before);
    }

    @Test
    void refusesOverLongAndControlCharacterInput() throws Exception {
        postJson("/api/v1/persons", person("张".repeat(31), newIdNumber(), newMobile(), "Abcdef12"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value("内容过长，最多 30 个字。"));
        postJson("/api/v1/persons", person("张\\u0000三", newIdNumber(), newMobile(), "Abcdef12"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        postJson("/api/v1/persons", person("<script>alert(1)</script>", newIdNumber(), newMobile(), "Abcdef12"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        postJson("/api/v1/persons", person("张三", "1".repeat(10_000), newMobile(), "Abcdef12"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("idNumber"));
    }

    @Test
    void refusesWeakPasswordsAndBadMobiles() throws Exception {
        postJson("/api/v1/persons", person("赵六", newIdNumber(), "12345", "abc"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'mobile')].message").value("请输入 11 位手机号码。"))
                .andExpect(jsonPath("$.errors[?(@.field == 'password')].message")
                        .value("密码至少 8 位，且须包含大写字母、小写字母、数字、符号中的三种。"));
    }

    @Test
    void malformedJsonIsAClearBadRequest() throws Exception {
        postJson("/api/v1/persons", "{\"name\": ").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("请求格式不正确，请检查后重试。"));
        mvc.perform(post("/api/v1/persons").contentType(MediaType.TEXT_PLAIN).content("name=x"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.code").value("UNSUPPORTED_MEDIA_TYPE"));
    }

    @Test
    void registersAnEnterpriseAndRefusesBadOrDuplicateCreditCodes() throws Exception {
        String code = newCreditCode();
        String body = """
                {"name":"临沂测试科技有限公司","creditCode":"%s","legalRepresentative":"刘备","mobile":"%s","password":"Abcdef12"}""";
        postJson("/api/v1/enterprises", body.formatted(code, newMobile()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.username").value(code))
                .andExpect(jsonPath("$.kind").value("ENTERPRISE"));
        postJson("/api/v1/enterprises", body.formatted(code, newMobile()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("creditCode"));
        int before = accounts();
        String bad = code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');
        postJson("/api/v1/enterprises", body.formatted(bad, newMobile()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("creditCode"))
                .andExpect(jsonPath("$.errors[0].message").value("统一社会信用代码格式或校验位不正确，请核对后重新输入。"));
        assertThat(accounts()).isEqualTo(before);
    }
}
