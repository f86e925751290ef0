package org.matbank.web;

import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The pages' language: Korean or English, chosen with {@code ?lang=ko|en} (the switch in the
 * header) and remembered in a cookie for a year; before any choice, the browser's
 * Accept-Language decides, and anything but Korean gets English.
 */
@Configuration(proxyBeanMethods = false)
class WebSettings implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("matbank-lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(request -> Locale.KOREAN.getLanguage().equals(request.getLocale().getLanguage())
                ? Locale.KOREAN : Locale.ENGLISH);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        // an unknown ?lang= is ignored rather than answered with an error page
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
