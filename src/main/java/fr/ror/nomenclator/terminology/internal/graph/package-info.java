/**
 * How the terminology module reaches Neo4j: an embedded DBMS or an external server, one
 * {@link org.neo4j.driver.Driver} for both, schema migrations before first use, a warm-up before
 * readiness and a {@code neo4j} health indicator. The Cypher of the aggregates lives in the
 * store, not here.
 */
package fr.ror.nomenclator.terminology.internal.graph;
