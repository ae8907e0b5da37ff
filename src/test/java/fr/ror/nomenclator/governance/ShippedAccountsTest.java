package fr.ror.nomenclator.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/** The demo account shipped in application.yaml is what the README promises, stored as a hash. */
class ShippedAccountTest {

    @Test
    void demoAdminAccountMatchesItsDocumentedPassword() throws Exception {
        JsonNode accounts;
        try (InputStream yaml = getClass().getResourceAsStream("/application.yaml")) {
            accounts = new ObjectMapper(new YAMLFactory()).readTree(yaml).path("nomenclator").path("security")
                    .path("accounts");
        }
        JsonNode admin = accounts.get(0);

        assertThat(admin.path("username").asText()).isEqualTo("nos-admin");
        assertThat(admin.path("roles").toString()).contains("ADMIN");
        String hash = admin.path("password-hash").asText();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("nomenclator-demo");
        assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder().matches("nomenclator-demo", hash)).isTrue();
    }
}
