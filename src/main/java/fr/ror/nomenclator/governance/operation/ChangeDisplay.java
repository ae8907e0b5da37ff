package fr.ror.nomenclator.governance.operation;

import fr.ror.nomenclator.terminology.ResourceKind;
import java.util.List;

public record ChangeDisplay(String system, String code, String display) implements Operation {

    @Override
    public String summary() {
        return "change-display " + system + " " + code + " → '" + display + "'";
    }

    @Override
    public List<Touch> touches(Keys keys) {
        return ConceptChange.touches(keys, system, code);
    }

    @Override
    public void applyTo(Workspace workspace, Problems problems) {
        Checks.codeSystem(workspace, system, problems).ifPresent(cs -> {
            if (Checks.exists(cs, code, problems) & Checks.display(display, problems)) {
                if (display.equals(cs.display(code))) {
                    problems.add("'" + code + "' already has the display '" + display + "'");
                } else {
                    cs.setDisplay(code, display, workspace.now());
                }
            }
        });
    }
}
