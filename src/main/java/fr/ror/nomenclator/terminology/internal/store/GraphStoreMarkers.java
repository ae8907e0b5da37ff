package fr.ror.nomenclator.terminology.internal.store;

import fr.ror.nomenclator.terminology.StoreMarkers;
import fr.ror.nomenclator.terminology.internal.graph.GraphStoreProperties;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.springframework.stereotype.Repository;

@Repository
class GraphStoreMarkers implements StoreMarkers {

    private final Driver driver;
    private final SessionConfig sessionConfig;

    GraphStoreMarkers(Driver driver, GraphStoreProperties properties) {
        this.driver = driver;
        this.sessionConfig = SessionConfig.forDatabase(properties.database());
    }

    @Override
    public Optional<String> get(String name) {
        try (Session session = driver.session(sessionConfig)) {
            return session.executeRead(tx -> tx.run("MATCH (m:StoreMarker {name: $name}) RETURN m.value AS value",
                    Map.of("name", name)).list(r -> r.get("value").asString()).stream().findFirst());
        }
    }

    @Override
    public void put(String name, String value) {
        try (Session session = driver.session(sessionConfig)) {
            session.executeWriteWithoutResult(tx -> tx.run(
                    "MERGE (m:StoreMarker {name: $name}) SET m.value = $value, m.updatedAt = datetime()",
                    Map.of("name", name, "value", value)).consume());
        }
    }
}
