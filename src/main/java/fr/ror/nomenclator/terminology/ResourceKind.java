package fr.ror.nomenclator.terminology;

import java.util.Arrays;
import java.util.Optional;

/** The three kinds of terminology resource the NOS publish (TRE, JDV, ASS). */
public enum ResourceKind {
    CODE_SYSTEM("CodeSystem", "TRE"),
    VALUE_SET("ValueSet", "JDV"),
    CONCEPT_MAP("ConceptMap", "ASS");

    private final String fhirType;
    private final String nosFamily;

    ResourceKind(String fhirType, String nosFamily) {
        this.fhirType = fhirType;
        this.nosFamily = nosFamily;
    }

    /** The FHIR resource type name, also the graph label of the canonical node. */
    public String fhirType() {
        return fhirType;
    }

    public String nosFamily() {
        return nosFamily;
    }

    public static Optional<ResourceKind> ofFhirType(String type) {
        return Arrays.stream(values()).filter(k -> k.fhirType.equals(type)).findFirst();
    }
}
