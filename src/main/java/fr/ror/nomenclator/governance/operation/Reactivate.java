package fr.ror.nomenclator.governance.operation;

import java.util.List;

/** Makes a retired or deprecated concept valid again, for a reason. */
public record Reactivate(String system, String code, String reason) implements Operation {

    @Override
    public String summary() {
        return "reactivate " + system + " " + code;
    }

    @Override
    public List<Touch> touches(Keys keys) {
        return ConceptChange.touches(keys, system, code);
    }

    @Override
    public void applyTo(Workspace workspace, Problems problems) {
        Checks.codeSystem(workspace, system, problems).ifPresent(cs -> {
            boolean ok = Checks.reason(reason, problems) & Checks.exists(cs, code, problems);
            if (ok && cs.isActive(code, workspace.now())) {
                problems.add("'" + code + "' of " + cs.key() + " is active: there is nothing to reactivate");
            } else if (ok) {
                cs.reactivate(code, workspace.now());
            }
        });
    }
}
