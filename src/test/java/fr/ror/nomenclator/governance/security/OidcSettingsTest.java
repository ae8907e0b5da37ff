package fr.ror.nomenclator.governance.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ror.nomenclator.governance.ShippedGovernance;
import fr.ror.nomenclator.governance.directory.GovernanceDirectory;
import fr.ror.nomenclator.governance.directory.Role;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** OIDC is on exactly when an issuer is configured, and claims map to roles as configured. */
class OidcSettingsTest {

    static final GovernanceDirectory SHIPPED = ShippedGovernance.directory();

    final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(GovernanceSecurityConfiguration.class)
            .withBean(GovernanceDirectory.class, () -> SHIPPED);

    @Test
    void anIssuerTurnsBearerTokensOnWithoutCallingTheProviderAtStart() {
        context.withPropertyValues("nomenclator.security.oidc.issuer-uri=https://sso.test.invalid/realms/ror")
                .run(app -> assertThat(app).hasSingleBean(JwtDecoder.class));
        context.run(app -> assertThat(app).doesNotHaveBean(JwtDecoder.class));
    }

    @Test
    void rolesAreScopedByGroupOrAppliedToEachGroupClaimed() {
        SecuritySettings.Claims keycloak = new SecuritySettings.Claims("sub", "name", "groups", "realm_access.roles");
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60)).claim("sub", "p1")
                .claim("groups", List.of("gt-mco", "gt-smr", "gt-unknown"))
                .claim("realm_access", Map.of("roles", List.of("expert", "nos:publisher", "nos:sorcerer"))).build();

        TokenAuthorities mapping = new TokenAuthorities(keycloak, SHIPPED);

        assertThat(mapping.roles(jwt)).isEqualTo(Map.of("gt-mco", Set.of(Role.EXPERT), "gt-smr", Set.of(Role.EXPERT),
                "nos", Set.of(Role.PUBLISHER)));
        assertThat(mapping.convert(jwt)).extracting(GrantedAuthority::getAuthority)
                .contains("wg:gt-mco:expert", "ROLE_NOMENCLATURE_EDITOR").doesNotContain("ROLE_ADMIN");
    }
}
