package fr.ror.nomenclator.terminology;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Stores resource versions in the graph. Each call is one transaction: either the whole
 * version is stored or nothing of it is.
 */
public interface ContentImport {

    /**
     * Stores one CodeSystem, ValueSet or ConceptMap given as FHIR R4 JSON.
     *
     * @param source   where the resource comes from, used in outcomes and error messages
     * @param resource the FHIR R4 JSON of the resource (not a Bundle)
     * @return what was done; loading identical content twice answers {@code UNCHANGED}
     * @throws InvalidContentException  if the content can never be stored (duplicate codes, no url…)
     * @throws VersionConflictException if the version exists, is not a draft and has other content
     */
    ImportOutcome importResource(String source, ObjectNode resource);
}
