package fr.ror.nomenclator.loaders.nos;

import fr.ror.nomenclator.terminology.ResourceKind;
import java.util.Arrays;
import java.util.Optional;

/** The {@code typeFichier} of a NOS file: what kind of nomenclature it distributes. */
public enum NosType {
    TRE(ResourceKind.CODE_SYSTEM),
    JDV(ResourceKind.VALUE_SET),
    ASS(ResourceKind.CONCEPT_MAP);

    private final ResourceKind kind;

    NosType(ResourceKind kind) {
        this.kind = kind;
    }

    public ResourceKind kind() {
        return kind;
    }

    public static Optional<NosType> of(String typeFichier) {
        return Arrays.stream(values()).filter(t -> t.name().equals(typeFichier)).findFirst();
    }

    public static NosType of(ResourceKind kind) {
        return Arrays.stream(values()).filter(t -> t.kind == kind).findFirst().orElseThrow();
    }
}
