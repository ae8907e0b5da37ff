package fr.ror.nomenclator.terminology.internal.graph;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.SessionConfig;

/**
 * Session and query settings bound to the terminology database, so that no caller forgets the
 * database name (without it the driver asks the server for its home database on every session).
 */
public final class GraphSessions {

    private final String database;

    public GraphSessions(String database) {
        this.database = database;
    }

    public String database() {
        return database;
    }

    /** For sessions that write; in a cluster they go to the leader. */
    public SessionConfig write() {
        return SessionConfig.builder().withDatabase(database).withDefaultAccessMode(AccessMode.WRITE).build();
    }

    /** For sessions that only read; in a cluster any member may answer. */
    public SessionConfig read() {
        return SessionConfig.builder().withDatabase(database).withDefaultAccessMode(AccessMode.READ).build();
    }

    /** For {@code driver.executableQuery(…)} that writes. */
    public QueryConfig writeQuery() {
        return QueryConfig.builder().withDatabase(database).withRouting(RoutingControl.WRITE).build();
    }

    /** For {@code driver.executableQuery(…)} that only reads. */
    public QueryConfig readQuery() {
        return QueryConfig.builder().withDatabase(database).withRouting(RoutingControl.READ).build();
    }
}
