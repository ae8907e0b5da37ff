package fr.ror.nomenclator.terminology.internal.store;

import fr.ror.nomenclator.terminology.internal.model.ContentHash;

/**
 * Stable resource ids for versions: {@code <nomenclature>-<version>}, e.g.
 * {@code TRE-R211-ActiviteOperationnelle-20230802150000}, within FHIR's id rules (64 characters,
 * letters, digits, '-' and '.').
 */
final class VersionIds {

    private static final int MAX = 64;

    private VersionIds() {
    }

    static String of(String kind, String key, String version) {
        String base = key.contains("/") ? key.substring(key.replaceAll("/+$", "").lastIndexOf('/') + 1) : key;
        String id = clean(base) + "-" + clean(version);
        if (id.length() > MAX || base.isBlank()) {
            String hash = ContentHash.of(kind, key, version).substring(0, 10);
            id = id.substring(0, Math.min(id.length(), MAX - hash.length() - 1)) + "-" + hash;
        }
        return id;
    }

    /** A second id for the rare case where two nomenclatures clean to the same id. */
    static String disambiguated(String kind, String key, String version) {
        String hash = ContentHash.of(kind, key, version).substring(0, 10);
        String id = of(kind, key, version);
        return id.substring(0, Math.min(id.length(), MAX - hash.length() - 1)) + "-" + hash;
    }

    private static String clean(String text) {
        String cleaned = text.replace('_', '-').replaceAll("[^A-Za-z0-9.\\-]", "-").replaceAll("-{2,}", "-");
        return cleaned.replaceAll("^-|-$", "");
    }
}
