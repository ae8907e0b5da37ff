package fr.ror.nomenclator.terminology;

/**
 * One part of an entry that differs between two versions.
 *
 * @param field  what: {@code display}, {@code definition}, {@code designation LibelleCourt},
 *               {@code property dateFin}, {@code parents}, {@code equivalence}…
 * @param before its value in the older version, or null when it had none
 * @param after  its value in the newer version, or null when it has none
 */
public record FieldChange(String field, String before, String after) {
}
