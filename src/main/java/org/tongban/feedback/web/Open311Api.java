package org.tongban.feedback.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongban.feedback.Open311;
import org.tongban.shared.Actors;
import org.tongban.shared.BusinessException;
import org.tongban.shared.CommonError;
import org.tongban.shared.Problems;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open311 GeoReport v2 (https://wiki.open311.org/GeoReport_v2): {@code services}, {@code requests} and
 * {@code requests/{id}}, each as {@code .json} or {@code .xml}; errors as the specification's list of
 * {@code {code, description}}. POST takes the form fields of the specification; an {@code api_key} is
 * accepted and not needed (anyone may complain, as on the 办不成事 page).
 */
@RestController
@RequestMapping("/open311/v2")
class Open311Api {

    static final Duration DEFAULT_SPAN = Duration.ofDays(90);

    private final Open311 open311;
    private final Problems problems;
    private final JsonMapper json;
    private final Clock clock;

    Open311Api(Open311 open311, Problems problems, JsonMapper json, Clock clock) {
        this.open311 = open311;
        this.problems = problems;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/services.{format}")
    ResponseEntity<String> services(@PathVariable String format) {
        Format.of(format);
        return answer(format, HttpStatus.OK, "services", "service", open311.services());
    }

    @PostMapping(path = "/requests.{format}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<String> submit(@PathVariable String format, @RequestParam Map<String, String> fields) {
        Format.of(format);
        return answer(format, HttpStatus.CREATED, "service_requests", "request",
                open311.submit(fields, Actors.current()));
    }

    @GetMapping("/requests.{format}")
    ResponseEntity<String> requests(@PathVariable String format,
            @RequestParam(name = "service_request_id", required = false) String ids,
            @RequestParam(name = "service_code", required = false) String serviceCode,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "start_date", required = false) String startDate,
            @RequestParam(name = "end_date", required = false) String endDate) {
        Format.of(format);
        Instant end = endDate == null ? clock.instant() : instant("end_date", endDate);
        Instant start = startDate == null ? end.minus(DEFAULT_SPAN) : instant("start_date", startDate);
        return answer(format, HttpStatus.OK, "service_requests", "request",
                open311.requests(ids, serviceCode, status, start, end));
    }

    @GetMapping("/requests/{id}.{format}")
    ResponseEntity<String> request(@PathVariable String id, @PathVariable String format) {
        Format.of(format);
        return answer(format, HttpStatus.OK, "service_requests", "request", open311.request(id));
    }

    @ExceptionHandler(BusinessException.class)
    ResponseEntity<String> failed(BusinessException e, HttpServletRequest request) {
        String format = request.getRequestURI().endsWith(".xml") ? "xml" : "json";
        HttpStatusCode status = e.code().status();
        String description = e.violations().isEmpty() ? problems.message(e.code(), e.arguments())
                : String.join("；", problems.fieldMessages(e).entrySet().stream()
                        .map(f -> f.getKey() + "：" + f.getValue()).toList());
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", status.value());
        error.put("description", description);
        return answer(format, status, "errors", "error", List.of(error));
    }

    private static Instant instant(String field, String value) {
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw BusinessException.onField(field, CommonError.INVALID_INPUT);
        }
    }

    /** The two encodings of GeoReport. */
    enum Format {
        JSON, XML;

        static Format of(String suffix) {
            return switch (suffix) {
                case "json" -> JSON;
                case "xml" -> XML;
                default -> throw new BusinessException(CommonError.NOT_FOUND);
            };
        }
    }

    private ResponseEntity<String> answer(String suffix, HttpStatusCode status, String root, String element,
            List<Map<String, Object>> items) {
        if (!"xml".equals(suffix)) {
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                    .body(json.writeValueAsString(items));
        }
        return ResponseEntity.status(status).contentType(new MediaType("text", "xml", StandardCharsets.UTF_8))
                .body(Xml.list(root, element, items));
    }
}
