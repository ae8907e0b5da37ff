package fr.ror.nomenclator.terminology.internal.serving;

import java.util.Collection;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One code system version compiled for serving: immutable, built once from the version's FHIR
 * JSON by {@link SnapshotBuilder}, shared by every request on that version.
 *
 * @param versionId   the store's id of the version
 * @param contentHash the hash of the content it was built from, to notice a replaced draft
 * @param name        the title, or the name without one
 * @param concepts    by code, in document order (depth first)
 * @param byLowerCase by code in lower case, filled only when the code system is not case-sensitive
 */
record CodeSystemSnapshot(String versionId, String contentHash, String url, String version, String name,
                          boolean caseSensitive, Map<String, SnapshotConcept> concepts,
                          Map<String, SnapshotConcept> byLowerCase) {

    CodeSystemSnapshot {
        concepts = Collections.unmodifiableMap(concepts);
        byLowerCase = Collections.unmodifiableMap(byLowerCase);
    }

    /** The concept with this code; ignoring case when the code system says it is not case-sensitive. */
    Optional<SnapshotConcept> find(String code) {
        SnapshotConcept exact = concepts.get(code);
        if (exact != null || caseSensitive || code == null) {
            return Optional.ofNullable(exact);
        }
        return Optional.ofNullable(byLowerCase.get(code.toLowerCase(Locale.ROOT)));
    }

    Collection<SnapshotConcept> all() {
        return concepts.values();
    }
}
