package org.tongban.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.tongban.IntegrationTest;
import org.tongban.casework.CaseFixtures;
import org.tongban.casework.CaseworkRole;
import org.tongban.catalog.ItemDetail;
import org.tongban.identity.IdentityFixtures;
import tools.jackson.databind.json.JsonMapper;

/** Submitting applications: idempotency, the window channel, uploads, and every bad input refused whole. */
class SubmissionTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    private CaseFixtures cases;
    private Authentication citizen;
    private ItemDetail item;

    @BeforeEach
    void setUp() {
        var identity = IdentityFixtures.from(context);
        cases = CaseFixtures.of(mvc, context);
        citizen = identity.signedIn(identity.person("赵六", newIdNumber(), newMobile()).username());
        item = cases.listing(false, "PROMISED");
    }

    private long caseCount() {
        return jdbc.sql("select count(*) from cases").query(Long.class).single();
    }

    @Test
    void theSameSubmissionKeyReturnsTheSameCaseEvenWhenRequestsRace() throws Exception {
        String key = CaseFixtures.newKey();
        String body = cases.application(item, citizen, key);
        String first = cases.submit(citizen, body).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("SUBMITTED")).andReturn().getResponse().getContentAsString();
        cases.submit(citizen, body).andExpect(status().isOk())
                .andExpect(jsonPath("$.caseNumber").value((String) JsonPath.read(first, "$.caseNumber")));

        String raced = cases.application(item, citizen, CaseFixtures.newKey());
        var pool = Executors.newFixedThreadPool(4);
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Callable<String> submit = () -> JsonPath.read(cases.submit(citizen, raced).andReturn().getResponse()
                    .getContentAsString(), "$.caseNumber");
            answers.add(pool.submit(submit));
        }
        List<String> numbers = new ArrayList<>();
        for (Future<String> answer : answers) {
            numbers.add(answer.get());
        }
        pool.shutdown();
        assertThat(numbers).hasSize(4).allMatch(numbers.get(0)::equals);
        assertThat(jdbc.sql("select count(*) from cases where case_number = ?").param(numbers.get(0))
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void materialsTakenAtIntakeAreReusedAsNotToBeHandedInAgainAndLastAnswersAreOffered() throws Exception {
        var identity = IdentityFixtures.from(context);
        Authentication clerk = identity.signedIn(identity.staff(item.department().name(), CaseworkRole.WINDOW_CLERK));
        List<String> required = item.materials().stream().filter(ItemDetail.MaterialView::required)
                .map(ItemDetail.MaterialView::name).toList();
        Map<String, Object> first = JSON.readValue(cases.application(item, citizen, CaseFixtures.newKey()), Map.class);
        first.put("formData", Map.of("address", "临沂市兰山区沂蒙路 99 号", "reason", "首次申请"));
        String earlier = JsonPath.read(cases.submit(citizen, JSON.writeValueAsString(first)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.caseNumber");
        List<Map<String, Object>> reuse = required.stream()
                .map(name -> Map.<String, Object>of("name", name, "reusedFrom", earlier)).toList();
        Map<String, Object> again = new HashMap<>(Map.of("itemCode", item.code(),
                "submissionKey", CaseFixtures.newKey(), "materials", reuse));

        // Not yet accepted: its materials were not examined, so they cannot stand for new ones.
        long before = caseCount();
        cases.submit(citizen, JSON.writeValueAsString(again)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("MATERIAL_NOT_REUSABLE"))
                .andExpect(jsonPath("$.errors[0].field").value("materials[0].reusedFrom"));
        cases.act(clerk, earlier, Map.of("action", "accept")).andExpect(status().isOk());
        // Someone else cannot reuse them.
        Authentication other = identity.signedIn(identity.person("钱九", newIdNumber(), newMobile()).username());
        cases.submit(other, JSON.writeValueAsString(again)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("MATERIAL_NOT_REUSABLE"));
        assertThat(caseCount()).isEqualTo(before);

        // The page offers them (免提交) with the last address; the applicant submits with nothing uploaded.
        String page = mvc.perform(get("/apply/{c}", item.code()).with(authentication(citizen)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("免提交", earlier, "临沂市兰山区沂蒙路 99 号", "来源：上次申报");
        String number = JsonPath.read(cases.submit(citizen, JSON.writeValueAsString(again)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.caseNumber");
        String materials = jdbc.sql("select materials from cases where case_number = ?").param(number)
                .query(String.class).single();
        String earlierMaterials = jdbc.sql("select materials from cases where case_number = ?").param(earlier)
                .query(String.class).single();
        List<String> reusedFrom = JsonPath.read(materials, "$[*].reusedFrom");
        assertThat(reusedFrom).hasSize(required.size()).allMatch(earlier::equals);
        assertThat((List<String>) JsonPath.read(materials, "$[*].fileId"))
                .isEqualTo(JsonPath.read(earlierMaterials, "$[*].fileId"));
    }

    @Test
    void badApplicationsAreRefusedWithFieldMessagesAndStoreNothing() throws Exception {
        long before = caseCount();
        cases.submit(citizen, JSON.writeValueAsString(Map.of("itemCode", item.code(), "submissionKey", "short")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("submissionKey"));
        cases.submit(citizen, JSON.writeValueAsString(Map.of("itemCode", "NO-SUCH-ITEM", "submissionKey", CaseFixtures.newKey())))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("ITEM_NOT_AVAILABLE"));
        cases.submit(citizen, JSON.writeValueAsString(Map.of("itemCode", item.code(), "region", "110101",
                        "submissionKey", CaseFixtures.newKey())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("REGION_MISMATCH"));
        // No materials at all: every required one is named, with the form's field the listing does not have.
        String missing = cases.submit(citizen, JSON.writeValueAsString(Map.of("itemCode", item.code(),
                        "submissionKey", CaseFixtures.newKey(), "formData", Map.of("a", 1))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.contains("formData.a", "materials")))
                .andExpect(jsonPath("$.errors[0].code").value("FORM_FIELD_UNKNOWN"))
                .andReturn().getResponse().getContentAsString();
        String firstRequired = item.materials().stream().filter(ItemDetail.MaterialView::required).findFirst()
                .orElseThrow().name();
        assertThat(missing).contains(firstRequired);
        // A material the listing does not ask for, and a file that is someone else's.
        var identity = IdentityFixtures.from(context);
        Authentication other = identity.signedIn(identity.person("孙七", newIdNumber(), newMobile()).username());
        String othersFile = cases.upload(other, "other.pdf");
        cases.submit(citizen, JSON.writeValueAsString(Map.of("itemCode", item.code(), "submissionKey", CaseFixtures.newKey(),
                        "materials", List.of(Map.of("name", "不存在的材料", "fileId", othersFile),
                                Map.of("name", firstRequired, "fileId", othersFile)))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].code").value(Matchers.hasItems("MATERIAL_UNKNOWN", "UPLOAD_NOT_FOUND")));
        // Form data that is not an object, or too large.
        String good = cases.application(item, citizen, CaseFixtures.newKey());
        Map<String, Object> notObject = JSON.readValue(good, Map.class);
        notObject.put("formData", List.of(1, 2));
        cases.submit(citizen, JSON.writeValueAsString(notObject)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("formData"));
        notObject.put("formData", Map.of("text", "长".repeat(70_000)));
        cases.submit(citizen, JSON.writeValueAsString(notObject)).andExpect(status().isBadRequest());
        cases.submit(citizen, "{not json").andExpect(status().isBadRequest());
        // Staff who are not window clerks do not apply.
        Authentication approver = identity.signedIn(identity.staff(item.department().name(), CaseworkRole.APPROVER));
        cases.submit(approver, good).andExpect(status().isForbidden());
        assertThat(caseCount()).isEqualTo(before);
    }

    @Test
    void aWindowClerkAppliesForAWalkInWithPaperMaterials() throws Exception {
        var identity = IdentityFixtures.from(context);
        Authentication clerk = identity.signedIn(identity.staff(item.department().name(), CaseworkRole.WINDOW_CLERK));
        List<Map<String, Object>> paper = item.materials().stream().filter(ItemDetail.MaterialView::required)
                .map(m -> Map.<String, Object>of("name", m.name())).toList();
        String idNumber = newIdNumber();
        Map<String, Object> body = new HashMap<>(Map.of("itemCode", item.code(), "submissionKey", CaseFixtures.newKey(),
                "materials", paper, "formData", Map.of("reason", "窗口代录"),
                "applicant", Map.of("kind", "PERSON", "name", "周八", "number", "12345", "mobile", "138")));
        cases.submit(clerk, JSON.writeValueAsString(body)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.hasItems("applicant.number", "applicant.mobile")));
        body.put("applicant", Map.of("kind", "PERSON", "name", "周八", "number", idNumber, "mobile", newMobile()));
        String number = JsonPath.read(cases.submit(clerk, JSON.writeValueAsString(body)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.caseNumber");
        String view = mvc.perform(get("/api/v1/cases/{n}", number).with(authentication(clerk)))
                .andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(view, "$.channel")).isEqualTo("WINDOW");
        assertThat((String) JsonPath.read(view, "$.applicant.name")).isEqualTo("周*");
        assertThat((Boolean) JsonPath.read(view, "$.materials[0].paper")).isTrue();
        cases.act(clerk, number, Map.of("action", "accept")).andExpect(jsonPath("$.status").value("ACCEPTED"));
        // The walk-in has no account, so the clerk withdraws for them at the window.
        cases.act(clerk, number, Map.of("action", "withdraw")).andExpect(jsonPath("$.status").value("WITHDRAWN"));
    }

    @Test
    void uploadsAreCheckedByTheirBytesNotTheirNames() throws Exception {
        byte[] exe = new byte[256];
        exe[0] = 'M';
        exe[1] = 'Z';
        mvc.perform(multipart("/api/v1/uploads").file(new MockMultipartFile("file", "scan.pdf", "application/pdf", exe))
                        .with(authentication(citizen)).with(csrf()))
                .andExpect(status().is4xxClientError()).andExpect(jsonPath("$.detail").exists());
        long stored = jdbc.sql("select count(*) from uploaded_file").query(Long.class).single();
        mvc.perform(multipart("/api/v1/uploads").file(new MockMultipartFile("file", "扫描件.pdf", "image/png", CaseFixtures.pdf()))
                        .with(authentication(citizen)).with(csrf()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.mediaType").value("application/pdf"))
                .andExpect(jsonPath("$.sha256").value(Matchers.matchesPattern("[0-9a-f]{64}")));
        assertThat(jdbc.sql("select count(*) from uploaded_file").query(Long.class).single()).isEqualTo(stored + 1);
    }
}
