package org.tongban.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.tongban.IntegrationTest;
import org.tongban.catalog.ItemDetail;
import org.tongban.identity.AccountRole;
import org.tongban.identity.IdentityFixtures;

/** Every action in every status where it is not allowed: 409 problem+json, and the case is unchanged. */
class CaseTransitionsTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void everyIllegalTransitionIsRefusedWithConflictAndChangesNothing() throws Exception {
        var identity = IdentityFixtures.from(context);
        var fixtures = CaseFixtures.of(mvc, context);
        Authentication citizen = identity.signedIn(identity.person("王五", newIdNumber(), newMobile()).username());
        Authentication staff = identity.signedIn(identity.staff(CaseFixtures.LANSHAN, CaseworkRole.WINDOW_CLERK, CaseworkRole.APPROVER,
                AccountRole.DEPARTMENT_LEADER));
        ItemDetail permit = fixtures.listing(true, "PROMISED");
        Map<String, Object> approve = Map.of("action", "approve", "opinion", "同意");

        Map<CaseStatus, String> inStatus = new EnumMap<>(CaseStatus.class);
        inStatus.put(CaseStatus.SUBMITTED, fixtures.apply(permit, citizen));
        String correcting = fixtures.apply(permit, citizen);
        fixtures.act(staff, correcting, Map.of("action", "request-correction", "missing", List.of("申请表"))).andExpect(status().isOk());
        inStatus.put(CaseStatus.CORRECTION_REQUESTED, correcting);
        String refused = fixtures.apply(permit, citizen);
        fixtures.act(staff, refused, Map.of("action", "refuse", "opinion", "不符合", "basis", "第三十二条")).andExpect(status().isOk());
        inStatus.put(CaseStatus.REFUSED, refused);
        String withdrawn = fixtures.apply(permit, citizen);
        fixtures.act(citizen, withdrawn, Map.of("action", "withdraw")).andExpect(status().isOk());
        inStatus.put(CaseStatus.WITHDRAWN, withdrawn);
        String accepted = fixtures.apply(permit, citizen);
        fixtures.act(staff, accepted, Map.of("action", "accept")).andExpect(status().isOk());
        inStatus.put(CaseStatus.ACCEPTED, accepted);
        String suspended = fixtures.apply(permit, citizen);
        fixtures.act(staff, suspended, Map.of("action", "accept")).andExpect(status().isOk());
        fixtures.act(staff, suspended, Map.of("action", "start-special-procedure", "procedure", "HEARING",
                "opinion", "听证", "plannedDays", 10)).andExpect(status().isOk());
        inStatus.put(CaseStatus.SUSPENDED, suspended);
        String review = fixtures.apply(permit, citizen);
        fixtures.act(staff, review, Map.of("action", "accept")).andExpect(status().isOk());
        fixtures.act(staff, review, approve).andExpect(jsonPath("$.status").value("UNDER_REVIEW"));
        inStatus.put(CaseStatus.UNDER_REVIEW, review);
        String approved = fixtures.apply(permit, citizen);
        fixtures.act(staff, approved, Map.of("action", "accept")).andExpect(status().isOk());
        fixtures.act(staff, approved, approve).andExpect(status().isOk());
        fixtures.act(staff, approved, approve).andExpect(jsonPath("$.status").value("APPROVED"));
        inStatus.put(CaseStatus.APPROVED, approved);
        String denied = fixtures.apply(permit, citizen);
        fixtures.act(staff, denied, Map.of("action", "accept")).andExpect(status().isOk());
        Map<String, Object> deny = Map.of("action", "deny", "opinion", "不符合", "basis", "第十二条");
        fixtures.act(staff, denied, deny).andExpect(status().isOk());
        fixtures.act(staff, denied, deny).andExpect(jsonPath("$.status").value("DENIED"));
        inStatus.put(CaseStatus.DENIED, denied);
        String completed = fixtures.apply(permit, citizen);
        fixtures.act(staff, completed, Map.of("action", "accept")).andExpect(status().isOk());
        fixtures.act(staff, completed, approve).andExpect(status().isOk());
        fixtures.act(staff, completed, approve).andExpect(status().isOk());
        fixtures.act(staff, completed, Map.of("action", "complete")).andExpect(jsonPath("$.status").value("COMPLETED"));
        inStatus.put(CaseStatus.COMPLETED, completed);
        String delivered = fixtures.apply(permit, citizen);
        fixtures.act(staff, delivered, Map.of("action", "accept")).andExpect(status().isOk());
        fixtures.act(staff, delivered, approve).andExpect(status().isOk());
        fixtures.act(staff, delivered, approve).andExpect(status().isOk());
        fixtures.act(staff, delivered, Map.of("action", "complete")).andExpect(status().isOk());
        fixtures.act(staff, delivered, Map.of("action", "deliver", "deliveryMethod", "ELECTRONIC"))
                .andExpect(jsonPath("$.status").value("DELIVERED"));
        inStatus.put(CaseStatus.DELIVERED, delivered);
        assertThat(inStatus).hasSize(CaseStatus.values().length);

