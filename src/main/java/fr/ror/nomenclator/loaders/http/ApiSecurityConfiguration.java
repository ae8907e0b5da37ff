package fr.ror.nomenclator.loaders.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Who may do what on the loaders' endpoints ({@code /api/imports}, {@code /api/exports},
 * {@code /api/diff}, {@code /api/mappings}, {@code /api/quality}): reads are public, as the same content is
 * under {@code /fhir}; checking posted content ({@code POST /api/quality}) needs a signed-in person, whatever
 * their role, since it costs a run of the quality loop and stores nothing; imports need the role
 * {@code NOMENCLATURE_EDITOR} or {@code ADMIN}, signed in with
 * HTTP Basic against the application's accounts or, when OIDC is configured (a {@link JwtDecoder}
 * bean), a bearer token. The rest of {@code /api} (governance) has its own chain, after this one.
 * Refusals are problem details like every other API error.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    static final String REALM = "Nomenclator";
    static final String[] WRITER_ROLES = {"NOMENCLATURE_EDITOR", "ADMIN"};

    /** Before governance's chain for the rest of {@code /api} (order 3). */
    @Bean
    @Order(2)
    SecurityFilterChain loadersApiSecurity(HttpSecurity http, ObjectMapper json, ObjectProvider<JwtDecoder> jwtDecoder)
            throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        http.securityMatcher(new OrRequestMatcher(paths.matcher("/api/imports/**"), paths.matcher("/api/exports/**"),
                        paths.matcher("/api/diff/**"), paths.matcher("/api/mappings/**"),
                        paths.matcher("/api/quality/**")))
                .authorizeHttpRequests(rules -> rules
                        .requestMatchers(paths.matcher(HttpMethod.GET, "/api/**")).permitAll()
                        .requestMatchers(paths.matcher(HttpMethod.HEAD, "/api/**")).permitAll()
                        .requestMatchers(paths.matcher(HttpMethod.POST, "/api/quality")).authenticated()
                        .anyRequest().hasAnyRole(WRITER_ROLES))
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint((request, response, e) -> {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
                    write(json, response, HttpStatus.UNAUTHORIZED, "SEC401", "Authentication required to "
                            + request.getMethod() + " " + request.getRequestURI());
                }))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> {
                            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
                            write(json, response, HttpStatus.UNAUTHORIZED, "SEC401", "Authentication required to "
                                    + request.getMethod() + " " + request.getRequestURI());
                        })
                        .accessDeniedHandler((request, response, e) -> write(json, response, HttpStatus.FORBIDDEN,
                                "SEC403", "Importing nomenclatures needs the role NOMENCLATURE_EDITOR or ADMIN")))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        if (jwtDecoder.getIfAvailable() != null) {
            http.oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults())
                    .authenticationEntryPoint((request, response, e) -> write(json, response, HttpStatus.UNAUTHORIZED,
                            "SEC401", "Invalid bearer token for " + request.getMethod() + " " + request.getRequestURI())));
        }
        return http.build();
    }

    private static void write(ObjectMapper json, HttpServletResponse response, HttpStatus status, String code,
                              String detail) throws IOException {
        ProblemDetail problem = ApiProblems.problem(status, code, detail).getBody();
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
