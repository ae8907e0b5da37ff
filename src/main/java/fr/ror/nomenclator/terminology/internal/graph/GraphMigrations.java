package fr.ror.nomenclator.terminology.internal.graph;

import java.time.Duration;

import ac.simons.neo4j.migrations.core.MigrationVersion;
import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Brings the graph's schema (constraints, indexes) up to the scripts shipped with this build. */
final class GraphMigrations {

    static final String LOCATION = "classpath:neo4j/migrations";

    private static final Logger log = LoggerFactory.getLogger(GraphMigrations.class);

    private GraphMigrations() {
    }

    static void apply(Driver driver, String database) {
        long started = System.nanoTime();
        MigrationsConfig config = MigrationsConfig.builder()
                .withLocationsToScan(LOCATION)
                .withResourceScanner(new ClasspathMigrationScanner(GraphMigrations.class.getClassLoader()))
                .withDatabase(database)
                .build();
        String version = new Migrations(config, driver).apply()
                .map(MigrationVersion::getValue)
                .orElse("none");
        log.info("Graph schema of database '{}' at version {} ({} ms)", database, version,
                Duration.ofNanos(System.nanoTime() - started).toMillis());
    }
}
