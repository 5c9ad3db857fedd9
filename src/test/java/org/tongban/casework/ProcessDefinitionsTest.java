package org.tongban.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.ResultActions;
import org.tongban.IntegrationTest;
import org.tongban.catalog.CatalogRole;
import org.tongban.catalog.ItemDetail;
import org.tongban.identity.AccountRole;
import org.tongban.identity.IdentityFixtures;

/** A listing's own BPMN: checked before deployment, run by new cases, and reset to the standard process. */
class ProcessDefinitionsTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    /** A process where the leader signs every decision, whatever the listing's type. */
    private static String process(String id, String extraElement, String reviewCondition) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                             xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                             xmlns:flowable="http://flowable.org/bpmn" targetNamespace="http://tongban.org/test">
                  <process id="%s" name="test" isExecutable="true">
                    <startEvent id="start"/>
                    <sequenceFlow id="f1" sourceRef="start" targetRef="intake"/>
                    <userTask id="intake" flowable:candidateGroups="WINDOW_CLERK"/>
                    <sequenceFlow id="f2" sourceRef="intake" targetRef="gw"/>
                    <exclusiveGateway id="gw"/>
                    <sequenceFlow id="f3" sourceRef="gw" targetRef="review">
                      <conditionExpression xsi:type="tFormalExpression">%s</conditionExpression>
                    </sequenceFlow>
                    <sequenceFlow id="f4" sourceRef="gw" targetRef="refused">
                      <conditionExpression xsi:type="tFormalExpression">${outcome == 'refuse'}</conditionExpression>
                    </sequenceFlow>
                    <endEvent id="refused"/>
                    <userTask id="review" flowable:candidateGroups="APPROVER"/>
                    <sequenceFlow id="f5" sourceRef="review" targetRef="signing"/>
                    <userTask id="signing" flowable:candidateGroups="DEPARTMENT_LEADER"/>
                    <sequenceFlow id="f6" sourceRef="signing" targetRef="completion"/>
                    <userTask id="completion" flowable:candidateGroups="APPROVER,WINDOW_CLERK"/>
                    <sequenceFlow id="f7" sourceRef="completion" targetRef="delivery"/>
                    <userTask id="delivery" flowable:candidateGroups="WINDOW_CLERK"/>
                    <sequenceFlow id="f8" sourceRef="delivery" targetRef="end"/>
                    <endEvent id="end"/>
                    %s
                  </process>
                </definitions>
                """.formatted(id, reviewCondition, extraElement);
    }

    private ResultActions upload(Authentication who, String code, String xml) throws Exception {
        return mvc.perform(put("/api/v1/items/{c}/process", code).with(authentication(who)).with(csrf())
                .contentType(MediaType.APPLICATION_XML).content(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aListingsOwnProcessIsCheckedDeployedRunAndReset() throws Exception {
        var identity = IdentityFixtures.from(context);
        var cases = CaseFixtures.of(mvc, context);
        ItemDetail item = cases.listing(false, "PROMISED");
        String department = item.department().name();
        Authentication admin = identity.signedIn(identity.staff(department, CatalogRole.CATALOG_ADMIN));
        Authentication clerk = identity.signedIn(identity.staff(department, CaseworkRole.WINDOW_CLERK));
        Authentication approver = identity.signedIn(identity.staff(department, CaseworkRole.APPROVER));
        Authentication leader = identity.signedIn(identity.staff(department, AccountRole.DEPARTMENT_LEADER));
        Authentication citizen = identity.signedIn(identity.person("郑一", newIdNumber(), newMobile()).username());
        String accept = "${outcome == 'accept'}";

        // Refusals, each with a Chinese message naming what is wrong, and nothing deployed.
        upload(admin, item.code(), "<not-bpmn").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("PROCESS_XML_INVALID"));
        upload(admin, item.code(), process("withScript", "<scriptTask id=\"s\" scriptFormat=\"groovy\"><script>1</script></scriptTask>", accept))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].code").value(Matchers.hasItem("PROCESS_ELEMENT_FORBIDDEN")));
        upload(admin, item.code(), process("beanCall", "", "${runtimeService.toString() != null}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("PROCESS_CONDITION_FORBIDDEN"));
        upload(admin, item.code(), process("noIntake", "", accept).replace("id=\"intake\"", "id=\"reception\"")
                        .replace("targetRef=\"intake\"", "targetRef=\"reception\"").replace("sourceRef=\"intake\"", "sourceRef=\"reception\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].code").value(Matchers.hasItems("PROCESS_STEP_UNKNOWN", "PROCESS_STEP_MISSING")))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("未部署")));
        upload(admin, item.code(), process("tooLarge", "<!--" + "x".repeat(600 * 1024) + "-->", accept))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("PROCESS_TOO_LARGE"));
        upload(clerk, item.code(), process("leaderSignsAll", "", accept)).andExpect(status().isForbidden());
        upload(admin, "NO-SUCH-LISTING", process("leaderSignsAll", "", accept)).andExpect(status().isNotFound());

        upload(admin, item.code(), process("leaderSignsAll", "", accept)).andExpect(status().isOk())
                .andExpect(jsonPath("$.processKey").value("leaderSignsAll"));
        String number = cases.apply(item, citizen);
        cases.act(clerk, number, Map.of("action", "accept")).andExpect(status().isOk());
        cases.act(approver, number, Map.of("action", "approve", "opinion", "同意")).andExpect(jsonPath("$.status").value("UNDER_REVIEW"));
        String view = mvc.perform(get("/api/v1/cases/{n}", number).with(authentication(leader))).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(view, "$.step")).isEqualTo("signing");
        cases.act(leader, number, Map.of("action", "approve", "opinion", "同意")).andExpect(jsonPath("$.status").value("APPROVED"));

        mvc.perform(delete("/api/v1/items/{c}/process", item.code()).with(authentication(admin)).with(csrf()))
                .andExpect(status().isNoContent());
        String standard = cases.apply(item, citizen);
        cases.act(clerk, standard, Map.of("action", "accept")).andExpect(status().isOk());
        cases.act(approver, standard, Map.of("action", "approve", "opinion", "同意")).andExpect(jsonPath("$.status").value("APPROVED"));
    }

    @Test
    void theCalendarIsReadByAnyoneAndMaintainedByAdministratorsOnly() throws Exception {
        var identity = IdentityFixtures.from(context);
        Authentication citizen = identity.signedIn(identity.person("王二", newIdNumber(), newMobile()).username());
        Authentication admin = identity.signedIn(identity.staff("山东省大数据局", AccountRole.SYSTEM_ADMIN));
        mvc.perform(get("/api/v1/calendar/2026").with(authentication(citizen))).andExpect(status().isOk())
                .andExpect(jsonPath("$.covered").value(true))
                .andExpect(jsonPath("$.days[?(@.day == '2026-02-14')].kind").value("WORKDAY"));
        mvc.perform(get("/api/v1/calendar/1800").with(authentication(citizen))).andExpect(status().isBadRequest());
        String body = "{\"kind\":\"HOLIDAY\",\"name\":\"元旦\"}";
        mvc.perform(put("/api/v1/calendar/days/2099-01-01").with(authentication(citizen)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/calendar/days/2099-13-01").with(authentication(admin)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isBadRequest());
        mvc.perform(put("/api/v1/calendar/days/2099-01-01").with(authentication(admin)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/calendar/2099").with(authentication(citizen))).andExpect(jsonPath("$.covered").value(true));
        mvc.perform(delete("/api/v1/calendar/days/2099-01-01").with(authentication(admin)).with(csrf()))
                .andExpect(status().isNoContent());
        mvc.perform(get("/admin/calendar").param("year", "2026").with(authentication(admin))).andExpect(status().isOk());
    }
}
