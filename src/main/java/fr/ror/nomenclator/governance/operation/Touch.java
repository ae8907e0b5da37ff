package fr.ror.nomenclator.governance.operation;

import fr.ror.nomenclator.terminology.ConceptKey;
import fr.ror.nomenclator.terminology.ResourceKind;

/**
 * What an operation touches: a nomenclature, and in it a concept (or none, for a change to the
 * resource itself). Stored as {@code (:Operation)-[:TOUCHES {role}]->(:Concept)} and
 * {@code (:Operation)-[:CHANGES]->(:Nomenclature)}.
 *
 * @param kind         the kind of the resource changed
 * @param nomenclature the key of the resource changed
 * @param concept      the concept touched, or null
 */
public record Touch(ResourceKind kind, String nomenclature, ConceptKey concept, Role role) {

    /** How the operation relates to the concept. */
    public enum Role {
        /** The concept the operation changes, retires, adds, removes or maps. */
        SUBJECT,
        /** A concept named as the replacement or the result of a split or merge. */
        REPLACEMENT,
        /** The new parent of a moved or added concept. */
        PARENT
    }

    static Touch resource(ResourceKind kind, String nomenclature) {
        return new Touch(kind, nomenclature, null, Role.SUBJECT);
    }

    static Touch concept(ResourceKind kind, String nomenclature, String system, String code, Role role) {
        if (system == null || system.isBlank() || code == null || code.isBlank()) {
            return resource(kind, nomenclature);
        }
        return new Touch(kind, nomenclature, new ConceptKey(system, code), role);
    }
}
