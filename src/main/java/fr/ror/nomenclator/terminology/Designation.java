package fr.ror.nomenclator.terminology;

/**
 * One designation of a concept; every part but the value may be null.
 *
 * @param useSystem  system of the {@code use} coding
 * @param useCode    code of the {@code use} coding (NOS: {@code LibelleCourt}, {@code LibelleAdapte}…)
 * @param useDisplay display of the {@code use} coding
 */
public record Designation(String language, String useSystem, String useCode, String useDisplay, String value) {

    public boolean hasUse() {
        return useSystem != null || useCode != null || useDisplay != null;
    }
}
