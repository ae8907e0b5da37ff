package fr.ror.nomenclator.governance.operation;

/**
 * A concept property to set.
 *
 * @param type the FHIR type ({@code code}, {@code string}, {@code dateTime}, {@code boolean},
 *             {@code integer}, {@code decimal}); null takes the type the code system declares
 */
public record PropertyValue(String code, String type, String value) {
}
