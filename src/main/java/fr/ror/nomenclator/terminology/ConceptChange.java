package fr.ror.nomenclator.terminology;

import java.util.List;

/**
 * One entry that differs between two versions.
 *
 * @param system        CodeSystem: null; ValueSet: the member's system; ConceptMap: {@code source → target}
 * @param code          the code (ConceptMap: {@code source code → target code})
 * @param displayBefore the display in the older version, or null
 * @param displayAfter  the display in the newer version, or null
 * @param fields        every part that changed, display included
 */
public record ConceptChange(ChangeKind kind, String system, String code, String displayBefore, String displayAfter,
                            List<FieldChange> fields) {
    public ConceptChange {
        fields = List.copyOf(fields);
    }
}
