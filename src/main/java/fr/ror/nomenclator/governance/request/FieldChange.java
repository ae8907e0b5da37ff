package fr.ror.nomenclator.governance.request;

/** What an edit or transition changed: one field, its old and its new value (null when absent). */
public record FieldChange(String field, String oldValue, String newValue) {
}
