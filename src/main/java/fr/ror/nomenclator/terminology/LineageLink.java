package fr.ror.nomenclator.terminology;

import java.util.Objects;

/**
 * A link of lineage between two concepts (DESIGN.md §3): {@code from} was replaced by, split into
 * or merged into {@code to}, in a version, for a reason, by a change request.
 *
 * @param version       the version of {@code from}'s nomenclature where the link takes effect
 * @param changeRequest the id of the governance change request that decided it, or null
 */
public record LineageLink(ConceptKey from, Kind kind, ConceptKey to, String version, String reason,
                          String changeRequest) {

    public LineageLink {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(to, "to");
    }

    /** The relationship types of lineage in the graph. */
    public enum Kind {
        REPLACED_BY, SPLIT_INTO, MERGED_INTO
    }
}
