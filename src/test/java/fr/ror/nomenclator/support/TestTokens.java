package fr.ror.nomenclator.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Bearer tokens signed by a key made for the test run, and the {@link JwtDecoder} that trusts
 * it: OIDC end to end without a provider or any network. Import {@link Config} to enable it.
 */
public final class TestTokens {

    public static final String ISSUER = "https://sso.test.invalid/realms/ror";
    private static final KeyPair KEYS = keys();

    private TestTokens() {
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {
        @Bean
        JwtDecoder testJwtDecoder() {
            return NimbusJwtDecoder.withPublicKey((RSAPublicKey) KEYS.getPublic()).build();
        }
    }

    /** A token for a person with roles ({@code group:role}) as the default claim mapping reads them. */
    public static String token(String personId, String name, List<String> roles) {
        return sign(Map.of("preferred_username", personId, "name", name, "roles", roles));
    }

    public static String sign(Map<String, Object> claims) {
        JWTClaimsSet.Builder set = new JWTClaimsSet.Builder().issuer(ISSUER).subject(String.valueOf(
                claims.getOrDefault("preferred_username", "someone"))).issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(600)));
        claims.forEach(set::claim);
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), set.build());
            jwt.sign(new RSASSASigner(KEYS.getPrivate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair keys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
