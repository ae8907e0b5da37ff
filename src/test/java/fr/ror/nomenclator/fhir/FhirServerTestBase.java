package fr.ror.nomenclator.fhir;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.neo4j.Neo4jAutoConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The FHIR server on a random port over {@link InMemoryTerminology}, loaded with the two TRE_R211
 * versions (one per URL style), JDV_J17 and ASS_A14. Three accounts (the module takes whatever
 * {@code UserDetailsService} the application provides; governance provides it in the real server):
 * the shipped {@code nos-admin}, an editor and a reader; the body limit is lowered to 400 KB so a
 * test can exceed it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = FhirServerTestBase.FhirOnly.class,
        properties = {
                "nomenclator.test.fhir-only=true",
                "nomenclator.fhir.max-request-bytes=400KB"})
abstract class FhirServerTestBase {

    static final String ADMIN = "nos-admin:nomenclator-demo";
    static final String EDITOR = "editor:editor-secret";
    static final String READER = "reader:reader-secret";

    static final String R211_2021 = "TRE_R211-ActiviteOperationnelle.json";
    static final String R211_2023 = "TRE_R211_ActiviteOperationnelle.json";
    static final String R211_2021_ID = "TRE-R211-ActiviteOperationnelle-20211029120000";
    static final String R211_2023_ID = "TRE-R211-ActiviteOperationnelle-20230802150000";
    static final String R211_OLD_URL = "https://mos.esante.gouv.fr/NOS/TRE_R211-ActiviteOperationnelle";
    static final String R211_NEW_URL = R211_OLD_URL + "/FHIR/TRE-R211-ActiviteOperationnelle";
    static final String J17_ID = "JDV-J17-ActiviteOperationnelle-ROR-20260629120000";
    static final String A14_ID = "ASS-A14-FamilleActivite-ActiviteOperationnelle-20240531120000";

    /**
     * The FHIR module alone over the in-memory store. The whole application's component scan
     * (in the end-to-end tests) also sees this class; the property keeps it out there.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "nomenclator.test.fhir-only", havingValue = "true")
    @EnableAutoConfiguration(exclude = Neo4jAutoConfiguration.class)
    @Import({FhirServerConfiguration.class, FhirSecurityConfiguration.class})
    static class FhirOnly {
        @Bean
        InMemoryTerminology inMemoryTerminology() {
            return new InMemoryTerminology();
        }

        @Bean
        UserDetailsService accounts() {
            return new InMemoryUserDetailsManager(
                    User.withUsername("nos-admin")
                            .password("{bcrypt}$2a$10$SLY/tLn0H78GrT6MprwnOOyf.zonM5LfDtIRaBhCL7J7yhnIs77KC")
                            .roles("ADMIN").build(),
                    User.withUsername("editor").password("{noop}editor-secret").roles("NOMENCLATURE_EDITOR").build(),
                    User.withUsername("reader").password("{noop}reader-secret").roles("READER").build());
        }
    }

    @Autowired
    InMemoryTerminology store;

    @LocalServerPort
    int port;

    FhirHttp http;

    @BeforeEach
    void loadFixtures() {
        store.reset();
        store.load(R211_2021);
        store.load(R211_2023);
        store.load("ValueSet-JDV-J17-ActiviteOperationnelle-ROR.json");
        store.load("ConceptMap-ASS-A14-FamilleActivite-ActiviteOperationnelle.json");
        http = new FhirHttp(port);
    }
}
