package fr.ror.nomenclator.terminology.internal.graph;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/** Reports whether the terminology database answers, and what answers it. */
final class GraphStoreHealthIndicator extends AbstractHealthIndicator {

    private static final String COMPONENTS =
            "CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition";

    private final Driver driver;
    private final GraphServer server;
    private final GraphSessions sessions;

    GraphStoreHealthIndicator(Driver driver, GraphServer server, GraphSessions sessions) {
        super("Neo4j health check failed");
        this.driver = driver;
        this.server = server;
        this.sessions = sessions;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Record components = driver.executableQuery(COMPONENTS)
                .withConfig(sessions.readQuery())
                .execute()
                .records()
                .get(0);
        builder.up()
                .withDetail("mode", server.mode().name().toLowerCase())
                .withDetail("uri", server.uri())
                .withDetail("database", sessions.database())
                .withDetail("version", components.get("version").asString())
                .withDetail("edition", components.get("edition").asString());
    }
}
