package fr.ror.nomenclator.governance.operation;

import java.util.List;
import java.util.Set;

/** Sets one property of a concept; the lifecycle properties have operations of their own. */
public record ChangeProperty(String system, String code, String property, String type, String value)
        implements Operation {

    private static final Set<String> LIFECYCLE = Set.of("dateFin", "status", "inactive", "replacedBy", "parent");
    private static final Set<String> TYPES = Set.of("code", "string", "dateTime", "boolean", "integer", "decimal");

    @Override
    public String summary() {
        return "change-property " + system + " " + code + " " + property + " → '" + value + "'";
    }

    @Override
    public List<Touch> touches(Keys keys) {
        return ConceptChange.touches(keys, system, code);
    }

    @Override
    public void applyTo(Workspace workspace, Problems problems) {
        Checks.codeSystem(workspace, system, problems).ifPresent(cs -> {
            boolean ok = Checks.exists(cs, code, problems);
            if (Checks.blank(property)) {
                problems.add("property is required");
                ok = false;
            } else if (LIFECYCLE.contains(property)) {
                problems.add("property '" + property + "' follows the concept's lifecycle: use retire, deprecate,"
                        + " reactivate or move");
                ok = false;
            }
            if (Checks.blank(value)) {
                problems.add("value must not be empty");
                ok = false;
            }
            if (type != null && !TYPES.contains(type)) {
                problems.add("type must be one of " + TYPES + ", not '" + type + "'");
                ok = false;
            }
            if (ok && ("boolean".equals(type) && !value.matches("true|false")
                    || "integer".equals(type) && !value.matches("-?\\d+"))) {
                problems.add("value '" + value + "' is not a " + type);
                ok = false;
            }
            if (ok) {
                cs.setProperty(code, new PropertyValue(property, type, value), workspace.now());
            }
        });
    }
}
