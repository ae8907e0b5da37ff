package fr.ror.nomenclator.fhir;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Local accounts ({@code nomenclator.security.accounts}), checked with HTTP Basic. A stopgap:
 * the governance module will own people and roles and replace this list.
 */
@ConfigurationProperties("nomenclator.security")
public record AccountSettings(@DefaultValue List<Account> accounts) {

    /**
     * @param passwordHash a bcrypt hash, with or without the {@code {bcrypt}} prefix (other
     *                     {@code {id}} prefixes of Spring Security's delegating encoder work too)
     * @param roles        role names without {@code ROLE_}, e.g. {@code NOMENCLATURE_EDITOR}, {@code ADMIN}
     */
    public record Account(String username, String passwordHash, @DefaultValue List<String> roles) {
    }
}
