package fr.ror.nomenclator.fhir;

import jakarta.servlet.http.HttpServletResponse;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.info.InfoEndpoint;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Who may do what under {@code /fhir}: anyone reads, editors and admins write. Stateless HTTP
 * Basic against the application's {@link org.springframework.security.core.userdetails.UserDetailsService}
 * and, when a {@link JwtDecoder} is configured (OIDC), bearer tokens. Both are Spring Security
 * beans another module provides (governance owns people and roles): this module only checks the
 * roles {@code NOMENCLATURE_EDITOR} and {@code ADMIN}. Refusals are OperationOutcomes like every
 * FHIR error.
 *
 * <p>It also holds the application-wide fallback chain (health and info open, the rest
 * authenticated), because declaring any chain switches Spring Boot's default one off.
 */
// Only in the web server: the CLI (load) runs the same application without one.
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Configuration(proxyBeanMethods = false)
class FhirSecurityConfiguration {

    static final String REALM = "Nomenclator";
    static final String[] WRITER_ROLES = {"NOMENCLATURE_EDITOR", "ADMIN"};

    @Bean
    @Order(1)
    SecurityFilterChain fhirSecurity(HttpSecurity http, OutcomeWriter writer, ObjectProvider<JwtDecoder> jwtDecoder)
            throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
            writer.write(response, HttpServletResponse.SC_UNAUTHORIZED, OperationOutcomes.error(IssueType.LOGIN,
                    "Authentication required to " + request.getMethod() + " " + request.getRequestURI()));
        };
        AccessDeniedHandler forbidden = (request, response, e) -> writer.write(response,
                HttpServletResponse.SC_FORBIDDEN, OperationOutcomes.error(IssueType.FORBIDDEN,
                        "Writing nomenclatures needs the role NOMENCLATURE_EDITOR or ADMIN"));
        // Path matchers on the whole path: /fhir is its own servlet, outside Spring MVC's dispatcher.
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        http.securityMatcher(paths.matcher("/fhir/**"))
                .authorizeHttpRequests(rules -> rules
                        .requestMatchers(paths.matcher(HttpMethod.GET, "/fhir/**")).permitAll()
                        .requestMatchers(paths.matcher(HttpMethod.HEAD, "/fhir/**")).permitAll()
                        .requestMatchers(paths.matcher(HttpMethod.OPTIONS, "/fhir/**")).permitAll()
                        // A search sent as a form is a read.
                        .requestMatchers(paths.matcher(HttpMethod.POST, "/fhir/*/_search")).permitAll()
                        // Terminology operations only read; clients send them as POST with Parameters.
                        .requestMatchers(paths.matcher(HttpMethod.POST, "/fhir/*/$lookup"),
                                paths.matcher(HttpMethod.POST, "/fhir/*/$validate-code"),
                                paths.matcher(HttpMethod.POST, "/fhir/*/*/$validate-code"),
                                paths.matcher(HttpMethod.POST, "/fhir/*/$expand"),
                                paths.matcher(HttpMethod.POST, "/fhir/*/*/$expand"),
                                paths.matcher(HttpMethod.POST, "/fhir/*/$subsumes"),
                                paths.matcher(HttpMethod.POST, "/fhir/*/$translate"),
                                paths.matcher(HttpMethod.POST, "/fhir/*/$batch-validate-code"),
                                paths.matcher(HttpMethod.POST, "/fhir/*/*/$translate"),
                                paths.matcher(HttpMethod.POST, "/fhir/*/$changelog"),
                                paths.matcher(HttpMethod.POST, "/fhir/*/*/$changelog")).permitAll()
                        // A batch of terminology operations (the batch refuses any other entry).
                        .requestMatchers(paths.matcher(HttpMethod.POST, "/fhir"),
                                paths.matcher(HttpMethod.POST, "/fhir/")).permitAll()
                        .anyRequest().hasAnyRole(WRITER_ROLES))
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(unauthenticated))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        if (jwtDecoder.getIfAvailable() != null) {
            http.oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults())
                    .authenticationEntryPoint(unauthenticated).accessDeniedHandler(forbidden));
        }
        return http.build();
    }

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE - 10)
    SecurityFilterChain applicationSecurity(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(rules -> rules
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class, InfoEndpoint.class)).permitAll()
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/error")).permitAll()
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/ping"))
                        .permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName(REALM))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }
}
