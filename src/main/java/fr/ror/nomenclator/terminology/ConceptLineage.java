package fr.ror.nomenclator.terminology;

import java.util.List;

/** The lineage between concepts kept in the graph ({@code REPLACED_BY}, {@code SPLIT_INTO}, {@code MERGED_INTO}). */
public interface ConceptLineage {

    /** Records the links in one transaction; recording a link of the same change request again updates it. */
    void record(List<LineageLink> links);

    /** The links that start at a concept. */
    List<LineageLink> from(ConceptKey concept);

    /** Every link that starts at a concept of one nomenclature (by its key), in one read. */
    List<LineageLink> fromNomenclature(String nomenclature);
}
