package fr.ror.nomenclator.terminology.internal.graph;

/** Neo4j cannot be reached at start; the message names the URI and, for an external server, the user. */
public class GraphStoreUnavailableException extends IllegalStateException {

    GraphStoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
