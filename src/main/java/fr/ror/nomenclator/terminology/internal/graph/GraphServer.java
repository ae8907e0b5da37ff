package fr.ror.nomenclator.terminology.internal.graph;

import org.neo4j.driver.Driver;

/**
 * The Neo4j the application talks to: one started in this JVM, or one run elsewhere. Either way
 * the rest of the application only sees the {@link Driver} it hands out.
 */
sealed interface GraphServer extends AutoCloseable permits EmbeddedGraphServer, ExternalGraphServer {

    GraphStoreMode mode();

    /** The Bolt URI the driver connects to, fit for logs and error messages (no credentials). */
    String uri();

    /** A new driver; the caller closes it before this server. */
    Driver connect();

    @Override
    void close();
}
