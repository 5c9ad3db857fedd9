package org.tongban.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tongban.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAPI description covers every mapped {@code /api/v1} endpoint, each with its problem responses. */
class ApiDocumentationTest extends IntegrationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyApiEndpointIsInTheSpecWithItsProblems() throws Exception {
        String body = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        JsonNode spec = JsonMapper.builder().build().readTree(body);
        assertThat(spec.path("openapi").asText()).startsWith("3.1");
        assertThat(spec.path("info").path("title").asText()).contains("通办");
        JsonNode paths = spec.path("paths");

        List<String> missing = new ArrayList<>();
        List<String> withoutProblems = new ArrayList<>();
        int endpoints = 0;
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            var info = entry.getKey();
            if (info.getPathPatternsCondition() == null) {
                continue;
            }
            for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                if (!pattern.startsWith("/api/v1/") || pattern.startsWith("/api/v1/test/")) {
                    continue;
                }
                var methods = info.getMethodsCondition().getMethods();
                for (var method : methods.isEmpty() ? List.of(RequestMethod.GET) : methods) {
                    endpoints++;
                    JsonNode operation = paths.path(pattern).path(method.name().toLowerCase(Locale.ROOT));
                    if (operation.isMissingNode()) {
                        missing.add(method + " " + pattern);
                    } else if (!operation.path("responses").path("400").path("content")
                            .has("application/problem+json")) {
                        withoutProblems.add(method + " " + pattern);
                    }
                }
            }
        }
        assertThat(endpoints).as("mapped /api/v1 endpoints").isGreaterThan(40);
        assertThat(missing).as("mapped /api/v1 endpoints missing from /v3/api-docs").isEmpty();
        assertThat(withoutProblems).as("operations without their problem responses").isEmpty();
        assertThat(spec.path("components").path("schemas").path(ApiDocumentation.PROBLEM).path("properties")
                .has("requestId")).isTrue();
        assertThat(paths.propertyNames()).allMatch(path -> path.startsWith("/api/v1/"));
    }

    @Test
    void theUiIsServedToEveryone() throws Exception {
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }
}
