package fr.ror.nomenclator.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.logging.NullLogProvider;

/**
 * A Neo4j server in its own JVM, standing in for the external server or cluster of production
 * (there is no Docker here). Usage: {@code StandaloneNeo4j <home> <bolt port> [password of neo4j]};
 * without a password, authentication is off. Prints {@code READY <port>} once Bolt accepts
 * connections and stops when its standard input closes or it is killed.
 */
public final class StandaloneNeo4j {

    private StandaloneNeo4j() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: StandaloneNeo4j <home> <bolt port> [password]");
            System.exit(2);
        }
        Path home = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        String password = args.length > 2 ? args[2] : null;

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(Map.of(
                        BoltConnector.enabled, true,
                        BoltConnector.listen_address, new SocketAddress("localhost", port),
                        BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED,
                        HttpConnector.enabled, false,
                        GraphDatabaseSettings.auth_enabled, password != null,
                        GraphDatabaseSettings.pagecache_memory, 64L * 1024 * 1024,
                        GraphDatabaseSettings.logs_directory, home.resolve("logs"),
                        // Stop in a second rather than ten: the tests close their drivers first.
                        BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500),
                        BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500),
                        GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0))
                .setUserLogProvider(NullLogProvider.getInstance())
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "standalone-neo4j-shutdown"));
        if (password != null) {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        }
        System.out.println("READY " + port);
        System.out.flush();

        InputStream in = System.in;
        while (in.read() != -1) {
            // Only the end of the stream matters: the parent closed it or died.
        }
        System.exit(0);
    }
}
