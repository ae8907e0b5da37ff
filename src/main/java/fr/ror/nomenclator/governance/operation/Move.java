package fr.ror.nomenclator.governance.operation;

import fr.ror.nomenclator.terminology.ResourceKind;
import java.util.ArrayList;
import java.util.List;

/** Moves a concept under another parent in the hierarchy, or to the top when {@code parent} is null. */
public record Move(String system, String code, String parent, String reason) implements Operation {

    @Override
    public String summary() {
        return "move " + system + " " + code + " under " + (parent == null ? "the top" : parent);
    }

    @Override
    public List<Touch> touches(Keys keys) {
        List<Touch> touches = new ArrayList<>(ConceptChange.touches(keys, system, code));
        if (parent != null) {
            String key = keys.key(ResourceKind.CODE_SYSTEM, system);
            touches.add(Touch.concept(ResourceKind.CODE_SYSTEM, key, key, parent, Touch.Role.PARENT));
        }
        return touches;
    }

    @Override
    public void applyTo(Workspace workspace, Problems problems) {
        Checks.codeSystem(workspace, system, problems).ifPresent(cs -> {
            boolean ok = Checks.reason(reason, problems) & Checks.exists(cs, code, problems);
            if (parent != null) {
                ok &= Checks.active(cs, parent, workspace, problems, "parent");
            }
            if (ok && parent != null && cs.isWithin(parent, code)) {
                problems.add("'" + code + "' cannot move under '" + parent + "', which is itself or below it");
            } else if (ok) {
                cs.move(code, parent, workspace.now());
            }
        });
    }
}
