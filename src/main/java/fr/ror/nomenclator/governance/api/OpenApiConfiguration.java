package fr.ror.nomenclator.governance.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the OpenAPI description ({@code /api/openapi.json}) says about the API as a whole. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI governanceOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Nomenclator governance API")
                        .description("Change requests on the ROR nomenclatures: typed operations, impact, review,"
                                + " votes, audit; releases that publish them (quality checks, atomic publication,"
                                + " notes, FHIR NPM packages, Atom feed, webhooks). Errors are RFC 7807 problem details with a stable code (GV1xx"
                                + " invalid, GV2xx conflict, GV3xx forbidden, GV4xx not found).")
                        .version("1"))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
