package fr.ror.nomenclator.governance.operation;

import fr.ror.nomenclator.terminology.ResourceKind;
import java.util.ArrayList;
import java.util.List;

/** What operations on one existing concept touch: the code system, the concept, its replacements. */
final class ConceptChange {

    private ConceptChange() {
    }

    static List<Touch> touches(Keys keys, String system, String code, List<String> replacements) {
        String key = keys.key(ResourceKind.CODE_SYSTEM, system);
        List<Touch> touches = new ArrayList<>();
        touches.add(Touch.resource(ResourceKind.CODE_SYSTEM, key));
        touches.add(Touch.concept(ResourceKind.CODE_SYSTEM, key, key, code, Touch.Role.SUBJECT));
        replacements.forEach(r -> touches.add(Touch.concept(ResourceKind.CODE_SYSTEM, key, key, r,
                Touch.Role.REPLACEMENT)));
        return touches;
    }

    static List<Touch> touches(Keys keys, String system, String code) {
        return touches(keys, system, code, List.of());
    }
}
