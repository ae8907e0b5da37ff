package fr.ror.nomenclator.terminology;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * Read side of the store: every version of every nomenclature, searchable by its header, and
 * each version materialised back as FHIR R4 JSON. Answers come from memory; the catalogue is
 * refreshed when an import changes the store.
 */
public interface VersionCatalog {

    /** Every stored version of every kind. */
    List<VersionSummary> versions();

    /** Every stored version of one kind. */
    List<VersionSummary> versions(ResourceKind kind);

    Optional<VersionSummary> find(ResourceKind kind, String id);

    /** Every version of the nomenclature a URL (canonical or alias) names, oldest first. */
    List<VersionSummary> versionsOf(ResourceKind kind, String url);

    /**
     * The version served when none is asked for: the latest published ({@code active}) and
     * effective version (its effective period's start, else its {@code date}, not in the future),
     * by the general version order: a release dated to come into force later is not served before
     * its date, and is from that moment on ({@link #generation()} changes then).
     * Without one, the latest active version; without any, the latest version of any status.
     */
    Optional<VersionSummary> latest(ResourceKind kind, String url);

    /** The version as FHIR R4 JSON, faithful to what was loaded (id and meta aside). A fresh copy. */
    Optional<ObjectNode> resource(ResourceKind kind, String id);

    /** A number that changes whenever the stored versions change: caches of derived answers compare it. */
    long generation();

    /** Node and relationship counts by label and type, for reports and benchmarks. */
    GraphStatistics statistics();
}
