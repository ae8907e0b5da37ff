package fr.ror.nomenclator.loaders;

import fr.ror.nomenclator.NomenclatorApplication;
import fr.ror.nomenclator.support.TestGraphStore;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a random port over an embedded Neo4j of its own, without the shipped
 * content (so the NOS distribution files meet an empty store), signed in with the shipped demo
 * accounts of {@code governance/people.yaml}: the NOS publisher as the editor (its role may write
 * nomenclatures), a working-group member as a reader who may not. Subclasses share this one
 * context and its store: each test works on nomenclatures no other test of these classes loads.
 */
@SpringBootTest(classes = NomenclatorApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "nomenclator.loaders.load-shipped-content=false")
abstract class LoadersServerIT {

    static final String ADMIN = "nos-admin:nomenclator-demo";
    static final String EDITOR = "nos-publisher:nomenclator-demo";
    static final String READER = "ms-member:nomenclator-demo";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void graph(DynamicPropertyRegistry registry) {
        TestGraphStore.embedded(registry);
    }
}
