package fr.ror.nomenclator.terminology;

import java.util.List;
import org.neo4j.driver.TransactionContext;

/**
 * Writes another module makes in a publication's transaction, with its own Cypher (parameters
 * only): a release is atomic only if the versions, the release's state and its outgoing events
 * commit together, and one Neo4j transaction is how.
 */
@FunctionalInterface
public interface PublicationWork {

    void run(TransactionContext tx, List<PublishedVersion> versions);
}
