package fr.ror.nomenclator.terminology.internal.serving;

/** A property a code system declares ({@code CodeSystem.property}). */
record PropertyDefinition(String code, String uri, String type) {

    static final String CONCEPT_PROPERTIES = "http://hl7.org/fhir/concept-properties#";
}
