package org.tongban.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.List;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.tongban.shared.CommonError;
import org.tongban.shared.ErrorCode;
import org.tongban.shared.Problems;

/**
 * Replaces Spring Boot's error page: failures that never reached a controller (no such page, wrong
 * method) get a Chinese page, or Problem Details when the request was for {@code /api}.
 */
@Controller
@RequestMapping("/error")
class ErrorPages implements ErrorController {

    private final Problems problems;

    ErrorPages(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request, HttpServletResponse response) {
        HttpStatus status = status(request);
        response.setStatus(status.value());
        var page = new ModelAndView("error");
        page.addObject("status", status.value());
        page.addObject("message", problems.message(code(status)));
        page.addObject("requestId", RequestIdFilter.of(request));
        return page;
    }

    @RequestMapping
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        HttpStatus status = status(request);
        ProblemDetail problem = problems.of(code(status), status, List.of());
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null) {
            problem.setInstance(URI.create(uri.toString()));
        }
        problem.setProperty("requestId", RequestIdFilter.of(request));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static ErrorCode code(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> WebError.PAGE_NOT_FOUND;
            case METHOD_NOT_ALLOWED -> WebError.METHOD_NOT_ALLOWED;
            case UNSUPPORTED_MEDIA_TYPE -> WebError.UNSUPPORTED_MEDIA_TYPE;
            case UNAUTHORIZED -> CommonError.UNAUTHENTICATED;
            case FORBIDDEN -> CommonError.FORBIDDEN;
            case BAD_REQUEST -> CommonError.MALFORMED_REQUEST;
            case TOO_MANY_REQUESTS -> CommonError.TOO_MANY_REQUESTS;
            default -> WebError.INTERNAL_ERROR;
        };
    }
}
