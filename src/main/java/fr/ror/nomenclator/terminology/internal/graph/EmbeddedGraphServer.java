package fr.ror.nomenclator.terminology.internal.graph;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.logging.NullLogProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Neo4j DBMS inside this JVM, with its home under {@code nomenclator.neo4j.data-dir}. It listens
 * for Bolt on localhost only and without authentication: nothing outside this machine can reach
 * it, and the application talks to it exactly as it would to an external server.
 */
final class EmbeddedGraphServer implements GraphServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedGraphServer.class);

    private final Path home;
    private final DatabaseManagementService dbms;
    private final String uri;

    private EmbeddedGraphServer(Path home, DatabaseManagementService dbms, String uri) {
        this.home = home;
        this.dbms = dbms;
        this.uri = uri;
    }

    static EmbeddedGraphServer start(GraphStoreProperties properties) {
        Path home = properties.dataDir().toAbsolutePath().normalize();
        long started = System.nanoTime();
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(settings(home, properties))
                // Neo4j's own messages go to logs/debug.log under the home, not to our console.
                .setUserLogProvider(NullLogProvider.getInstance())
                .build();
        try {
            HostnamePort bolt = ((GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME))
                    .getDependencyResolver()
                    .resolveDependency(ConnectorPortRegister.class)
                    .getLocalAddress(ConnectorType.BOLT);
            String uri = "bolt://" + bolt.getHost() + ":" + bolt.getPort();
            log.info("Embedded Neo4j started in {} ms at {} (home {})",
                    Duration.ofNanos(System.nanoTime() - started).toMillis(), uri, home);
            return new EmbeddedGraphServer(home, dbms, uri);
        } catch (RuntimeException e) {
            dbms.shutdown();
            throw e;
        }
    }

    private static Map<Setting<?>, Object> settings(Path home, GraphStoreProperties properties) {
        return Map.ofEntries(
                Map.entry(BoltConnector.enabled, true),
                Map.entry(BoltConnector.listen_address, socketAddress(properties.boltAddress())),
                Map.entry(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED),
                Map.entry(HttpConnector.enabled, false),
                Map.entry(HttpsConnector.enabled, false),
                Map.entry(GraphDatabaseSettings.auth_enabled, false),
                Map.entry(GraphDatabaseSettings.initial_default_database, properties.database()),
                Map.entry(GraphDatabaseSettings.pagecache_memory, properties.pageCache().toBytes()),
                Map.entry(GraphDatabaseSettings.keep_logical_logs, properties.txLogRetention()),
                Map.entry(GraphDatabaseSettings.logical_log_rotation_threshold, 64L * 1024 * 1024),
                Map.entry(GraphDatabaseSettings.preallocate_logical_logs, false),
                Map.entry(GraphDatabaseSettings.logs_directory, home.resolve("logs")),
                Map.entry(GraphDatabaseSettings.udc_enabled, false),
                // Our driver is closed before the DBMS, so Bolt has nothing to wait for; the
                // defaults make every shutdown idle for about 10 s (two 5 s grace periods).
                Map.entry(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500)),
                Map.entry(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500)),
                Map.entry(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0));
    }

    private static SocketAddress socketAddress(String hostAndPort) {
        int colon = hostAndPort.lastIndexOf(':');
        if (colon < 1) {
            throw new IllegalArgumentException(
                    "nomenclator.neo4j.bolt-address must be host:port, not '" + hostAndPort + "'");
        }
        return new SocketAddress(hostAndPort.substring(0, colon), Integer.parseInt(hostAndPort.substring(colon + 1)));
    }

    @Override
    public GraphStoreMode mode() {
        return GraphStoreMode.EMBEDDED;
    }

    @Override
    public String uri() {
        return uri;
    }

    Path home() {
        return home;
    }

    @Override
    public Driver connect() {
        return GraphDatabase.driver(uri, AuthTokens.none(),
                Config.builder().withoutEncryption().withLogging(Logging.slf4j()).build());
    }

    @Override
    public void close() {
        long started = System.nanoTime();
        dbms.shutdown();
        log.info("Embedded Neo4j stopped in {} ms", Duration.ofNanos(System.nanoTime() - started).toMillis());
    }
}
