package fr.ror.nomenclator.terminology;

import java.util.Objects;

/** One property of a concept: its code and its typed value. */
public record ConceptProperty(String code, PropertyValue value) {
    public ConceptProperty {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(value, "value");
    }
}
