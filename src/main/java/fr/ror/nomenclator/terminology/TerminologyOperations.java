package fr.ror.nomenclator.terminology;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The FHIR terminology operations, answered from immutable in-memory snapshots of the stored
 * versions and from the resources a request supplies ({@code tx-resource}, never stored). No
 * operation queries the graph.
 *
 * <p>Two rules on a concept's life are kept apart (DESIGN.md §4): NOS validity is temporal (a
 * concept is valid from {@code dateValid} until {@code dateFin}; validated on a {@code date}
 * outside that window, default today, it is invalid and the answer names its replacement when
 * known), while a FHIR status ({@code deprecated}, {@code inactive}) leaves the code valid with a
 * warning, as the HL7 terminology suite expects.
 *
 * @throws OperationException from every method, for requests that cannot be answered as asked
 */
public interface TerminologyOperations {

    /** {@code ValueSet/$expand}: the value set with its expansion, as FHIR R4 JSON. */
    ObjectNode expand(TerminologyRequest request);

    /** {@code ValueSet/$validate-code} ({@link ResourceKind#VALUE_SET}) or {@code CodeSystem/$validate-code}. */
    CodeValidation validateCode(ResourceKind kind, TerminologyRequest request);

    /** {@code CodeSystem/$lookup}. */
    ConceptDetails lookup(TerminologyRequest request);

    /** {@code CodeSystem/$subsumes}: {@code equivalent}, {@code subsumes}, {@code subsumed-by} or {@code not-subsumed}. */
    String subsumes(TerminologyRequest request);

    /** {@code ConceptMap/$translate}: the output {@code Parameters}, as FHIR R4 JSON. */
    ObjectNode translate(TerminologyRequest request);
}
