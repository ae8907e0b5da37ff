package fr.ror.nomenclator.governance.operation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.terminology.ResourceKind;
import java.util.List;

/**
 * Adds a compose rule ({@code include} or {@code exclude}, as FHIR writes it: a system with
 * filters, or imported value sets) to a value set.
 */
public record AddValueSetRule(String valueSet, String mode, ObjectNode rule) implements Operation {

    @Override
    public String summary() {
        return "add-value-set-rule " + valueSet + " " + mode + " " + ValueSetRules.describe(rule);
    }

    @Override
    public List<Touch> touches(Keys keys) {
        return List.of(Touch.resource(ResourceKind.VALUE_SET, keys.key(ResourceKind.VALUE_SET, valueSet)));
    }

    @Override
    public void applyTo(Workspace workspace, Problems problems) {
        Checks.valueSet(workspace, valueSet, problems).ifPresent(vs -> {
            if (ValueSetRules.check(mode, rule, problems)) {
                if (vs.hasRule(mode, rule)) {
                    problems.add("the value set already has this " + mode + " rule");
                } else {
                    vs.addRule(mode, rule);
                }
            }
        });
    }
}
