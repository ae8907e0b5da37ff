package fr.ror.nomenclator.terminology;

import java.util.List;
import java.util.Optional;

/**
 * The nomenclatures Nomenclator knows by name, with their URL aliases, and the rule that ties
 * the two NOS URL styles together.
 */
public interface NomenclatureCatalogue {

    List<Nomenclature> nomenclatures();

    Optional<Nomenclature> byUrl(String url);

    /**
     * The key grouping all versions of one nomenclature. Catalogue URLs and aliases map to the
     * entry's NOS id; other NOS URLs ({@code https://mos.esante.gouv.fr/NOS/X} and
     * {@code https://mos.esante.gouv.fr/NOS/X/FHIR/...}) map to {@code X}; any other URL is its own key.
     */
    String canonicalKey(String url);
}
