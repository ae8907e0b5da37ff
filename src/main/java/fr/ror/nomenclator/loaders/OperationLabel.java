package fr.ror.nomenclator.loaders;

import java.util.Map;
import java.util.Set;

/**
 * One operation a change-request mapping offers: the label working groups write in the operation
 * column, the operation kind it stands for, and the fields it requires, may have, or has fixed.
 * A filled cell of any other field is refused, so that nothing written is silently dropped.
 */
public record OperationLabel(String label, String kind, Set<OperationField> required, Set<OperationField> optional,
                             Map<OperationField, String> fixed) {

    public OperationLabel {
        required = Set.copyOf(required);
        optional = Set.copyOf(optional);
        fixed = Map.copyOf(fixed);
    }

    /** Whether the operation reads the field at all. */
    public boolean uses(OperationField field) {
        return required.contains(field) || optional.contains(field) || fixed.containsKey(field);
    }
}
