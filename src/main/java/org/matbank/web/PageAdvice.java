package org.matbank.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.matbank.access.Caller;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page's frame needs: the page language ({@code ko} or {@code en}), the links that
 * switch it while staying on the same page, and who is signed in. Also given to Spring Boot's
 * error controller, so an error page has the same frame in the same language.
 */
@ControllerAdvice(basePackageClasses = {PageAdvice.class, BasicErrorController.class})
class PageAdvice {

    @ModelAttribute
    void frame(Model model, HttpServletRequest request) {
        boolean korean = Locale.KOREAN.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
        model.addAttribute("lang", korean ? "ko" : "en");
        model.addAttribute("langKo", switchTo(request, "ko"));
        model.addAttribute("langEn", switchTo(request, "en"));
        model.addAttribute("caller", Caller.of(request).orElse(null));
        model.addAttribute("currentPath", request.getServletPath());
        model.addAttribute("htmx", request.getHeader("HX-Request") != null);
    }

    /** The same page in another language, as a path (no host: right behind a proxy too). */
    private static String switchTo(HttpServletRequest request, String language) {
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                .replaceQueryParam("lang", language).build().toUriString();
    }
}
