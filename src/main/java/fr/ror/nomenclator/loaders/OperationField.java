package fr.ror.nomenclator.loaders;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a cell of a change-request workbook's operation row says, whatever the column is titled:
 * the change-request mapping ({@code loaders/change-request.yaml}) gives each field its column and
 * says which fields each operation uses. Neutral on purpose: the loaders read rows, governance
 * turns them into its typed operations.
 */
public enum OperationField {
    /** The code system changed (NOS id or canonical URL); for a mapping, the source system. */
    NOMENCLATURE,
    /** The concept's code; for a merge, the codes merged; for a mapping, the source code. */
    CODE,
    /** The new display, the display of a new concept, or the value of a designation. */
    DISPLAY,
    DEFINITION,
    /** The parent of an added or moved concept. */
    PARENT,
    /** The replacing code(s) of a retirement or deprecation, the results of a split, the result of a merge. */
    REPLACEMENTS,
    /** The value set (JDV) of a member added or removed. */
    VALUE_SET,
    /** The concept map (ASS) of a mapping added, changed or removed. */
    CONCEPT_MAP,
    TARGET_SYSTEM,
    TARGET_CODE,
    /** The new target code of a mapping changed. */
    NEW_TARGET_CODE,
    /** A FHIR R4 equivalence code ({@code relatedto}, {@code equivalent}…), French labels translated by the mapping. */
    EQUIVALENCE,
    /** The code of the property changed. */
    PROPERTY,
    /** The new value of the property. */
    VALUE,
    /** Why: kept with the concept's lineage. */
    REASON,
    /** The comment of a mapping. */
    COMMENT,
    /** The use of the designation changed ({@code LibelleCourt}…), usually fixed by the operation's label. */
    DESIGNATION_USE;

    /** The mapping's key: {@code valueSet}, {@code targetCode}… */
    public String key() {
        String[] words = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder key = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return key.toString();
    }

    public static Optional<OperationField> of(String key) {
        return Arrays.stream(values()).filter(f -> f.key().equals(key)).findFirst();
    }
}
