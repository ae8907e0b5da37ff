package fr.ror.nomenclator.governance.operation;

/** A concept a split or a merge results in: an existing active code, or a new one with its display. */
public record NewConcept(String code, String display) {
}
