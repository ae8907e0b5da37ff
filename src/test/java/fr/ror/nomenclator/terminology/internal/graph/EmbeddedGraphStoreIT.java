package fr.ror.nomenclator.terminology.internal.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import fr.ror.nomenclator.support.TestGraphStore;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class EmbeddedGraphStoreIT {

    private final Path dataDir = TestGraphStore.newDataDir("embedded");

    private ApplicationContextRunner graphStore() {
        return new ApplicationContextRunner()
                .withUserConfiguration(GraphStoreConfiguration.class)
                .withPropertyValues("nomenclator.neo4j.data-dir=" + dataDir);
    }

    @Test
    void anEmptyDataDirStartsMigratedAndHealthy() {
        long started = System.nanoTime();
        graphStore().run(context -> {
            assertThat(context).hasNotFailed();
            System.out.printf("Embedded graph store context started in %d ms%n",
                    (System.nanoTime() - started) / 1_000_000);
            assertThat(context).hasSingleBean(Driver.class);
            Driver driver = context.getBean(Driver.class);
            GraphSessions sessions = context.getBean(GraphSessions.class);

            assertThat(column(driver, sessions, "SHOW CONSTRAINTS YIELD name RETURN name"))
                    .contains("nomenclature_key", "version_id", "concept_key", "concept_revision_hash",
                            "compose_rule_hash", "map_group_hash", "working_group_id", "person_id",
                            "change_request_id", "audit_entry_id", "comment_id");
            assertThat(column(driver, sessions, "SHOW INDEXES YIELD name RETURN name"))
                    .contains("version_url", "nomenclature_urls", "change_request_status", "operation_request");
            assertThat(column(driver, sessions,
                    "MATCH (m:__Neo4jMigration) WHERE m.version <> 'BASELINE' RETURN m.version AS name"))
                    .containsExactly("0001", "0002", "0003", "0004");

            Health health = context.getBean(GraphStoreHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails())
                    .containsEntry("mode", "embedded")
                    .containsEntry("database", "neo4j")
                    .containsEntry("edition", "community");
            assertThat((String) health.getDetails().get("version")).startsWith("5.26");
            assertThat((String) health.getDetails().get("uri")).matches("bolt://(localhost|127\\.0\\.0\\.1):\\d+");
        });
        // Neo4j writes its own log under the data dir, not to our console.
        assertThat(dataDir.resolve("logs/debug.log")).exists();
    }

    @Test
    void whatWasWrittenIsReadBackAfterARestartOnTheSameDataDir() {
        graphStore().run(context -> {
            assertThat(context).hasNotFailed();
            Driver driver = context.getBean(Driver.class);
            GraphSessions sessions = context.getBean(GraphSessions.class);
            driver.executableQuery("CREATE (:Nomenclature {kind: $kind, key: $key, url: $url})")
                    .withParameters(Map.of("kind", "CodeSystem", "key", "TRE_R211", "url", "https://mos.esante.gouv.fr/NOS/TRE_R211"))
                    .withConfig(sessions.writeQuery())
                    .execute();
            assertThat(column(driver, sessions, "MATCH (n:Nomenclature {kind: 'CodeSystem', key: 'TRE_R211'}) RETURN n.url AS name"))
                    .containsExactly("https://mos.esante.gouv.fr/NOS/TRE_R211");
        });

        graphStore().run(context -> {
            assertThat(context).hasNotFailed();
            Driver driver = context.getBean(Driver.class);
            GraphSessions sessions = context.getBean(GraphSessions.class);
            assertThat(column(driver, sessions, "MATCH (n:Nomenclature {kind: 'CodeSystem', key: 'TRE_R211'}) RETURN n.url AS name"))
                    .containsExactly("https://mos.esante.gouv.fr/NOS/TRE_R211");
            // The second start found the schema current and applied nothing twice.
            assertThat(column(driver, sessions,
                    "MATCH (m:__Neo4jMigration) WHERE m.version <> 'BASELINE' RETURN m.version AS name"))
                    .containsExactly("0001", "0002", "0003", "0004");
        });
    }

    @Test
    void theUniquenessConstraintsOfTheMigrationsAreEnforced() {
        graphStore().withPropertyValues("nomenclator.neo4j.warm-up=false").run(context -> {
            Driver driver = context.getBean(Driver.class);
            GraphSessions sessions = context.getBean(GraphSessions.class);
            String create = "CREATE (:Concept {nomenclature: 'TRE_R211', code: '1'})";
            driver.executableQuery(create).withConfig(sessions.writeQuery()).execute();
            assertThatThrownBy(
                            () -> driver.executableQuery(create).withConfig(sessions.writeQuery()).execute())
                    .hasMessageContaining("already exists with label `Concept`");
        });
    }

    static List<String> column(Driver driver, GraphSessions sessions, String query) {
        return driver.executableQuery(query).withConfig(sessions.readQuery()).execute()
                .records().stream().map((Record r) -> r.get("name").asString()).toList();
    }
}
