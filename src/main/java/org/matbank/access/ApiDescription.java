package org.matbank.access;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Adds the bearer token to the OpenAPI description: every operation accepts a token or none (the
 * server decides by {@link AccessRule}), so Swagger UI's "Authorize" sends it on every call.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    static final String SCHEME = "token";

    @Bean
    OpenApiCustomizer bearerToken() {
        return api -> {
            if (api.getComponents() == null) {
                api.setComponents(new Components());
            }
            api.getComponents().addSecuritySchemes(SCHEME, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                    .scheme("bearer").bearerFormat("mbk_...")
                    .description("An API token: 'matbank token create' or POST /api/tokens (docs/API.md)"));
            api.addSecurityItem(new SecurityRequirement().addList(SCHEME));
            api.addSecurityItem(new SecurityRequirement());
        };
    }
}
