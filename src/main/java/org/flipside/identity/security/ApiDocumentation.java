package org.flipside.identity.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.boot.info.BuildProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's title and its one authentication scheme: personal API tokens sent as Bearer tokens.
 * Declaring the scheme lets the API explorer send a token with every call.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String TOKEN_SCHEME = "personalToken";

    @Bean
    OpenAPI flipsideOpenApi(ObjectProvider<BuildProperties> build) {
        String version = build.getIfAvailable() == null ? "development" : build.getIfAvailable().getVersion();
        return new OpenAPI()
                .info(new Info().title("Flipside API").version(version)
                        .description("Reverse mentoring programs. Authenticate with a personal API token created on "
                                + "your account page. Every endpoint applies the same role and per-record rules as "
                                + "the web pages; errors are RFC 9457 problem documents."))
                .components(new Components().addSecuritySchemes(TOKEN_SCHEME, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("fs_…")
                        .description("A personal API token: Authorization: Bearer fs_…")))
                .addSecurityItem(new SecurityRequirement().addList(TOKEN_SCHEME));
    }
}
