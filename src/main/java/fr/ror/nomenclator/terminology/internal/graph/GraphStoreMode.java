package fr.ror.nomenclator.terminology.internal.graph;

/** How the application reaches Neo4j; the code above the driver is the same in both modes. */
public enum GraphStoreMode {
    /** A DBMS started inside this JVM, reached through Bolt on localhost. */
    EMBEDDED,
    /** A server or cluster run by someone else, reached by URI. */
    EXTERNAL
}
