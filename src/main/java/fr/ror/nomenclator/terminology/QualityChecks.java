package fr.ror.nomenclator.terminology;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The quality loop ("boucle qualité"): named rules, each with a severity, run over a release
 * candidate before publication and on demand over any stored content. A finding of severity
 * {@link QualitySeverity#ERROR} blocks a publication.
 */
public interface QualityChecks {

    /** Every rule, in the order they run. */
    List<QualityRule> rules();

    /**
     * Runs every rule over the versions of the request as if they were in force together: a
     * reference (a value set member's code system, a concept map's source or target, a pinned
     * include) resolves first to a version of the request, then to the version in force.
     *
     * @throws UnknownResourceException a version id of the request is not stored
     */
    QualityReport check(QualityRequest request);

    /**
     * Runs every rule over content that is not stored (FHIR R4 JSON CodeSystem, ValueSet or
     * ConceptMap, e.g. a file about to be loaded), together with the versions of the request, as one
     * release candidate. The store refuses some defects outright (duplicate codes); this is how a
     * file that has them gets a report rather than a refusal. Without resources, {@link
     * #check(QualityRequest)}.
     *
     * @throws UnknownResourceException a version id of the request is not stored
     * @throws InvalidContentException  a resource is not a CodeSystem, ValueSet or ConceptMap, or has no url
     */
    QualityReport check(QualityRequest request, List<ObjectNode> resources);
}
