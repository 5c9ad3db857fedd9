package org.tongban.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.tongban.IntegrationTest;

/**
 * Open311 GeoReport v2 conformance of the response shapes: services, a submitted request, one request and a
 * list, in JSON and XML, and errors as the specification's list of {@code code}/{@code description}.
 */
class Open311Test extends IntegrationTest {

    private static final List<String> REQUEST_FIELDS = List.of("service_request_id", "status", "status_notes",
            "service_name", "service_code", "description", "agency_responsible", "service_notice",
            "requested_datetime", "updated_datetime", "expected_datetime", "address", "address_id", "zipcode", "lat",
            "long", "media_url");

    private String submit(String format) throws Exception {
        return mvc.perform(post("/open311/v2/requests." + format).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("api_key", "any").param("service_code", "UTILITIES")
                        .param("description", "兰山区金雀山街道某小区连续两天停水").param("lat", "35.0518")
                        .param("long", "118.3564").param("address_string", "临沂市兰山区金雀山路 8 号")
                        .param("first_name", "明").param("last_name", "赵").param("phone", newMobile()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void servicesListEveryCategoryInBothFormats() throws Exception {
        mvc.perform(get("/open311/v2/services.json")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$[0].service_code").value("CANNOT_GET_DONE"))
                .andExpect(jsonPath("$[0].service_name").value("办不成事"))
                .andExpect(jsonPath("$[0].metadata").value(false)).andExpect(jsonPath("$[0].type").value("realtime"))
                .andExpect(jsonPath("$[0].group").value("投诉"))
                .andExpect(jsonPath("$.length()").value(Tickets.Category.values().length));
        mvc.perform(get("/open311/v2/services.xml")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_XML))
                .andExpect(xpath("/services/service[1]/service_code").string("CANNOT_GET_DONE"))
                .andExpect(xpath("count(/services/service)").number((double) Tickets.Category.values().length));
    }

    @Test
    void aRequestIsSubmittedAndFollowedInJsonAndXml() throws Exception {
        String created = submit("json");
        String id = JsonPath.read(created, "$[0].service_request_id");
        assertThat((String) JsonPath.read(created, "$[0].service_notice")).startsWith("已受理，将在");
        assertThat((Object) JsonPath.read(created, "$[0].account_id")).isNull();

        String one = mvc.perform(get("/open311/v2/requests/" + id + ".json")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Map<String, Object> request = JsonPath.read(one, "$[0]");
        assertThat(request).containsOnlyKeys(REQUEST_FIELDS);
        assertThat(request).containsEntry("status", "open").containsEntry("service_code", "UTILITIES")
                .containsEntry("status_notes", "已受理").containsEntry("address", "临沂市兰山区金雀山路 8 号")
                .containsEntry("lat", 35.0518).containsEntry("long", 118.3564);
        assertThat((String) request.get("requested_datetime")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d.*\\+08:00");
        assertThat(one).doesNotContain("赵明");

        String xmlId = submit("xml").replaceAll("(?s).*<service_request_id>(.*)</service_request_id>.*", "$1");
        mvc.perform(get("/open311/v2/requests/" + xmlId + ".xml")).andExpect(status().isOk())
                .andExpect(xpath("/service_requests/request/service_request_id").string(xmlId))
                .andExpect(xpath("/service_requests/request/status").string("open"))
                .andExpect(xpath("/service_requests/request/zipcode").string(""));
        mvc.perform(get("/open311/v2/requests.json").param("service_request_id", id + "," + xmlId))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(2));
        String open = mvc.perform(get("/open311/v2/requests.json").param("service_code", "UTILITIES")
                .param("status", "open")).andReturn().getResponse().getContentAsString();
        assertThat((List<String>) JsonPath.read(open, "$[*].service_request_id")).contains(id, xmlId);
    }

    @Test
    void errorsAreTheSpecificationsListInChinese() throws Exception {
        mvc.perform(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("description", "没有类别"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$[0].code").value(400))
                .andExpect(jsonPath("$[0].description").value(containsString("service_code")));
        mvc.perform(post("/open311/v2/requests.xml").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("service_code", "NOPE").param("description", "x"))
                .andExpect(status().isBadRequest()).andExpect(xpath("/errors/error/code").string("400"))
                .andExpect(xpath("/errors/error/description").string(containsString("请选择诉求类别")));
        mvc.perform(get("/open311/v2/requests/T00000000000000.json")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$[0].code").value(404));
        mvc.perform(get("/open311/v2/requests.json").param("start_date", "yesterday")).andExpect(status().isBadRequest());
        mvc.perform(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("service_code", "ATTITUDE").param("description", "<script>alert(1)</script>"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$[0].description")
                        .value(containsString("不能包含网页标记或脚本")));
    }
}
