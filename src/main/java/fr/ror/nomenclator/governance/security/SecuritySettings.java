package fr.ror.nomenclator.governance.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may sign in ({@code nomenclator.security.*}).
 *
 * @param localAccounts HTTP Basic against the people of {@code governance/people.yaml} that have a
 *                      password hash (the embedded default); switch off in production behind OIDC
 * @param oidc          bearer tokens of an OIDC provider, enabled when {@code issuer-uri} is set
 */
@ConfigurationProperties("nomenclator.security")
public record SecuritySettings(@DefaultValue("true") boolean localAccounts, @DefaultValue Oidc oidc) {

    /**
     * @param issuerUri the provider's issuer; empty leaves OIDC off. Its keys are fetched on the first token.
     * @param jwkSetUri the provider's key set, when it is not the one the issuer's discovery names
     * @param claims    which claims name the person and their roles
     */
    public record Oidc(@DefaultValue("") String issuerUri, @DefaultValue("") String jwkSetUri,
                       @DefaultValue Claims claims) {

        public boolean enabled() {
            return issuerUri != null && !issuerUri.isBlank();
        }
    }

    /**
     * Claim names, dotted for nested claims ({@code realm_access.roles}).
     *
     * @param personId the person's id (the {@code id} of {@code people.yaml} when they are also there)
     * @param name     their display name
     * @param groups   the working groups they belong to (ids)
     * @param roles    their roles: {@code group:role} for a role in one group, or {@code role} for a
     *                 role held in each group of {@code groups}
     */
    public record Claims(@DefaultValue("preferred_username") String personId, @DefaultValue("name") String name,
                         @DefaultValue("groups") String groups, @DefaultValue("roles") String roles) {
    }
}