        int refusals = 0;
        for (var entry : inStatus.entrySet()) {
            for (CaseAction action : CaseAction.values()) {
                if (action.allowedIn(entry.getKey())) {
                    continue;
                }
                Authentication who = action.byApplicant() ? citizen : staff;
                fixtures.act(who, entry.getValue(), Map.of("action", action.wireName(), "opinion", "试图越权操作"))
                        .andExpect(status().isConflict())
                        .andExpect(jsonPath("$.code").value("ACTION_NOT_ALLOWED"));
                String body = mvc.perform(get("/api/v1/cases/{n}", entry.getValue()).with(authentication(staff)))
                        .andReturn().getResponse().getContentAsString();
                assertThat((String) JsonPath.read(body, "$.status")).isEqualTo(entry.getKey().name());
                refusals++;
            }
        }
        assertThat(refusals).isGreaterThan(80);
        fixtures.act(staff, accepted, Map.of("action", "launch-missiles")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("ACTION_UNKNOWN"));
    }

    @Test
    void incompleteInputIsRefusedFieldByFieldInChineseAndChangesNothing() throws Exception {
        var identity = IdentityFixtures.from(context);
        var fixtures = CaseFixtures.of(mvc, context);
        Authentication citizen = identity.signedIn(identity.person("赵六", newIdNumber(), newMobile()).username());
        Authentication staff = identity.signedIn(identity.staff(CaseFixtures.LANSHAN, CaseworkRole.WINDOW_CLERK, CaseworkRole.APPROVER));
        ItemDetail permit = fixtures.listing(true, "PROMISED");

        String submitted = fixtures.apply(permit, citizen);
        long before = version(staff, submitted);
        fixtures.act(staff, submitted, Map.of("action", "accept", "opinion", "意".repeat(2001)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("opinion"))
                .andExpect(jsonPath("$.errors[0].message").value("内容过长，最多 2000 个字。"));
        assertThat(caseStatus(staff, submitted)).isEqualTo("SUBMITTED");
        assertThat(version(staff, submitted)).isEqualTo(before);

        fixtures.act(staff, submitted, Map.of("action", "accept")).andExpect(status().isOk());
        long accepted = version(staff, submitted);
        fixtures.act(staff, submitted, Map.of("action", "start-special-procedure", "procedure", "PICNIC",
                        "plannedDays", 0))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(
                        Matchers.containsInAnyOrder("procedure", "opinion", "plannedDays")))
                .andExpect(jsonPath("$.errors[?(@.field == 'plannedDays')].message")
                        .value("特别程序的计划天数应在 1 到 365 天之间。"))
                .andExpect(jsonPath("$.errors[?(@.field == 'opinion')].message").value("此项为必填项。"));
        assertThat(caseStatus(staff, submitted)).isEqualTo("ACCEPTED");
        assertThat(version(staff, submitted)).isEqualTo(accepted);
    }

    @Test
    void textThatCannotBeACaseNumberIsAnsweredAsAnUnknownCaseAndActsOnNothing() throws Exception {
        var identity = IdentityFixtures.from(context);
        Authentication staff = identity.signedIn(identity.staff(CaseFixtures.LANSHAN, CaseworkRole.WINDOW_CLERK));
        var fixtures = CaseFixtures.of(mvc, context);
        String unknown = "11371302MB5517287A437010000000" + "199901010001";
        for (String number : List.of(unknown, "abc", "1".repeat(49), "L-1 202601010001", "案件202601010001")) {
            mvc.perform(get("/api/v1/cases/{n}", number).with(authentication(staff)))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.code").value("CASE_NOT_FOUND"))
                    .andExpect(jsonPath("$.detail").value("未找到该办件，或您无权查看。"));
            fixtures.act(staff, number, Map.of("action", "accept"))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.code").value("CASE_NOT_FOUND"));
        }
    }

    private String caseStatus(Authentication who, String number) throws Exception {
        return JsonPath.read(caseJson(who, number), "$.status");
    }

    private long version(Authentication who, String number) throws Exception {
        return ((Number) JsonPath.read(caseJson(who, number), "$.version")).longValue();
    }

    private String caseJson(Authentication who, String number) throws Exception {
        return mvc.perform(get("/api/v1/cases/{n}", number).with(authentication(who)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
