package fr.ror.nomenclator.governance.operation;

import java.util.List;

/**
 * Adds a mapping to a concept map (e.g. a SERAFIN-PH service to an operational activity in
 * ASS_A14). The systems may be left out when the map has a single group.
 */
public record AddMapping(String conceptMap, String sourceSystem, String sourceCode, String targetSystem,
                         String targetCode, String equivalence, String comment) implements Operation {

    @Override
    public String summary() {
        return "add-mapping " + conceptMap + " " + sourceCode + " → " + targetCode + " (" + equivalence + ")";
    }

    @Override
    public Operation completed(Workspace workspace) {
        if (sourceSystem != null && targetSystem != null) {
            return this;
        }
        return workspace.conceptMap(conceptMap).map(map -> {
            String[] s = Mappings.systems(map, workspace, sourceSystem, targetSystem);
            return (Operation) new AddMapping(conceptMap, s[0], sourceCode, s[1], targetCode, equivalence, comment);
        }).orElse(this);
    }

    @Override
    public List<Touch> touches(Keys keys) {
        return Mappings.touches(keys, conceptMap, sourceSystem, sourceCode, targetSystem, List.of(targetCode == null ? "" : targetCode));
    }

    @Override
    public void applyTo(Workspace workspace, Problems problems) {
        Checks.conceptMap(workspace, conceptMap, problems).ifPresent(map -> Mappings.group(map, workspace,
                sourceSystem, targetSystem, problems).ifPresent(group -> {
            String source = map.sourceUrl(group);
            String target = map.targetUrl(group);
            boolean ok = Mappings.equivalence(equivalence, problems);
            ok &= Mappings.codeOf(workspace, source, sourceCode, false, "source", problems);
            ok &= Mappings.codeOf(workspace, target, targetCode, true, "target", problems);
            if (ok && map.target(group, sourceCode, targetCode).isPresent()) {
                problems.add(map.key() + " already maps '" + sourceCode + "' to '" + targetCode + "'");
            } else if (ok) {
                map.addMapping(group, sourceCode, targetCode, Mappings.display(workspace, target, targetCode),
                        equivalence, comment);
            }
        }));
    }
}
