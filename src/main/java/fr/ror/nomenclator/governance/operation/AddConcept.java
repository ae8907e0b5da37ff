package fr.ror.nomenclator.governance.operation;

import fr.ror.nomenclator.terminology.ResourceKind;
import java.util.ArrayList;
import java.util.List;

/** Adds a concept to a code system, at the top or under a parent. */
public record AddConcept(String system, String code, String display, String definition, String parent,
                         List<DesignationValue> designations, List<PropertyValue> properties) implements Operation {

    public AddConcept {
        designations = designations == null ? List.of() : List.copyOf(designations);
        properties = properties == null ? List.of() : List.copyOf(properties);
    }

    @Override
    public String summary() {
        return "add-concept " + system + " " + code + " '" + display + "'" + (parent == null ? "" : " under " + parent);
    }

    @Override
    public List<Touch> touches(Keys keys) {
        String key = keys.key(ResourceKind.CODE_SYSTEM, system);
        List<Touch> touches = new ArrayList<>(List.of(Touch.resource(ResourceKind.CODE_SYSTEM, key),
                Touch.concept(ResourceKind.CODE_SYSTEM, key, key, code, Touch.Role.SUBJECT)));
        if (parent != null) {
            touches.add(Touch.concept(ResourceKind.CODE_SYSTEM, key, key, parent, Touch.Role.PARENT));
        }
        return touches;
    }

    @Override
    public void applyTo(Workspace workspace, Problems problems) {
        Checks.codeSystem(workspace, system, problems).ifPresent(cs -> {
            boolean ok = Checks.display(display, problems);
            if (Checks.blank(code)) {
                problems.add("code is required");
                ok = false;
            } else if (cs.has(code)) {
                problems.add("code '" + code + "' already exists in " + cs.key() + ": codes are unique");
                ok = false;
            }
            if (parent != null) {
                ok &= Checks.active(cs, parent, workspace, problems, "parent");
            }
            for (DesignationValue d : designations) {
                if (Checks.blank(d.use()) || Checks.blank(d.value())) {
                    problems.add("each designation needs a use and a non-empty value");
                    ok = false;
                }
            }
            if (ok) {
                cs.add(code, display, definition, parent, designations, properties, workspace.now());
            }
        });
    }
}
