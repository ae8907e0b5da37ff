package fr.ror.nomenclator.terminology;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Compares two versions of one nomenclature (materialised from the graph, or given as FHIR R4
 * JSON) into a {@link Changelog}. A concept is <em>retired</em> in a version when it states a
 * {@code dateFin} (the NOS way, whether that date has come or is scheduled), a {@code retired}
 * status or {@code inactive = true}.
 */
public interface VersionDiff {

    /**
     * @param url any URL or alias of the nomenclature
     * @throws UnknownResourceException {@code TE401} unknown nomenclature, {@code TE402} unknown version
     */
    Changelog between(ResourceKind kind, String url, String fromVersion, String toVersion);

    /** Compares two resources of one kind as given, e.g. a stored version and content not stored yet. */
    Changelog compare(ResourceKind kind, ObjectNode from, ObjectNode to);
}
