package fr.ror.nomenclator.terminology;

/**
 * One designation of a concept; every part but the value may be null.
 *
 * @param useSystem  system of the {@code use} coding
 * @param useCode    code of the {@code use} coding (NOS: {@code LibelleCourt}, {@code LibelleAdapte}…)
 * @param useDisplay display of the {@code use} coding
 * @param source     the canonical of the supplement that brought it, or null
 */
public record Designation(String language, String useSystem, String useCode, String useDisplay, String value,
                          String source) {

    public Designation(String language, String useSystem, String useCode, String useDisplay, String value) {
        this(language, useSystem, useCode, useDisplay, value, null);
    }

    public boolean hasUse() {
        return useSystem != null || useCode != null || useDisplay != null;
    }
}
