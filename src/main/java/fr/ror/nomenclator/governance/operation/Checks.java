package fr.ror.nomenclator.governance.operation;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The rules operations share, each reporting a precise problem. */
final class Checks {

    private Checks() {
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static Optional<CodeSystemEdit> codeSystem(Workspace workspace, String reference, Problems problems) {
        if (blank(reference)) {
            problems.add("system is required (a NOS id such as TRE_R211-ActiviteOperationnelle, or a canonical URL)");
            return Optional.empty();
        }
        Optional<CodeSystemEdit> edit = workspace.codeSystem(reference);
        if (edit.isEmpty()) {
            problems.add("no CodeSystem '" + reference + "' is stored");
        }
        return edit;
    }

    static Optional<ValueSetEdit> valueSet(Workspace workspace, String reference, Problems problems) {
        if (blank(reference)) {
            problems.add("valueSet is required");
            return Optional.empty();
        }
        Optional<ValueSetEdit> edit = workspace.valueSet(reference);
        if (edit.isEmpty()) {
            problems.add("no ValueSet '" + reference + "' is stored");
        }
        return edit;
    }

    static Optional<ConceptMapEdit> conceptMap(Workspace workspace, String reference, Problems problems) {
        if (blank(reference)) {
            problems.add("conceptMap is required");
            return Optional.empty();
        }
        Optional<ConceptMapEdit> edit = workspace.conceptMap(reference);
        if (edit.isEmpty()) {
            problems.add("no ConceptMap '" + reference + "' is stored");
        }
        return edit;
    }

    /** The code is given and exists in the code system. */
    static boolean exists(CodeSystemEdit system, String code, Problems problems) {
        if (blank(code)) {
            problems.add("code is required");
            return false;
        }
        if (!system.has(code)) {
            problems.add("code '" + code + "' does not exist in " + system.key());
            return false;
        }
        return true;
    }

    static boolean active(CodeSystemEdit system, String code, Workspace workspace, Problems problems, String what) {
        if (!exists(system, code, problems)) {
            return false;
        }
        if (!system.isActive(code, workspace.now())) {
            problems.add(what + " '" + code + "' of " + system.key() + " is not active (retired or deprecated)");
            return false;
        }
        return true;
    }

    /** Every replacement exists, is active, is not the concept itself and appears once. */
    static boolean replacements(CodeSystemEdit system, String code, List<String> replacements, Workspace workspace,
                                Problems problems) {
        boolean ok = true;
        Set<String> seen = new HashSet<>();
        for (String replacement : replacements) {
            if (code.equals(replacement)) {
                problems.add("'" + code + "' cannot replace itself");
                ok = false;
            } else if (!seen.add(replacement)) {
                problems.add("replacement '" + replacement + "' is named twice");
                ok = false;
            } else {
                ok &= active(system, replacement, workspace, problems, "replacement");
            }
        }
        return ok;
    }

    static boolean reason(String reason, Problems problems) {
        if (blank(reason)) {
            problems.add("reason is required: say why, it is kept with the concept's lineage");
            return false;
        }
        return true;
    }

    static boolean display(String display, Problems problems) {
        if (blank(display)) {
            problems.add("display must not be empty");
            return false;
        }
        return true;
    }

    static List<String> list(List<String> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
