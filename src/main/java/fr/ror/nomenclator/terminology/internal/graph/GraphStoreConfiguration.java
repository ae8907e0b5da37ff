package fr.ror.nomenclator.terminology.internal.graph;

import org.neo4j.driver.Driver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The graph store's wiring: one Neo4j (embedded or external), one {@link Driver} for the whole
 * application, handed out only once the schema migrations and the warm-up have run.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GraphStoreProperties.class)
class GraphStoreConfiguration {

    /** The graph started early on its own thread (see {@link EarlyGraphStart}), or started now. */
    @Bean
    StartedGraph startedGraph(GraphStoreProperties properties, ObjectProvider<EarlyGraphStart> early) {
        EarlyGraphStart started = early.getIfAvailable();
        return started != null ? started.await() : StartedGraph.start(properties);
    }

    @Bean(destroyMethod = "close")
    GraphServer graphServer(StartedGraph started) {
        return started.server();
    }

    /** Depends on the server, so Spring closes the driver first and the embedded DBMS after it. */
    @Bean(destroyMethod = "close")
    Driver neo4jDriver(StartedGraph started, GraphServer server) {
        return started.driver();
    }

    @Bean
    GraphSessions graphSessions(GraphStoreProperties properties) {
        return new GraphSessions(properties.database());
    }

    @Bean
    GraphStoreHealthIndicator neo4jHealthIndicator(Driver driver, GraphServer server, GraphSessions sessions) {
        return new GraphStoreHealthIndicator(driver, server, sessions);
    }
}
