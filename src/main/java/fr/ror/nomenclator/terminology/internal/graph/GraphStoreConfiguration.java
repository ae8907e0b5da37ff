package fr.ror.nomenclator.terminology.internal.graph;

import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The graph store's wiring: one Neo4j (embedded or external), one {@link Driver} for the whole
 * application, handed out only once the schema migrations have run.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GraphStoreProperties.class)
class GraphStoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(GraphStoreConfiguration.class);

    @Bean(destroyMethod = "close")
    GraphServer graphServer(GraphStoreProperties properties) {
        return switch (properties.mode()) {
            case EMBEDDED -> EmbeddedGraphServer.start(properties);
            case EXTERNAL -> ExternalGraphServer.of(properties);
        };
    }

    /** Depends on the server, so Spring closes the driver first and the embedded DBMS after it. */
    @Bean(destroyMethod = "close")
    Driver neo4jDriver(GraphServer server, GraphStoreProperties properties) {
        Driver driver = server.connect();
        try {
            verifyConnectivity(driver, server, properties);
            GraphMigrations.apply(driver, properties.database());
            return driver;
        } catch (RuntimeException e) {
            driver.close();
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

    @Bean
    GraphSessions graphSessions(GraphStoreProperties properties) {
        return new GraphSessions(properties.database());
    }

    @Bean
    GraphStoreHealthIndicator neo4jHealthIndicator(Driver driver, GraphServer server, GraphSessions sessions) {
        return new GraphStoreHealthIndicator(driver, server, sessions);
    }

    @Bean
    @ConditionalOnProperty(name = "nomenclator.neo4j.warm-up", havingValue = "true", matchIfMissing = true)
    GraphWarmUp graphWarmUp(Driver driver, GraphSessions sessions) {
        return new GraphWarmUp(driver, sessions);
    }
}
