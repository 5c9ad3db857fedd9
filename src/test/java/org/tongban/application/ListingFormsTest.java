package org.tongban.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.ResultActions;
import org.tongban.IntegrationTest;
import org.tongban.casework.CaseFixtures;
import org.tongban.casework.CaseworkRole;
import org.tongban.catalog.Catalog;
import org.tongban.catalog.CatalogRole;
import org.tongban.catalog.ItemDetail;
import org.tongban.identity.IdentityFixtures;
import tools.jackson.databind.json.JsonMapper;

/**
 * 申请表单: every listing's form is a JSON Schema over the shared field dictionary; administrators narrow it,
 * applications are checked against it field by field in Chinese, and fields taken from the verified identity
 * cannot be changed by the applicant.
 */
class ListingFormsTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Catalog catalog;

    @Test
    void administratorsDefineAFormAndEveryBadDefinitionIsNamedWithoutChangingIt() throws Exception {
        var identity = IdentityFixtures.from(context);
        var cases = CaseFixtures.of(mvc, context);
        ItemDetail item = cases.listing(false, "PROMISED");
        Authentication admin = identity.signedIn(identity.staff(item.department().name(), CatalogRole.CATALOG_ADMIN));
        Authentication clerk = identity.signedIn(identity.staff(item.department().name(), CaseworkRole.WINDOW_CLERK));

        mvc.perform(get("/api/v1/items/{c}/form", item.code()).with(authentication(clerk)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.origin").value("DEFAULT"))
                .andExpect(jsonPath("$.fields[*].name").value(Matchers.contains("address", "reason", "contactName", "contactPhone")))
                .andExpect(jsonPath("$.fields[0].label").value("联系地址"));

        defineForm(admin, item, "[1, 2]").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("FORM_DEFINITION_INVALID"));
        defineForm(admin, item, "{\"properties\":{\"address\":{\"$ref\":\"https://example.org/x.json\"}}}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("FORM_KEYWORD_FORBIDDEN"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("$ref")));
        defineForm(admin, item, "{\"properties\":{\"address\":{\"minLength\":\"six\"}}}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("FORM_DEFINITION_INVALID"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.startsWith("表单定义不符合 JSON Schema 规范：")));
        defineForm(admin, item, "{\"properties\":{}}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("FORM_NO_FIELDS"));
        defineForm(admin, item, """
                {"properties":{"favouriteColour":{},"address":{"type":"integer"},"reason":{"title":""}},
                 "required":["contactPhone"],"additionalProperties":true}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("definition",
                        "properties.favouriteColour", "properties.address", "properties.reason", "required")))
                .andExpect(jsonPath("$.errors[*].code").value(Matchers.containsInAnyOrder("FORM_KEYWORD_FORBIDDEN",
                        "FORM_FIELD_NOT_IN_DICTIONARY", "FORM_FIELD_TYPE_CHANGED", "FORM_TITLE_INVALID",
                        "FORM_REQUIRED_NOT_IN_FORM")))
                .andExpect(jsonPath("$.errors[?(@.field=='properties.address')].message").value(
                        Matchers.contains("字段“address”的类型须与共享字段字典一致（文本），只能收窄约束，不能改类型。")));
        defineForm(clerk, item, "{\"properties\":{\"address\":{}}}").andExpect(status().isForbidden());
        defineForm(admin, item, "{\"properties\":{\"address\":{\"description\":\"" + "长".repeat(70_000) + "\"}}}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("FORM_DEFINITION_TOO_LARGE"))
                .andExpect(jsonPath("$.errors[0].message").value("表单定义过大，最多 64 KB。"));
        mvc.perform(get("/api/v1/items/{c}/form", "NO-SUCH-ITEM").with(authentication(clerk)))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("ITEM_NOT_AVAILABLE"));
        mvc.perform(get("/api/v1/items/{c}/form", item.code()).with(authentication(clerk)))
                .andExpect(jsonPath("$.origin").value("DEFAULT"));
        assertThat(jdbc.sql("select count(*) from listing_form where listing_code = ?").param(item.code())
                .query(Long.class).single()).isZero();

        defineForm(admin, item, FORM).andExpect(status().isOk()).andExpect(jsonPath("$.origin").value("LISTING"))
                .andExpect(jsonPath("$.fields[0].label").value("经营场所地址"))
                .andExpect(jsonPath("$.fields[0].minLength").value(6))
                .andExpect(jsonPath("$.fields[0].maxLength").value(200))
                .andExpect(jsonPath("$.fields[1].maximum").value(500))
                .andExpect(jsonPath("$.fields[2].required").value(true));
        mvc.perform(delete("/api/v1/items/{c}/form", item.code()).with(authentication(admin)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.origin").value("DEFAULT"));
        mvc.perform(get("/api/v1/forms/fields").with(authentication(clerk))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.name=='idNumber')].label").value(Matchers.contains("公民身份号码")));
    }

    private static final String FORM = """
            {"type":"object",
             "properties":{"address":{"title":"经营场所地址","minLength":6},"registeredCapital":{"maximum":500},
                           "commitment":{"title":"本人承诺所填信息真实","const":true},"reason":{}},
             "required":["address","commitment"]}""";

    @Test
    void applicationsAreCheckedFieldByFieldAndEveryProblemIsReportedAtOnce() throws Exception {
        var identity = IdentityFixtures.from(context);
        var cases = CaseFixtures.of(mvc, context);
        ItemDetail item = cases.listing(false, "PROMISED");
        Authentication admin = identity.signedIn(identity.staff(item.department().name(), CatalogRole.CATALOG_ADMIN));
        Authentication citizen = identity.signedIn(identity.person("卫十", newIdNumber(), newMobile()).username());
        defineForm(admin, item, FORM).andExpect(status().isOk());
        try {
            long before = jdbc.sql("select count(*) from cases").query(Long.class).single();
            Map<String, Object> bad = new LinkedHashMap<>();
            bad.put("registeredCapital", "很多");
            bad.put("commitment", false);
            bad.put("reason", "第一行\u0007");
            bad.put("favouriteColour", "蓝");
            cases.submit(citizen, withForm(cases.application(item, citizen, CaseFixtures.newKey()), bad))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("formData.address",
                            "formData.registeredCapital", "formData.commitment", "formData.reason", "formData.favouriteColour")))
                    .andExpect(jsonPath("$.errors[*].message").value(Matchers.containsInAnyOrder("请填写“经营场所地址”。",
                            "“注册资本（万元）”请填写数字。", "请阅读并勾选“本人承诺所填信息真实”。",
                            "“申请事由”填写的内容无法识别，请重新填写。", "该事项的申请表没有“favouriteColour”这一项。")));
            cases.submit(citizen, withForm(cases.application(item, citizen, CaseFixtures.newKey()),
                            Map.of("address", "解放路", "registeredCapital", 600, "commitment", true)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].message").value(Matchers.containsInAnyOrder(
                            "“经营场所地址”至少 6 个字。", "“注册资本（万元）”不能大于 500。")));
            assertThat(jdbc.sql("select count(*) from cases").query(Long.class).single()).isEqualTo(before);

            String number = JsonPath.read(cases.submit(citizen, withForm(cases.application(item, citizen,
                                    CaseFixtures.newKey()), Map.of("address", "临沂市兰山区解放路 12 号", "registeredCapital", 50,
                                    "commitment", true, "reason", "第一行\n第二行")))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.caseNumber");
            mvc.perform(get("/api/v1/cases/{n}", number).with(authentication(citizen)))
                    .andExpect(jsonPath("$.formData.registeredCapital").value(50))
                    .andExpect(jsonPath("$.formData.commitment").value(true))
                    .andExpect(jsonPath("$.formData.reason").value("第一行\n第二行"));
        } finally {
            mvc.perform(delete("/api/v1/items/{c}/form", item.code()).with(authentication(admin)).with(csrf()));
        }
    }

    @Test
    void basicEntryFormsTakeIdentityFieldsFromTheVerifiedIdentityAndRequireFieldsConditionally() throws Exception {
        var identity = IdentityFixtures.from(context);
        var cases = CaseFixtures.of(mvc, context);
        String realId = newIdNumber();
        Authentication citizen = identity.signedIn(identity.person("蒋十一", realId, newMobile()).username());

        // 个体工商户设立登记: the operator's name and ID number come from the identity, whatever is sent.
        ItemDetail business = listingOf("000127102000");
        mvc.perform(get("/api/v1/items/{c}/form", business.code()).with(authentication(citizen)))
                .andExpect(jsonPath("$.origin").value("BASIC"))
                .andExpect(jsonPath("$.fields[?(@.name=='idNumber')].source").value(Matchers.contains("person.number")));
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("idNumber", newIdNumber());
        form.put("fullName", "冒名顶替");
        form.put("organizationForm", "个人经营");
        form.put("premisesAddress", "临沂市兰山区金雀山路 8 号");
        form.put("businessScope", "日用百货零售");
        form.put("contactPhone", "0539-8123456");
        form.put("commitment", true);
        String number = JsonPath.read(cases.submit(citizen, withForm(cases.application(business, citizen,
                        CaseFixtures.newKey()), form)).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString(), "$.caseNumber");
        String stored = jdbc.sql("select form_data from cases where case_number = ?").param(number).query(String.class).single();
        assertThat(JSON.readTree(stored).get("idNumber").asString()).isEqualTo(realId);
        assertThat(JSON.readTree(stored).get("fullName").asString()).isEqualTo("蒋十一");

        // The choices are the form's, and the telephone has its format.
        form.put("organizationForm", "合伙经营");
        form.put("contactPhone", "12345");
        cases.submit(citizen, withForm(cases.application(business, citizen, CaseFixtures.newKey()), form))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].message").value(Matchers.containsInAnyOrder(
                        "“组成形式”请从给出的选项中选择。", "“联系电话”的格式不正确，请核对后重新填写。")));

        // 居民身份证: a mailing address is required only when the card is to be posted.
        ItemDetail idCard = listingOf("000710101000");
        Map<String, Object> posted = new LinkedHashMap<>(Map.of("householdAddress", "临沂市兰山区银雀山街道", "contactPhone",
                newMobile(), "deliveryPreference", "邮寄送达"));
        cases.submit(citizen, withForm(cases.application(idCard, citizen, CaseFixtures.newKey()), posted))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.contains("formData.mailingAddress")))
                .andExpect(jsonPath("$.errors[0].message").value("请填写“邮寄地址”。"));
        posted.put("deliveryPreference", "窗口领取");
        cases.submit(citizen, withForm(cases.application(idCard, citizen, CaseFixtures.newKey()), posted))
                .andExpect(status().isCreated());
    }

    @Test
    void everyDictionaryFieldHasAChineseLabel() {
        var texts = context.getBean(MessageSource.class);
        assertThat(context.getBean(FieldDictionary.class).fields().keySet()).isNotEmpty().allSatisfy(name ->
                assertThat(texts.getMessage("form.field." + name, null, null, Locale.SIMPLIFIED_CHINESE))
                        .as(name).isNotBlank().matches(".*\\p{IsHan}.*"));
    }

    private ItemDetail listingOf(String basicCode) {
        String code = jdbc.sql("select listing_code from listing where basic_code = ? and region_code = '371302' "
                        + "and status = 'PUBLISHED' order by listing_code").param(basicCode).query(String.class).list().get(0);
        return catalog.published(code).orElseThrow();
    }

    private ResultActions defineForm(Authentication who, ItemDetail item, String body) throws Exception {
        return mvc.perform(put("/api/v1/items/{c}/form", item.code()).with(authentication(who)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @SuppressWarnings("unchecked")
    private static String withForm(String application, Map<String, Object> form) {
        Map<String, Object> body = JSON.readValue(application, Map.class);
        body.put("formData", form);
        return JSON.writeValueAsString(body);
    }
}
