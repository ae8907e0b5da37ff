package fr.ror.nomenclator.terminology.internal.graph;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Runs queries shaped like the store's lookups once every bean exists, before the web server
 * starts and long before readiness: Neo4j plans and compiles each query shape on first use, which
 * would otherwise land on the first users (seconds on a cold JVM).
 */
final class GraphWarmUp implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(GraphWarmUp.class);

    private static final List<String> QUERIES = List.of(
            "MATCH (n:Nomenclature {kind: $kind, key: $key}) RETURN n",
            "MATCH (n:Nomenclature) WHERE n.url = $url RETURN n",
            "MATCH (v:Version {id: $id}) RETURN v",
            "MATCH (v:Version) WHERE v.url = $url RETURN v.id ORDER BY v.id",
            "MATCH (c:Concept {nomenclature: $key, code: $code}) RETURN c",
            "MATCH (r:ConceptRevision {hash: $hash}) RETURN r",
            "MATCH (r:ComposeRule {hash: $hash}) RETURN r",
            "MATCH (g:MapGroup {hash: $hash}) RETURN g",
            "MATCH (n) RETURN count(n) AS nodes",
            "MATCH ()-[r]->() RETURN count(r) AS relationships");

    private static final Map<String, Object> PARAMETERS = Map.of(
            "kind", "CodeSystem", "key", "warm-up", "url", "urn:warm-up", "id", "warm-up",
            "code", "warm-up", "hash", "warm-up");

    private final Driver driver;
    private final GraphSessions sessions;

    GraphWarmUp(Driver driver, GraphSessions sessions) {
        this.driver = driver;
        this.sessions = sessions;
    }

    @Override
    public void afterSingletonsInstantiated() {
        long started = System.nanoTime();
        try (Session session = driver.session(sessions.read())) {
            for (String query : QUERIES) {
                session.executeRead(tx -> tx.run(query, PARAMETERS).consume());
            }
        }
        log.info("Graph warm-up: {} queries in {} ms", QUERIES.size(),
                Duration.ofNanos(System.nanoTime() - started).toMillis());
    }
}
