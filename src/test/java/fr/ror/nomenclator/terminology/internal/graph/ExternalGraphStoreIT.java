package fr.ror.nomenclator.terminology.internal.graph;

import static fr.ror.nomenclator.terminology.internal.graph.EmbeddedGraphStoreIT.column;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import fr.ror.nomenclator.support.StandaloneNeo4jProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The external mode against a Neo4j server in another JVM, with authentication on. */
class ExternalGraphStoreIT {

    private static final String PASSWORD = "a-real-secret";

    @TempDir
    static Path workDir;

    static StandaloneNeo4jProcess server;

    @BeforeAll
    static void startServer() {
        server = StandaloneNeo4jProcess.start(workDir.resolve("server"), PASSWORD);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    /** Settings given the way operators give them: environment variables, relaxed binding. */
    private ApplicationContextRunner graphStore(Map<String, Object> environment) {
        return new ApplicationContextRunner()
                .withInitializer(context -> context.getEnvironment().getPropertySources().replace(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new SystemEnvironmentPropertySource(
                                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment)))
                .withPropertyValues("nomenclator.neo4j.data-dir=" + workDir.resolve("unused-data-dir"))
                .withUserConfiguration(GraphStoreConfiguration.class);
    }

    @Test
    void aServerNamedByUriIsMigratedAndUsedWithoutStartingAnEmbeddedOne() {
        graphStore(Map.of("NOMENCLATOR_NEO4J_URI", server.boltUri(),
                "NOMENCLATOR_NEO4J_USERNAME", "neo4j",
                "NOMENCLATOR_NEO4J_PASSWORD", PASSWORD)).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(Driver.class);
            assertThat(context.getBean(GraphServer.class)).isInstanceOf(ExternalGraphServer.class);
            Driver driver = context.getBean(Driver.class);
            GraphSessions sessions = context.getBean(GraphSessions.class);

            assertThat(column(driver, sessions, "SHOW CONSTRAINTS YIELD name RETURN name"))
                    .contains("nomenclature_key", "version_id", "concept_key");

            driver.executableQuery("MERGE (v:Version {id: $id}) SET v.url = $url")
                    .withParameters(Map.of("id", "TRE-R211-20240101", "url", "https://mos.esante.gouv.fr/NOS/TRE_R211"))
                    .withConfig(sessions.writeQuery())
                    .execute();
            assertThat(column(driver, sessions, "MATCH (v:Version {id: 'TRE-R211-20240101'}) RETURN v.url AS name"))
                    .containsExactly("https://mos.esante.gouv.fr/NOS/TRE_R211");

            Health health = context.getBean(GraphStoreHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails())
                    .containsEntry("mode", "external")
                    .containsEntry("uri", server.boltUri());
        });
        assertThat(workDir.resolve("unused-data-dir")).doesNotExist();
    }

    @Test
    void aWrongPasswordFailsTheStartWithAMessageNamingTheServer() {
        graphStore(Map.of("NOMENCLATOR_NEO4J_URI", server.boltUri(),
                "NOMENCLATOR_NEO4J_PASSWORD", "not-the-password")).run(context -> {
            assertThat(context).hasFailed();
            Throwable failure = context.getStartupFailure();
            while (failure != null && !(failure instanceof GraphStoreUnavailableException)) {
                failure = failure.getCause();
            }
            assertThat(failure).isNotNull()
                    .hasMessageContaining(server.boltUri())
                    .hasMessageContaining("user 'neo4j'");
        });
        assertThat(workDir.resolve("unused-data-dir")).doesNotExist();
    }
}
