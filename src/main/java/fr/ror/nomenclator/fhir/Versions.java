package fr.ror.nomenclator.fhir;

import fr.ror.nomenclator.terminology.VersionOrder;
import fr.ror.nomenclator.terminology.VersionSummary;
import java.util.Comparator;

/**
 * Search result order: by the nomenclature's canonical URL, then by version in the general
 * version order of the terminology module.
 */
final class Versions {

    static final Comparator<String> ORDER = VersionOrder.INSTANCE;
    static final Comparator<VersionSummary> SEARCH_ORDER = Comparator
            .comparing(VersionSummary::canonicalUrl, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(VersionSummary::version, ORDER)
            .thenComparing(VersionSummary::id);

    private Versions() {
    }
}
