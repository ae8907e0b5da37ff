package fr.ror.nomenclator.terminology.internal.graph;

import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Neo4j that is up, reachable through its driver, migrated and (optionally) warmed up: the
 * state in which the rest of the application may use the store.
 */
record StartedGraph(GraphServer server, Driver driver) {

    private static final Logger log = LoggerFactory.getLogger(StartedGraph.class);

    /** Starts (or reaches) the configured Neo4j and brings it to that state; cleans up on failure. */
    static StartedGraph start(GraphStoreProperties properties) {
        GraphServer server = switch (properties.mode()) {
            case EMBEDDED -> EmbeddedGraphServer.start(properties);
            case EXTERNAL -> ExternalGraphServer.of(properties);
        };
        Driver driver = null;
        try {
            driver = server.connect();
            verifyConnectivity(driver, server, properties);
            GraphMigrations.apply(driver, properties.database());
            if (properties.warmUp()) {
                new GraphWarmUp(driver, new GraphSessions(properties.database())).run();
            }
            return new StartedGraph(server, driver);
        } catch (RuntimeException e) {
            if (driver != null) {
                driver.close();
            }
            server.close();
            throw e;
        }
    }

    private static void verifyConnectivity(Driver driver, GraphServer server, GraphStoreProperties properties) {
        try {
            driver.verifyConnectivity();
        } catch (Neo4jException e) {
            String as = server.mode() == GraphStoreMode.EXTERNAL ? " as user '" + properties.username() + "'" : "";
            throw new GraphStoreUnavailableException(
                    "Cannot connect to Neo4j at " + server.uri() + as + ": " + e.getMessage(), e);
        }
        log.info("Connected to {} Neo4j at {}, database '{}'",
                server.mode().name().toLowerCase(), server.uri(), properties.database());
    }
}
