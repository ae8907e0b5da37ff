package fr.ror.nomenclator.terminology;

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
}
