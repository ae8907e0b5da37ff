package fr.ror.nomenclator.governance.operation;

import fr.ror.nomenclator.terminology.ConceptKey;
import fr.ror.nomenclator.terminology.LineageLink;
import fr.ror.nomenclator.terminology.ResourceKind;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Retires several concepts in favour of one: an existing active concept, or a new one added on the way. */
public record Merge(String system, List<String> codes, NewConcept into, String reason) implements Operation {

    public Merge {
        codes = Checks.list(codes);
    }

    @Override
    public String summary() {
        return "merge " + system + " " + String.join(", ", codes) + " into " + (into == null ? "?" : into.code());
    }

    @Override
    public List<Touch> touches(Keys keys) {
        String key = keys.key(ResourceKind.CODE_SYSTEM, system);
        List<Touch> touches = new java.util.ArrayList<>();
        touches.add(Touch.resource(ResourceKind.CODE_SYSTEM, key));
        codes.forEach(c -> touches.add(Touch.concept(ResourceKind.CODE_SYSTEM, key, key, c, Touch.Role.SUBJECT)));
        if (into != null && into.code() != null) {
            touches.add(Touch.concept(ResourceKind.CODE_SYSTEM, key, key, into.code(), Touch.Role.REPLACEMENT));
        }
        return touches;
    }

    @Override
    public void applyTo(Workspace workspace, Problems problems) {
        Checks.codeSystem(workspace, system, problems).ifPresent(cs -> {
            boolean ok = Checks.reason(reason, problems);
            if (codes.size() < 2) {
                problems.add("a merge needs at least two concepts to merge");
                ok = false;
            }
            Set<String> seen = new HashSet<>();
            for (String code : codes) {
                if (!seen.add(code)) {
                    problems.add("'" + code + "' is named twice");
                    ok = false;
                } else {
                    ok &= Checks.active(cs, code, workspace, problems, "code");
                }
            }
            if (into == null || Checks.blank(into.code()) || seen.contains(into.code())) {
                problems.add("into needs the code of the resulting concept, other than those merged");
                ok = false;
            } else if (!cs.has(into.code())) {
                ok &= Checks.display(into.display(), problems);
            } else {
                ok &= Checks.active(cs, into.code(), workspace, problems, "resulting concept");
            }
            if (ok) {
                String key = workspace.key(ResourceKind.CODE_SYSTEM, system);
                if (!cs.has(into.code())) {
                    cs.add(into.code(), into.display(), null, null, List.of(), List.of(), workspace.now());
                }
                for (String code : codes) {
                    cs.retire(code, List.of(into.code()), workspace.now());
                    workspace.lineage(new LineageLink(new ConceptKey(key, code), LineageLink.Kind.MERGED_INTO,
                            new ConceptKey(key, into.code()), null, reason, null));
                }
            }
        });
    }
}
