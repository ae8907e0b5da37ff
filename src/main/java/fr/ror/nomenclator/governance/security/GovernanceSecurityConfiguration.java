package fr.ror.nomenclator.governance.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ror.nomenclator.governance.directory.GovernanceDirectory;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Who signs in, for the whole application: governance owns people and roles, so it provides the
 * {@link UserDetailsService} (local accounts of {@code people.yaml}) and, when OIDC is configured,
 * the {@link JwtDecoder} and the mapping of claims to roles. The FHIR module's chain uses these
 * Spring Security beans without knowing governance. This class also guards {@code /api/**}: every
 * call needs an authenticated person (the OpenAPI description and Swagger UI excepted); what each
 * may do is decided per working group by the workflow. Refusals are problem details.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecuritySettings.class)
class GovernanceSecurityConfiguration {

    static final String REALM = "Nomenclator";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService localAccounts(SecuritySettings settings, GovernanceDirectory directory) {
        if (!settings.localAccounts()) {
            return username -> {
                throw new UsernameNotFoundException("local accounts are switched off (nomenclator.security.local-accounts)");
            };
        }
        return new LocalAccounts(directory);
    }

    @Bean
    Actors governanceActors(GovernanceDirectory directory, SecuritySettings settings) {
        return new Actors(directory, settings.oidc().claims());
    }

    /** Maps token claims to the person id and roles; used by every chain that accepts bearer tokens. */
    @Bean
    JwtAuthenticationConverter jwtAuthenticationConverter(SecuritySettings settings, GovernanceDirectory directory) {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setPrincipalClaimName(settings.oidc().claims().personId());
        converter.setJwtGrantedAuthoritiesConverter(new TokenAuthorities(settings.oidc().claims(), directory));
        return converter;
    }

    /** The provider's keys are fetched on the first token, so the start never waits for the network. */
    @Bean
    @ConditionalOnProperty(prefix = "nomenclator.security.oidc", name = "issuer-uri")
    JwtDecoder oidcJwtDecoder(SecuritySettings settings) {
        SecuritySettings.Oidc oidc = settings.oidc();
        if (!oidc.jwkSetUri().isBlank()) {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(oidc.jwkSetUri()).build();
            decoder.setJwtValidator(org.springframework.security.oauth2.jwt.JwtValidators
                    .createDefaultWithIssuer(oidc.issuerUri()));
            return decoder;
        }
        return new SupplierJwtDecoder(() -> JwtDecoders.fromIssuerLocation(oidc.issuerUri()));
    }

    /** After the loaders' chain for their endpoints under {@code /api} (order 2). */
    @Bean
    @Order(3)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain governanceApiSecurity(HttpSecurity http, ObjectMapper json,
                                              ObjectProvider<JwtDecoder> jwtDecoder) throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
            problem(json, response, HttpServletResponse.SC_UNAUTHORIZED, "GV300", "Authentication required",
                    "Authentication required to " + request.getMethod() + " " + request.getRequestURI()
                            + ": sign in with a local account (HTTP Basic) or an OIDC bearer token");
        };
        AccessDeniedHandler forbidden = (request, response, e) -> problem(json, response,
                HttpServletResponse.SC_FORBIDDEN, "GV301", "Forbidden", e.getMessage());
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        http.securityMatcher(new OrRequestMatcher(paths.matcher("/api/**"), paths.matcher("/swagger-ui/**"),
                        paths.matcher("/swagger-ui.html"), paths.matcher("/v3/api-docs/**")))
                .authorizeHttpRequests(rules -> rules
                        .requestMatchers(paths.matcher(HttpMethod.GET, "/api/openapi.json"),
                                paths.matcher(HttpMethod.GET, "/api/openapi.json/**"),
                                paths.matcher(HttpMethod.GET, "/api/docs"),
                                paths.matcher(HttpMethod.GET, "/api/docs/**"),
                                paths.matcher(HttpMethod.GET, "/api/swagger-ui/**"),
                                paths.matcher(HttpMethod.GET, "/swagger-ui/**"),
                                paths.matcher(HttpMethod.GET, "/swagger-ui.html"),
                                paths.matcher(HttpMethod.GET, "/v3/api-docs/**")).permitAll()
                        // Releases are public news: their list, notes, packages and feed (writes need the publisher).
                        .requestMatchers(paths.matcher(HttpMethod.GET, "/api/releases"),
                                paths.matcher(HttpMethod.GET, "/api/releases/**")).permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(unauthenticated))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        if (jwtDecoder.getIfAvailable() != null) {
            http.oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults())
                    .authenticationEntryPoint(unauthenticated));
        }
        return http.build();
    }

    static void problem(ObjectMapper json, HttpServletResponse response, int status, String code, String title,
                        String detail) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("code", code);
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }
}
