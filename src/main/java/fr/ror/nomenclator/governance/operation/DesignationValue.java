package fr.ror.nomenclator.governance.operation;

/**
 * A designation to set: the {@code use} code (NOS {@code LibelleCourt}, SNOMED
 * {@code 900000000000013009}…), optionally its system and language, and the text.
 */
public record DesignationValue(String use, String useSystem, String language, String value) {
}
