package fr.ror.nomenclator.terminology;

/** How much a quality finding matters: an error blocks a publication, the others are reported. */
public enum QualitySeverity {
    ERROR, WARNING, INFORMATION
}
