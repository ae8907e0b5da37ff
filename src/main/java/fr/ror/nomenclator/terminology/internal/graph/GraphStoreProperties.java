package fr.ror.nomenclator.terminology.internal.graph;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where the graph lives and how to reach it ({@code nomenclator.neo4j.*}).
 *
 * @param uri             Bolt URI of an external server or cluster ({@code neo4j://…} routes);
 *                        empty runs an embedded DBMS in this JVM
 * @param username        user for an external server (ignored when embedded)
 * @param password        password for an external server (ignored when embedded)
 * @param database        database that holds the terminology graph
 * @param dataDir         home of the embedded DBMS (stores, transaction logs, {@code logs/})
 * @param pageCache       page cache of the embedded DBMS
 * @param boltAddress     where the embedded DBMS listens for Bolt; port 0 picks a free port
 * @param txLogRetention  transaction logs the embedded DBMS keeps ({@code db.tx_log.rotation.retention_policy})
 * @param warmUp          run representative queries at start so the first requests do not pay for planning
 */
@ConfigurationProperties("nomenclator.neo4j")
public record GraphStoreProperties(
        @DefaultValue("") String uri,
        @DefaultValue("neo4j") String username,
        @DefaultValue("") String password,
        @DefaultValue("neo4j") String database,
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("128MB") DataSize pageCache,
        @DefaultValue("localhost:0") String boltAddress,
        @DefaultValue("1 files") String txLogRetention,
        @DefaultValue("true") boolean warmUp) {

    public GraphStoreProperties {
        uri = uri == null ? "" : uri.strip();
        password = password == null ? "" : password;
    }

    /** Embedded unless a URI names an external server. */
    public GraphStoreMode mode() {
        return uri.isEmpty() ? GraphStoreMode.EMBEDDED : GraphStoreMode.EXTERNAL;
    }
}
