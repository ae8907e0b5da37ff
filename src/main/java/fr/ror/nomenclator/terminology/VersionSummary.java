package fr.ror.nomenclator.terminology;

import java.util.List;

/**
 * The searchable header of one business version of a code system, value set or concept map.
 *
 * @param id            stable resource id of this version (unique across all versions of all kinds)
 * @param canonicalKey  key of the nomenclature this version belongs to (the NOS id where known,
 *                      e.g. {@code TRE_R211-ActiviteOperationnelle}); both URL styles share it
 * @param canonicalUrl  the nomenclature's preferred canonical URL
 * @param url           the URL this version was published with (may be an alias)
 * @param date          the resource's {@code date} as written, or null
 * @param identifiers   the resource identifiers as {@code system|value} (system may be empty)
 * @param contentHash   hash of the stored content, equal for equal content
 * @param effectiveFrom when the version comes into force, as the resource states it (the start of
 *                      its {@code resource-effectivePeriod} extension), or null: then its {@code date}
 */
public record VersionSummary(String id, ResourceKind kind, String canonicalKey, String canonicalUrl, String url,
                             String version, String name, String title, String status, String publisher,
                             String date, List<String> identifiers, String contentHash, String effectiveFrom) {

    /** A version that states no effective period: it is in force from its {@code date}. */
    public VersionSummary(String id, ResourceKind kind, String canonicalKey, String canonicalUrl, String url,
                          String version, String name, String title, String status, String publisher, String date,
                          List<String> identifiers, String contentHash) {
        this(id, kind, canonicalKey, canonicalUrl, url, version, name, title, status, publisher, date, identifiers,
                contentHash, null);
    }

    /**
     * The effective start the version states, else its date (may be null). The served version is
     * decided on the later of the two (a NOS file's effective period starts with the nomenclature).
     */
    public String inForceFrom() {
        return effectiveFrom != null ? effectiveFrom : date;
    }
}
