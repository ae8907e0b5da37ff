package fr.ror.nomenclator.governance.operation;

import fr.ror.nomenclator.terminology.ConceptKey;
import fr.ror.nomenclator.terminology.LineageLink;
import fr.ror.nomenclator.terminology.ResourceKind;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Retires a concept in favour of several: existing active ones, or new ones added on the way. */
public record Split(String system, String code, List<NewConcept> into, String reason) implements Operation {

    public Split {
        into = into == null ? List.of() : List.copyOf(into);
    }

    @Override
    public String summary() {
        return "split " + system + " " + code + " into " + String.join(", ", codes());
    }

    private List<String> codes() {
        return into.stream().map(NewConcept::code).toList();
    }

    @Override
    public List<Touch> touches(Keys keys) {
        return ConceptChange.touches(keys, system, code, codes());
    }

    @Override
    public void applyTo(Workspace workspace, Problems problems) {
        Checks.codeSystem(workspace, system, problems).ifPresent(cs -> {
            boolean ok = Checks.reason(reason, problems) & Checks.active(cs, code, workspace, problems, "code");
            if (into.size() < 2) {
                problems.add("a split needs at least two resulting concepts");
                ok = false;
            }
            Set<String> seen = new HashSet<>();
            for (NewConcept result : into) {
                if (Checks.blank(result.code()) || !seen.add(result.code()) || result.code().equals(code)) {
                    problems.add("each resulting concept needs its own code, other than '" + code + "'");
                    ok = false;
                } else if (!cs.has(result.code())) {
                    ok &= Checks.display(result.display(), problems);
                } else {
                    ok &= Checks.active(cs, result.code(), workspace, problems, "resulting concept");
                }
            }
            if (ok) {
                String key = workspace.key(ResourceKind.CODE_SYSTEM, system);
                for (NewConcept result : into) {
                    if (!cs.has(result.code())) {
                        cs.add(result.code(), result.display(), null, null, List.of(), List.of(), workspace.now());
                    }
                    workspace.lineage(new LineageLink(new ConceptKey(key, code), LineageLink.Kind.SPLIT_INTO,
                            new ConceptKey(key, result.code()), null, reason, null));
                }
                cs.retire(code, codes(), workspace.now());
            }
        });
    }
}
