package org.tongban.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.ResultActions;
import org.tongban.IntegrationTest;
import org.tongban.casework.CaseFixtures;
import org.tongban.casework.CaseworkRole;
import org.tongban.identity.IdentityFixtures;
import org.tongban.search.SearchReadiness;
import tools.jackson.databind.json.JsonMapper;

/**
 * 一件事一次办: a bundle's notice gives each material once and marks what an earlier item's result supplies;
 * one application opens one case per chosen item at its own department, never twice; every bad input is
 * refused whole with a Chinese message and opens nothing; bundles are found by the words people use.
 */
class BundleTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String LANSHAN = "371302";
    private static final String SOCIAL_CARD = "002013104000";
    private static final String BIRTH_CERTIFICATE = "002023101000";
    private static final String BIRTH_REGISTRATION = "000710103000";

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Bundles bundles;
    @Autowired
    BundleApplications applications;
    @Autowired
    SearchReadiness readiness;

    private CaseFixtures cases;
    private IdentityFixtures identity;
    private Authentication citizen;
    private String username;

    @BeforeEach
    void setUp() {
        identity = IdentityFixtures.from(context);
        cases = CaseFixtures.of(mvc, context);
        username = identity.person("孙小梅", newIdNumber(), newMobile()).username();
        citizen = identity.signedIn(username);
    }

    /**
     * The cases a test opened are withdrawn after it: they are real cases in the clerks' shared inbox, which
     * other tests read.
     */
    @AfterEach
    void withdrawOpenedCases() throws Exception {
        List<String> opened = jdbc.sql("select c.case_number from bundle_application_case c join bundle_application a "
                        + "on a.id = c.application_id where a.submitter = ?")
                .param(username).query(String.class).list();
        for (String number : opened) {
            cases.act(citizen, number, Map.of("action", "withdraw")).andExpect(status().isOk());
        }
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void theNoticeGivesEachMaterialOnceAndMarksWhatAnEarlierItemsResultSupplies() throws Exception {
        String notice = mvc.perform(get("/api/v1/bundles/newborn").param("region", LANSHAN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.applicable").value(true))
                .andExpect(jsonPath("$.region.code").value(LANSHAN))
                .andReturn().getResponse().getContentAsString();
        List<String> members = JsonPath.read(notice, "$.members[*].basicCode");
        assertThat(members).startsWith(BIRTH_CERTIFICATE).contains(BIRTH_REGISTRATION, SOCIAL_CARD);
        List<String> names = JsonPath.read(notice, "$.materials[*].name");
        assertThat(names).doesNotHaveDuplicates().contains("出生医学证明", "父母居民身份证");
        // 出生医学证明 is the first item's result: the later items get it from there (免提交).
        assertThat((List<String>) JsonPath.read(notice, "$.materials[?(@.name == '出生医学证明')].producedBy"))
                .containsExactly("出生医学证明签发");
        assertThat((List<List<String>>) JsonPath.read(notice, "$.materials[?(@.name == '父母居民身份证')].usedBy"))
                .singleElement().asList().hasSizeGreaterThan(1);
        assertThat((List<String>) JsonPath.read(notice, "$.departments")).hasSizeGreaterThanOrEqualTo(3);

        // Without a region the notice offers the regions where every required item is available.
        String choose = mvc.perform(get("/api/v1/bundles/newborn")).andExpect(status().isOk())
                .andExpect(jsonPath("$.applicable").value(false))
                .andReturn().getResponse().getContentAsString();
        assertThat((List<String>) JsonPath.read(choose, "$.choices[*].code")).contains(LANSHAN);

        String page = mvc.perform(get("/bundles/newborn").param("region", LANSHAN)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("新生儿出生一件事", "免提交：由“出生医学证明签发”的办理结果提供", "一次申请所选事项");
        // Handled in parallel, the bundle takes as long as its longest item (two of 10 days), not their sum.
        mvc.perform(get("/api/v1/bundles/disability").param("region", LANSHAN)).andExpect(status().isOk())
                .andExpect(jsonPath("$.promisedDays").value(10))
                .andExpect(jsonPath("$.separateDays").value(20));
        assertThat(mvc.perform(get("/bundles/disability").param("region", LANSHAN)).andReturn().getResponse()
                .getContentAsString()).contains("分别办理合计", "承诺 20 个工作日", "承诺 10 个工作日");
        String asked = mvc.perform(get("/bundles/newborn").param("region", "")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(asked).contains("请先选择您要办理的地区", "兰山区");
        assertThat(mvc.perform(get("/bundles")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("退休一件事", "企业开办一件事", "个人身后一件事");
    }

    @Test
    void unknownBundlesAndRegionsAreRefusedInChinese() throws Exception {
        long applicationsBefore = count("bundle_application");
        mvc.perform(get("/api/v1/bundles/no-such-thing")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("BUNDLE_NOT_FOUND"))
                .andExpect(jsonPath("$.detail").value("没有找到这件“一件事”，它可能已下线。"));
        mvc.perform(get("/api/v1/bundles/newborn").param("region", "999999")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("BUNDLE_REGION_UNKNOWN"));
        mvc.perform(get("/api/v1/bundles/" + "x".repeat(10_000))).andExpect(status().isNotFound());
        String page = mvc.perform(get("/bundles/newborn").param("region", "<script>alert(1)</script>"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("没有这个地区，请从列表中选择办理地区。").doesNotContain("<script>alert(1)");

        // On the pages: an unknown bundle, an item that is not the bundle's, someone's made-up application.
        assertThat(mvc.perform(get("/bundles/no-such-thing")).andExpect(status().isNotFound()).andReturn()
                .getResponse().getContentAsString()).contains("没有找到这件“一件事”，它可能已下线。");
        String chosen = mvc.perform(get("/bundles/newborn/apply").param("region", LANSHAN)
                        .param("chosen", "<b>x</b>").with(authentication(citizen)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(chosen).contains("“&lt;b&gt;x&lt;/b&gt;”不是这件一件事包含的事项。").doesNotContain("<b>x</b>");
        assertThat(mvc.perform(get("/me/bundles/{n}", "YJ20260101000001").with(authentication(citizen)))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString())
                .contains("没有找到这份一件事申请。");
        assertThat(count("bundle_application")).isEqualTo(applicationsBefore);
    }

    /** The materials the applicant hands in for the chosen items, each uploaded once. */
    private List<Map<String, Object>> materials(List<String> chosen, String... leaveOut) throws Exception {
        var notice = bundles.notice("newborn", LANSHAN);
        var parts = applications.selected(notice, chosen);
        List<Map<String, Object>> materials = new ArrayList<>();
        for (var m : applications.toHandIn(notice, parts)) {
            if (m.required() && !List.of(leaveOut).contains(m.name())) {
                materials.add(Map.of("name", m.name(), "fileId", cases.upload(citizen, "material.pdf")));
            }
        }
        return materials;
    }

    private String body(List<String> chosen, List<Map<String, Object>> materials, String key, Object region,
            Map<String, Object> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("region", region);
        body.put("chosen", chosen);
        body.put("formData", form);
        body.put("materials", materials);
        body.put("submissionKey", key);
        return JSON.writeValueAsString(body);
    }

    private static Map<String, Object> form() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("contactName", "孙小梅");
        form.put("contactPhone", "13912345678");
        form.put("address", "临沂市兰山区沂蒙路 99 号");
        form.put("reason", "孩子出生，办理出生一件事");
        form.put("childName", "孙小宝");
        form.put("childGender", "男");
        form.put("childBirthDate", "2026-11-20");
        form.put("birthPlace", "临沂市人民医院");
        form.put("motherName", "孙小梅");
        form.put("motherIdNumber", "37130219900101002X");
        form.put("householdAddress", "临沂市兰山区沂蒙路 99 号");
        return form;
    }

    private ResultActions apply(Authentication who, String bundle, String body) throws Exception {
        return mvc.perform(post("/api/v1/bundles/{b}/applications", bundle).with(authentication(who)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void oneApplicationOpensOneCasePerChosenItemAtItsDepartmentAndSendingItAgainOpensNone() throws Exception {
        String key = CaseFixtures.newKey();
        String body = body(List.of(SOCIAL_CARD), materials(List.of(SOCIAL_CARD)), key, LANSHAN, form());
        long casesBefore = count("cases");
        String created = apply(citizen, "newborn", body).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String number = JsonPath.read(created, "$.number");
        assertThat(number).matches("YJ\\d{8}\\d{6,}");
        List<String> caseNumbers = JsonPath.read(created, "$.cases[*].caseNumber");
        List<String> items = JsonPath.read(created, "$.cases[*].basicCode");
        // The four required items and the one chosen; the unchosen 生育医疗费用报销 is not applied for.
        assertThat(items).containsExactly(BIRTH_CERTIFICATE, "002023102000", BIRTH_REGISTRATION, "002028101000",
                SOCIAL_CARD);
        assertThat(caseNumbers).doesNotHaveDuplicates().hasSize(5);
        assertThat(count("cases")).isEqualTo(casesBefore + 5);
        List<String> departments = jdbc.sql("select distinct department_code from cases where case_number in (:n)")
                .param("n", caseNumbers).query(String.class).list();
        assertThat(departments).hasSizeGreaterThanOrEqualTo(3);

        // 出生登记 gets the 出生医学证明 from the first case instead of an upload (内部流转).
        String registration = jdbc.sql("select materials from cases where case_number = ?").param(caseNumbers.get(2))
                .query(String.class).single();
        assertThat(JSON.readTree(registration).findValues("producedBy")).singleElement()
                .satisfies(v -> assertThat(v.asString()).isEqualTo(caseNumbers.get(0)));
        // The shared upload of 父母居民身份证 is the same file in each case that needs it.
        List<String> parents = new ArrayList<>();
        for (String n : caseNumbers) {
            var m = JSON.readTree(jdbc.sql("select materials from cases where case_number = ?").param(n)
                    .query(String.class).single());
            m.forEach(x -> {
                if ("父母居民身份证".equals(x.path("name").asString())) {
                    parents.add(x.get("fileId").asString());
                }
            });
        }
        assertThat(parents).hasSizeGreaterThan(1).allMatch(parents.get(0)::equals);

        // Sent again (a double click, a lost answer): the same application and cases, nothing new.
        apply(citizen, "newborn", body).andExpect(status().isCreated())
                .andExpect(jsonPath("$.number").value(number));
        assertThat(count("cases")).isEqualTo(casesBefore + 5);

        mvc.perform(get("/api/v1/bundle-applications/{n}", number).with(authentication(citizen)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.overall").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.cases.length()").value(5))
                .andExpect(jsonPath("$.cases[0].status").value("SUBMITTED"));
        String page = mvc.perform(get("/me/bundles/{n}", number).with(authentication(citizen)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("新生儿出生一件事", "办理中：已办结 0 / 5 个事项", caseNumbers.get(4));
        String case2 = mvc.perform(get("/me/cases/{n}", caseNumbers.get(2)).with(authentication(citizen)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(case2).contains("免提交：由同一件事的办件 " + caseNumbers.get(0));

        // Someone else sees neither the application nor its cases.
        Authentication other = identity.signedIn(identity.person("周其", newIdNumber(), newMobile()).username());
        mvc.perform(get("/api/v1/bundle-applications/{n}", number).with(authentication(other)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("BUNDLE_APPLICATION_NOT_FOUND"));
        // The same key for another bundle is refused.
        apply(citizen, "retirement", body(List.of(), List.of(), key, LANSHAN, form()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].code").value("BUNDLE_KEY_REUSED"));
    }

    @Test
    void theSameApplicationSentSeveralTimesAtOnceOpensEachCaseOnce() throws Exception {
        String body = body(List.of(), materials(List.of()), CaseFixtures.newKey(), LANSHAN, form());
        long before = count("cases");
        var pool = Executors.newFixedThreadPool(3);
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            answers.add(pool.submit(() -> apply(citizen, "newborn", body).andExpect(status().isCreated())
                    .andReturn().getResponse().getContentAsString()));
        }
        List<String> numbers = new ArrayList<>();
        for (var answer : answers) {
            numbers.add(JsonPath.read(answer.get(), "$.number"));
        }
        pool.shutdown();
        assertThat(numbers).allMatch(numbers.get(0)::equals);
        assertThat(count("cases")).isEqualTo(before + 4);
        assertThat(jdbc.sql("select count(*) from bundle_application_case c join bundle_application a "
                + "on a.id = c.application_id where a.number = ?").param(numbers.get(0)).query(Long.class).single())
                .isEqualTo(4);
    }

    @Test
    void whenOneCaseCannotBeOpenedNoneIsAndNoApplicationIsLeft() throws Exception {
        // This applicant's third case fails at the database (a constraint added for the test), after two were opened.
        String third = bundles.notice("newborn", LANSHAN).parts().stream()
                .filter(p -> p.member().basicCode().equals(BIRTH_REGISTRATION)).findFirst().orElseThrow()
                .listing().code();
        long casesBefore = count("cases");
        long applicationsBefore = count("bundle_application");
        String key = CaseFixtures.newKey();
        String body = body(List.of(), materials(List.of()), key, LANSHAN, form());
        jdbc.sql("alter table cases add constraint test_refuse_third check (submitted_by <> '" + username
                + "' or listing_code <> '" + third + "')").update();
        try {
            apply(citizen, "newborn", body).andExpect(status().is5xxServerError());
        } finally {
            jdbc.sql("alter table cases drop constraint test_refuse_third").update();
        }
        assertThat(count("cases")).isEqualTo(casesBefore);
        assertThat(count("bundle_application")).isEqualTo(applicationsBefore);
        assertThat(count("bundle_application_case")).isEqualTo(jdbc.sql("select count(*) from bundle_application_case c "
                + "join bundle_application a on a.id = c.application_id").query(Long.class).single());
        String mine = mvc.perform(get("/me/bundles").with(authentication(citizen)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // An application number is YJ + the day + six digits; two letters alone also occur in the page's CSRF token.
        assertThat(mine).doesNotContain("0 个办件").doesNotContainPattern("YJ\\d{14}");

        // Sent again once the fault is gone, the same key opens the whole application.
        apply(citizen, "newborn", body).andExpect(status().isCreated())
                .andExpect(jsonPath("$.cases.length()").value(4));
        assertThat(count("cases")).isEqualTo(casesBefore + 4);
    }

    @Test
    void everyBadApplicationIsRefusedWholeInChineseAndOpensNothing() throws Exception {
        List<Map<String, Object>> materials = materials(List.of());
        long casesBefore = count("cases");
        long applicationsBefore = count("bundle_application");

        // A required material missing: named, for the bundle once.
        apply(citizen, "newborn", body(List.of(), materials(List.of(), "父母居民身份证"), CaseFixtures.newKey(),
                LANSHAN, form()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.code == 'MATERIALS_MISSING')].message")
                        .value(Matchers.hasItem(Matchers.containsString("父母居民身份证"))));
        // A form field that several items share is reported once, on the field.
        Map<String, Object> badPhone = form();
        badPhone.put("contactPhone", "not-a-phone");
        String refused = apply(citizen, "newborn", body(List.of(), materials, CaseFixtures.newKey(), LANSHAN, badPhone))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        List<String> fields = JsonPath.read(refused, "$.errors[*].field");
        assertThat(fields).containsOnlyOnce("formData.contactPhone");
        // The baby's birth date cannot be in the future; the baby's name is asked for once, for every item.
        Map<String, Object> unborn = form();
        unborn.put("childBirthDate", LocalDate.now(clock).plusDays(1).toString());
        unborn.remove("childName");
        String future = apply(citizen, "newborn", body(List.of(), materials, CaseFixtures.newKey(), LANSHAN, unborn))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat((List<String>) JsonPath.read(future, "$.errors[?(@.field == 'formData.childBirthDate')].message"))
                .containsExactly("“出生日期”不能晚于今天。");
        assertThat((List<String>) JsonPath.read(future, "$.errors[*].field")).containsOnlyOnce("formData.childName");
        Map<String, Object> noDate = form();
        noDate.put("childBirthDate", "2026-13-45");
        apply(citizen, "newborn", body(List.of(), materials, CaseFixtures.newKey(), LANSHAN, noDate))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'formData.childBirthDate')].message")
                        .value(Matchers.hasItem("“出生日期”的格式不正确，请核对后重新填写。")));
        // An item that is not the bundle's, a region missing or unknown, a bad key, a broken body.
        apply(citizen, "newborn", body(List.of("000127101000"), materials, CaseFixtures.newKey(), LANSHAN, form()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("BUNDLE_MEMBER_UNKNOWN"))
                .andExpect(jsonPath("$.errors[0].message").value("“000127101000”不是这件一件事包含的事项。"));
        apply(citizen, "newborn", body(List.of(), materials, CaseFixtures.newKey(), null, form()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("请选择办理地区。"));
        apply(citizen, "newborn", body(List.of(), materials, CaseFixtures.newKey(), "'; drop table cases; --", form()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("BUNDLE_REGION_UNKNOWN"));
        apply(citizen, "newborn", body(List.of(), materials, "short", LANSHAN, form()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("submissionKey"));
        apply(citizen, "newborn", body(List.of(), materials, CaseFixtures.newKey(), LANSHAN, null).replace(
                "\"formData\":null", "\"formData\":[1,2]"))
                .andExpect(status().isBadRequest());
        apply(citizen, "newborn", "{\"region\": ").andExpect(status().isBadRequest());
        // Staff do not apply for themselves.
        Authentication clerk = identity.signedIn(identity.staff(CaseFixtures.LANSHAN, CaseworkRole.WINDOW_CLERK));
        apply(clerk, "newborn", body(List.of(), materials, CaseFixtures.newKey(), LANSHAN, form()))
                .andExpect(status().isForbidden());
        assertThat(count("cases")).isEqualTo(casesBefore);
        assertThat(count("bundle_application")).isEqualTo(applicationsBefore);
    }

    @Test
    void aResultCanStandForAMaterialOnlyFromTheApplicantsOwnCaseOfTheItemThatMakesIt() throws Exception {
        String created = apply(citizen, "newborn", body(List.of(), materials(List.of()), CaseFixtures.newKey(),
                LANSHAN, form())).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String certificateCase = JsonPath.read(created, "$.cases[0].caseNumber");
        String vaccinationCase = JsonPath.read(created, "$.cases[1].caseNumber");
        var registration = bundles.notice("newborn", LANSHAN).part(BIRTH_REGISTRATION).orElseThrow().listing();
        List<Map<String, Object>> materials = new ArrayList<>();
        for (var m : registration.materials()) {
            if (m.required() && !m.name().equals("出生医学证明")) {
                materials.add(Map.of("name", m.name(), "fileId", cases.upload(citizen, "m.pdf")));
            }
        }
        long before = count("cases");
        // Someone else's case, and a case whose result is another thing, cannot supply it.
        Authentication other = identity.signedIn(identity.person("吴越", newIdNumber(), newMobile()).username());
        for (var attempt : List.of(Map.entry(other, certificateCase), Map.entry(citizen, vaccinationCase))) {
            List<Map<String, Object>> given = new ArrayList<>(attempt.getKey() == citizen ? materials : List.of());
            given.add(Map.of("name", "出生医学证明", "producedBy", attempt.getValue()));
            Map<String, Object> single = new LinkedHashMap<>(Map.of("itemCode", registration.code(),
                    "submissionKey", CaseFixtures.newKey(), "formData", form(), "materials", given));
            String answer = cases.submit(attempt.getKey(), JSON.writeValueAsString(single))
                    .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
            assertThat(answer).contains("MATERIAL_NOT_PRODUCED", "“出生医学证明”不能由所填办件提供");
        }
        assertThat(count("cases")).isEqualTo(before);
    }

    @Test
    void theOneFormPageAsksEachSharedFieldOnceAndSubmitsTheWholeBundle() throws Exception {
        String page = mvc.perform(get("/bundles/newborn/apply").param("region", LANSHAN)
                        .with(authentication(citizen)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page.split("name=\"contactPhone\"", -1)).hasSize(2);
        assertThat(page).contains("一张申请表", "出生医学证明").contains("免提交");
        var notice = bundles.notice("newborn", LANSHAN);
        var shown = applications.toHandIn(notice, applications.selected(notice, List.of()));
        var request = multipart("/bundles/newborn/apply").param("region", LANSHAN)
                .param("submissionKey", CaseFixtures.newKey());
        form().forEach((k, v) -> request.param(k, v.toString()));
        for (int i = 0; i < shown.size(); i++) {
            request.file(new MockMultipartFile("file_" + i, "m.pdf", "application/pdf", CaseFixtures.pdf()));
        }
        String location = mvc.perform(request.with(authentication(citizen)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/me/bundles/YJ");

        // Without the files: back to the form, with the message next to each material.
        var empty = multipart("/bundles/newborn/apply").param("region", LANSHAN)
                .param("submissionKey", CaseFixtures.newKey());
        form().forEach((k, v) -> empty.param(k, v.toString()));
        var flash = mvc.perform(empty.with(authentication(citizen)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap();
        assertThat(((Map<?, ?>) flash.get("errors")).values().toString()).contains("还缺少必要材料");
    }

    @Test
    void bundlesAreFoundByTheWordsPeopleUseAndComeAfterTheItemWhenTheItemIsAskedFor() throws Exception {
        assertThat(readiness.awaitReady(Duration.ofMinutes(3))).as("search start-up finished").isTrue();
        String born = mvc.perform(get("/api/v1/search").param("q", "生孩子").param("region", LANSHAN))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(born, "$.results[0].type")).isEqualTo("bundle");
        assertThat((String) JsonPath.read(born, "$.results[0].url")).isEqualTo("/bundles/newborn");
        String retire = mvc.perform(get("/api/v1/search").param("q", "退休了要办什么"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((List<String>) JsonPath.read(retire, "$.results[0:3].id")).contains("retirement");
        String item = mvc.perform(get("/api/v1/search").param("q", "出生登记"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(item, "$.results[0].type")).isEqualTo("item");
        // The item's guide recommends the life events it is part of (内容关联推荐), first.
        String listing = bundles.notice("newborn", LANSHAN).part(BIRTH_REGISTRATION).orElseThrow().listing().code();
        String related = mvc.perform(get("/api/v1/items/{c}/related", listing)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(related, "$.results[0].id")).isEqualTo("newborn");
        assertThat((List<String>) JsonPath.read(related, "$.results[0].matchedBy")).containsExactly("lifeEvent");
        mvc.perform(get("/api/v1/search").param("q", "一件事").param("type", "bundle")).andExpect(status().isOk())
                .andExpect(jsonPath("$.results[*].type").value(Matchers.everyItem(
                        Matchers.is("bundle"))));
    }
}
