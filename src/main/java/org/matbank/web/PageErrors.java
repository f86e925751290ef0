package org.matbank.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.matbank.shared.InvalidInputException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A refusal inside a page controller is answered with the error page in the page language,
 * naming the violations, not with the API's problem JSON (which {@link ApiErrorHandler} gives the
 * API's controllers and the access filter).
 */
@ControllerAdvice(basePackageClasses = PageErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    private final PageAdvice frame;

    PageErrors(PageAdvice frame) {
        this.frame = frame;
    }

    @ExceptionHandler(InvalidInputException.class)
    String refused(InvalidInputException e, Model model, HttpServletRequest request, HttpServletResponse response) {
        // model attributes of the advice are not applied to exception handlers: the frame is added here
        frame.frame(model, request);
        response.setStatus(e.problem().status());
        model.addAttribute("status", e.problem().status());
        model.addAttribute("problems", e.violations());
        return "error";
    }
}
