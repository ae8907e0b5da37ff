package fr.ror.nomenclator.terminology.internal.graph;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;

/** A server or cluster run by someone else; {@code neo4j://} URIs route writes to the leader. */
record ExternalGraphServer(String uri, String username, String password) implements GraphServer {

    static ExternalGraphServer of(GraphStoreProperties properties) {
        return new ExternalGraphServer(properties.uri(), properties.username(), properties.password());
    }

    @Override
    public GraphStoreMode mode() {
        return GraphStoreMode.EXTERNAL;
    }

    @Override
    public Driver connect() {
        return GraphDatabase.driver(uri, authToken(), Config.builder().withLogging(Logging.slf4j()).build());
    }

    private AuthToken authToken() {
        return username == null || username.isBlank() ? AuthTokens.none() : AuthTokens.basic(username, password);
    }

    /** Nothing to stop: the server outlives us. */
    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return "ExternalGraphServer[uri=" + uri + ", username=" + username + "]";
    }
}
