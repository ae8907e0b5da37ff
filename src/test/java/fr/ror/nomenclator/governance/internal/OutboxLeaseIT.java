package fr.ror.nomenclator.governance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ror.nomenclator.support.TestGraphStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.logging.NullLogProvider;

/**
 * The outbox's claims on a real embedded Neo4j: a claim holds deliveries for its lease against any
 * other dispatcher, and a dispatcher that died holding one (a crash after the commit of a
 * publication) does not lose them: once the lease has passed, the next one sends them.
 */
class OutboxLeaseIT {

    private static DatabaseManagementService dbms;
    private static Driver driver;
    private static OutboxRepository outbox;

    @BeforeAll
    static void graph() {
        var home = TestGraphStore.newDataDir("outbox");
        dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(Map.of(BoltConnector.enabled, true,
                        BoltConnector.listen_address, new SocketAddress("localhost", 0),
                        BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED,
                        HttpConnector.enabled, false,
                        GraphDatabaseSettings.auth_enabled, false,
                        GraphDatabaseSettings.pagecache_memory, 16L * 1024 * 1024,
                        GraphDatabaseSettings.logs_directory, home.resolve("logs")))
                .setUserLogProvider(NullLogProvider.getInstance())
                .build();
        var bolt = ((GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)).getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class).getLocalAddress(ConnectorType.BOLT);
        driver = GraphDatabase.driver("bolt://localhost:" + bolt.getPort(), AuthTokens.none(),
                Config.builder().withoutEncryption().build());
        outbox = new OutboxRepository(driver, "neo4j");
    }

    @AfterAll
    static void close() {
        driver.close();
        dbms.shutdown();
    }

    @Test
    void aClaimHoldsForItsLeaseAndADeadClaimersDeliveriesAreSentOnceItHasPassed() {
        Instant t0 = Instant.parse("2026-12-01T10:00:00Z");
        outbox.register("hook-1", "http://localhost:1/hook", null, List.of(), "nos-admin", t0);
        try (Session session = driver.session()) {
            session.executeWrite(tx -> {
                outbox.enqueue(tx, "evt-1", "release.published", "r-1", "{}", t0);
                return null;
            });
        }
        Duration lease = Duration.ofSeconds(3);

        // The first dispatcher claims the delivery, then dies before sending it.
        List<OutboxRepository.Due> first = outbox.claim("dead-instance", t0.plusSeconds(1), lease, 20);
        assertThat(first).extracting(OutboxRepository.Due::deliveryId).containsExactly("evt-1/hook-1");

        // While the lease runs, nobody else sends it.
        assertThat(outbox.claim("restarted-instance", t0.plusSeconds(3), lease, 20)).isEmpty();

        // Once it has passed, the restarted instance takes it, with the same event id.
        List<OutboxRepository.Due> again = outbox.claim("restarted-instance", t0.plusSeconds(5), lease, 20);
        assertThat(again).extracting(OutboxRepository.Due::eventId).containsExactly("evt-1");
        assertThat(again.get(0).attempts()).isZero();

        // Delivered, it is never claimed again.
        outbox.delivered(again.get(0).deliveryId(), 204, t0.plusSeconds(5));
        assertThat(outbox.claim("third-instance", t0.plusSeconds(60), lease, 20)).isEmpty();
        assertThat(outbox.deliveries("hook-1")).singleElement()
                .satisfies(d -> assertThat(d.status()).isEqualTo("delivered"));
    }
}
