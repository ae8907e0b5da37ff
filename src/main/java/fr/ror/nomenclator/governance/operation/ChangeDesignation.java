package fr.ror.nomenclator.governance.operation;

import java.util.List;

/** Sets the designation of one use (and language) of a concept: NOS {@code LibelleCourt}, SNOMED FSN… */
public record ChangeDesignation(String system, String code, String use, String useSystem, String language,
                                String value) implements Operation {

    @Override
    public String summary() {
        return "change-designation " + system + " " + code + " " + use + " → '" + value + "'";
    }

    @Override
    public List<Touch> touches(Keys keys) {
        return ConceptChange.touches(keys, system, code);
    }

    @Override
    public void applyTo(Workspace workspace, Problems problems) {
        Checks.codeSystem(workspace, system, problems).ifPresent(cs -> {
            boolean ok = Checks.exists(cs, code, problems);
            if (Checks.blank(use)) {
                problems.add("use is required (the designation's use code, e.g. LibelleCourt)");
                ok = false;
            }
            if (Checks.blank(value)) {
                problems.add("value must not be empty");
                ok = false;
            }
            if (ok) {
                cs.setDesignation(code, new DesignationValue(use, useSystem, language, value), workspace.now());
            }
        });
    }
}
