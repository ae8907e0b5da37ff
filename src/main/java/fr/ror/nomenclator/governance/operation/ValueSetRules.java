package fr.ror.nomenclator.governance.operation;

import com.fasterxml.jackson.databind.node.ObjectNode;

final class ValueSetRules {

    private ValueSetRules() {
    }

    static boolean check(String mode, ObjectNode rule, Problems problems) {
        boolean ok = true;
        if (!"include".equals(mode) && !"exclude".equals(mode)) {
            problems.add("mode must be include or exclude, not '" + mode + "'");
            ok = false;
        }
        if (rule == null || !rule.hasNonNull("system") && !rule.has("valueSet")) {
            problems.add("rule needs a system or valueSet, as in FHIR compose.include");
            ok = false;
        }
        return ok;
    }

    static String describe(ObjectNode rule) {
        if (rule == null) {
            return "(no rule)";
        }
        return rule.hasNonNull("system") ? rule.get("system").asText() : rule.path("valueSet").toString();
    }
}
