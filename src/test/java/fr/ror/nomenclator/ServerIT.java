package fr.ror.nomenclator;

import fr.ror.nomenclator.support.TestGraphStore;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the end-to-end tests: the whole application as shipped (embedded Neo4j, shipped
 * content loaded at start, FHIR server on a random port). Subclasses share one context, so the
 * store is shared too: tests compare the graph before and after, never absolute counts.
 */
@SpringBootTest(classes = NomenclatorApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ServerIT {

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void graph(DynamicPropertyRegistry registry) {
        TestGraphStore.embedded(registry);
    }

    protected String fhirBase() {
        return "http://localhost:" + port + "/fhir";
    }
}
