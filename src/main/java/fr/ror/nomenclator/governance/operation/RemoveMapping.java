package fr.ror.nomenclator.governance.operation;

import java.util.List;

public record RemoveMapping(String conceptMap, String sourceSystem, String sourceCode, String targetSystem,
                            String targetCode) implements Operation {

    @Override
    public String summary() {
        return "remove-mapping " + conceptMap + " " + sourceCode + " → " + targetCode;
    }

    @Override
    public Operation completed(Workspace workspace) {
        if (sourceSystem != null && targetSystem != null) {
            return this;
        }
        return workspace.conceptMap(conceptMap).map(map -> {
            String[] s = Mappings.systems(map, workspace, sourceSystem, targetSystem);
            return (Operation) new RemoveMapping(conceptMap, s[0], sourceCode, s[1], targetCode);
        }).orElse(this);
    }

    @Override
    public List<Touch> touches(Keys keys) {
        return Mappings.touches(keys, conceptMap, sourceSystem, sourceCode, targetSystem,
                List.of(targetCode == null ? "" : targetCode));
    }

    @Override
    public void applyTo(Workspace workspace, Problems problems) {
        Checks.conceptMap(workspace, conceptMap, problems).ifPresent(map -> Mappings.group(map, workspace,
                sourceSystem, targetSystem, problems).ifPresent(group -> {
            if (Checks.blank(sourceCode) || Checks.blank(targetCode)
                    || map.target(group, sourceCode, targetCode).isEmpty()) {
                problems.add(map.key() + " does not map '" + sourceCode + "' to '" + targetCode + "'");
                return;
            }
            map.removeMapping(group, sourceCode, targetCode);
        }));
    }
}
