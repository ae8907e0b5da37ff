package fr.ror.nomenclator.loaders;

import fr.ror.nomenclator.NomenclatorApplication;
import fr.ror.nomenclator.support.TestGraphStore;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a random port over an embedded Neo4j of its own, without the shipped
 * content (so the NOS distribution files meet an empty store), with an editor and a reader
 * account besides the shipped admin. Subclasses share this one context and its store: each test
 * works on nomenclatures no other test of these classes loads.
 */
@SpringBootTest(classes = NomenclatorApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "nomenclator.loaders.load-shipped-content=false",
                "nomenclator.security.accounts[0].username=nos-admin",
                "nomenclator.security.accounts[0].password-hash={bcrypt}$2a$10$SLY/tLn0H78GrT6MprwnOOyf.zonM5LfDtIRaBhCL7J7yhnIs77KC",
                "nomenclator.security.accounts[0].roles=ADMIN",
                "nomenclator.security.accounts[1].username=editor",
                "nomenclator.security.accounts[1].password-hash={noop}editor-secret",
                "nomenclator.security.accounts[1].roles=NOMENCLATURE_EDITOR",
                "nomenclator.security.accounts[2].username=reader",
                "nomenclator.security.accounts[2].password-hash={noop}reader-secret",
                "nomenclator.security.accounts[2].roles=READER"})
abstract class LoadersServerIT {

    static final String ADMIN = "nos-admin:nomenclator-demo";
    static final String EDITOR = "editor:editor-secret";
    static final String READER = "reader:reader-secret";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void graph(DynamicPropertyRegistry registry) {
        TestGraphStore.embedded(registry);
    }
}
