package org.tongban.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.tongban.shared.BusinessException;
import org.tongban.shared.Problems;

/** A failure on a page that its controller did not answer itself: the error page, in Chinese. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    private final Problems problems;
    private final ShellModel shell;

    PageErrors(Problems problems, ShellModel shell) {
        this.problems = problems;
        this.shell = shell;
    }

    /** Exception handlers get a fresh model: give the error page what the layout needs. */
    private ModelAndView errorPage(HttpServletRequest request, int status, String message) {
        var page = new ModelAndView("error");
        page.addObject("status", status);
        page.addObject("message", message);
        page.addObject("requestId", RequestIdFilter.of(request));
        page.addObject("brand", shell.brand());
        page.addObject("elderMode", shell.elderMode(request));
        page.addObject("currentPath", shell.currentPath(request));
        page.addObject("viewer", shell.viewer());
        return page;
    }

    @ExceptionHandler(BusinessException.class)
    ModelAndView business(BusinessException e, HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(e.code().status().value());
        return errorPage(request, e.code().status().value(), problems.message(e.code(), e.arguments()));
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) throws Exception {
        if (e instanceof AccessDeniedException || e instanceof AuthenticationException) {
            throw e;
        }
        log.error("Unexpected failure of {} {}", request.getMethod(), request.getRequestURI(), e);
        response.setStatus(500);
        return errorPage(request, 500, problems.message(WebError.INTERNAL_ERROR));
    }
}
