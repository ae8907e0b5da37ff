package fr.ror.nomenclator.governance.operation;

import java.util.List;

public record ChangeDefinition(String system, String code, String definition) implements Operation {

    @Override
    public String summary() {
        return "change-definition " + system + " " + code;
    }

    @Override
    public List<Touch> touches(Keys keys) {
        return ConceptChange.touches(keys, system, code);
    }

    @Override
    public void applyTo(Workspace workspace, Problems problems) {
        Checks.codeSystem(workspace, system, problems).ifPresent(cs -> {
            boolean ok = Checks.exists(cs, code, problems);
            if (Checks.blank(definition)) {
                problems.add("definition must not be empty");
                ok = false;
            }
            if (ok) {
                cs.setDefinition(code, definition, workspace.now());
            }
        });
    }
}
