package fr.ror.nomenclator.terminology.internal.graph;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs queries shaped like the store's lookups while the store starts, before any bean uses it
 * and long before readiness: Neo4j plans and compiles each query shape on first use, which would
 * otherwise land on the first users (seconds on a cold JVM). {@code nomenclator.neo4j.warm-up=false}
 * turns it off.
 */
final class GraphWarmUp {

    private static final Logger log = LoggerFactory.getLogger(GraphWarmUp.class);

    private static final List<String> QUERIES = List.of(
            "MATCH (n:Nomenclature {kind: $kind, key: $key}) RETURN n",
            "MATCH (n:Nomenclature) WHERE n.url = $url RETURN n",
            "MATCH (v:Version {id: $id}) RETURN v",
            "MATCH (v:Version) WHERE v.url = $url RETURN v.id ORDER BY v.id",
            "MATCH (n:Nomenclature)-[:HAS_VERSION]->(v:Version) RETURN v, n.key AS key, n.url AS nomenclatureUrl",
            "MATCH (c:Concept {nomenclature: $key, code: $code}) RETURN c",
            "MATCH (r:ConceptRevision {hash: $hash}) RETURN r",
            "MATCH (r:ComposeRule {hash: $hash}) RETURN r",
            "MATCH (g:MapGroup {hash: $hash}) RETURN g",
            "MATCH (m:StoreMarker {name: $key}) RETURN m.value AS value",
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

    void run() {
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
