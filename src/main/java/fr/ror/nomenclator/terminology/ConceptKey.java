package fr.ror.nomenclator.terminology;

import java.util.Objects;

/**
 * One concept of one nomenclature, as the graph keys it: the nomenclature key (the NOS id where
 * known, see {@link NomenclatureCatalogue#canonicalKey(String)}) and the code.
 */
public record ConceptKey(String nomenclature, String code) {

    public ConceptKey {
        Objects.requireNonNull(nomenclature, "nomenclature");
        Objects.requireNonNull(code, "code");
    }

    @Override
    public String toString() {
        return nomenclature + "|" + code;
    }
}
