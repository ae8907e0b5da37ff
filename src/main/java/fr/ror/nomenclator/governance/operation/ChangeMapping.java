package fr.ror.nomenclator.governance.operation;

import java.util.ArrayList;
import java.util.List;

/** Changes the target code, the equivalence or the comment of one mapping. */
public record ChangeMapping(String conceptMap, String sourceSystem, String sourceCode, String targetSystem,
                            String targetCode, String newTargetCode, String equivalence, String comment)
        implements Operation {

    @Override
    public String summary() {
        return "change-mapping " + conceptMap + " " + sourceCode + " → " + targetCode
                + (newTargetCode == null ? "" : " becomes → " + newTargetCode)
                + (equivalence == null ? "" : " (" + equivalence + ")");
    }

    @Override
    public Operation completed(Workspace workspace) {
        if (sourceSystem != null && targetSystem != null) {
            return this;
        }
        return workspace.conceptMap(conceptMap).map(map -> {
            String[] s = Mappings.systems(map, workspace, sourceSystem, targetSystem);
            return (Operation) new ChangeMapping(conceptMap, s[0], sourceCode, s[1], targetCode, newTargetCode, equivalence, comment);
        }).orElse(this);
    }

    @Override
    public List<Touch> touches(Keys keys) {
        List<String> targets = new ArrayList<>();
        targets.add(targetCode);
        targets.add(newTargetCode);
        return Mappings.touches(keys, conceptMap, sourceSystem, sourceCode, targetSystem, targets);
    }

    @Override
    public void applyTo(Workspace workspace, Problems problems) {
        Checks.conceptMap(workspace, conceptMap, problems).ifPresent(map -> Mappings.group(map, workspace,
                sourceSystem, targetSystem, problems).ifPresent(group -> {
            if (Checks.blank(sourceCode) || Checks.blank(targetCode)) {
                problems.add("sourceCode and targetCode name the mapping to change");
                return;
            }
            var target = map.target(group, sourceCode, targetCode);
            if (target.isEmpty()) {
                problems.add(map.key() + " does not map '" + sourceCode + "' to '" + targetCode + "'");
                return;
            }
            if (newTargetCode == null && equivalence == null && comment == null) {
                problems.add("nothing to change: give newTargetCode, equivalence or comment");
                return;
            }
            boolean ok = equivalence == null || Mappings.equivalence(equivalence, problems);
            if (newTargetCode != null) {
                ok &= Mappings.codeOf(workspace, map.targetUrl(group), newTargetCode, true, "new target", problems);
            }
            if (ok) {
                map.changeMapping(target.get(), newTargetCode,
                        Mappings.display(workspace, map.targetUrl(group), newTargetCode), equivalence, comment);
            }
        }));
    }
}
