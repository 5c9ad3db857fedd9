package org.tongban.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3.1 description of {@code /api/v1} (springdoc, served at {@code /v3/api-docs}, browsable at
 * {@code /swagger-ui}). springdoc reads requests and successful responses from the controllers; this adds
 * what every operation shares: the RFC 9457 problem every failure is answered with, the failures any
 * call can meet, and the two ways to be signed in.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String PROBLEM = "Problem";

    /** The failures any operation can answer with, beside those its controller declares itself. */
    private static final Map<String, String> COMMON_FAILURES = failures();

    @Bean
    OpenAPI tongbanOpenApi() {
        return new OpenAPI()
                .info(new Info().title("通办 一体化政务服务平台 API").version("v1")
                        .description("办事指南、申报、办件、检索与账户的接口。失败一律以 RFC 9457 Problem Details 作答"
                                + "（application/problem+json），title 与 detail 为中文，code 为稳定的错误码，"
                                + "type 为 urn:tongban:problem:<错误码>，字段错误列在 errors 中，requestId 可报给 12345 查询。")
                        .license(new License().name("Apache-2.0")))
                .components(new Components()
                        .addSecuritySchemes("session", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE).name("JSESSIONID")
                                .description("网页登录的会话；改变数据的请求另需 X-XSRF-TOKEN 头（取自 GET /api/v1/csrf）。"))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")
                                .description("本平台 OpenID Connect 提供方签发的访问令牌。")))
                .addSecurityItem(new SecurityRequirement().addList("session"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    /** Every operation lists the shared failures, each answered with a {@value #PROBLEM}. */
    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(ApiDocumentation::addFailures));
        };
    }

    private static void addFailures(Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        COMMON_FAILURES.forEach((status, description) -> {
            ApiResponse response = responses.get(status);
            if (response == null) {
                response = new ApiResponse().description(description);
                responses.addApiResponse(status, response);
            }
            // springdoc reads our @ExceptionHandler advice and may have put a ProblemDetail under */*.
            response.setContent(new Content().addMediaType("application/problem+json",
                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
        });
        operation.setResponses(responses);
    }

    private static Map<String, String> failures() {
        Map<String, String> failures = new LinkedHashMap<>();
        failures.put("400", "请求不合规定：字段错误逐条列在 errors 中");
        failures.put("401", "未登录或登录已失效");
        failures.put("403", "无权办理此事，或缺少 CSRF 令牌");
        failures.put("404", "所找的记录不存在，或不在本账户可见的范围内");
        failures.put("409", "记录已被他人修改，或当前状态不允许此操作");
        failures.put("500", "系统内部错误，请凭 requestId 联系 12345");
        return Map.copyOf(failures);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> problemSchema() {
        Schema violation = new ObjectSchema()
                .addProperty("field", new StringSchema().description("出错的字段"))
                .addProperty("code", new StringSchema().description("字段的错误码"))
                .addProperty("message", new StringSchema().description("中文说明"));
        return new ObjectSchema()
                .description("RFC 9457 Problem Details，中文说明")
                .addProperty("type", new StringSchema().format("uri").example("urn:tongban:problem:case-not-found")
                        .description("urn:tongban:problem: 加上小写、以连字符连接的错误码"))
                .addProperty("title", new StringSchema().example("找不到所请求的内容"))
                .addProperty("status", new IntegerSchema().example(404))
                .addProperty("detail", new StringSchema().example("没有这个办件。"))
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("code", new StringSchema().example("CASE_NOT_FOUND").description("稳定的错误码"))
                .addProperty("errors", new ArraySchema().items(violation))
                .addProperty("requestId", new StringSchema().description("本次请求的编号，报给 12345 可查"));
    }
}
