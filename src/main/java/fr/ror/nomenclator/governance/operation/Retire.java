package fr.ror.nomenclator.governance.operation;

import fr.ror.nomenclator.terminology.ConceptKey;
import fr.ror.nomenclator.terminology.LineageLink;
import fr.ror.nomenclator.terminology.ResourceKind;
import java.util.List;

/**
 * Ends a concept's validity (NOS {@code dateFin}) for a reason, naming its replacements: they
 * must be active, and become {@code REPLACED_BY} lineage and {@code replacedBy} properties.
 */
public record Retire(String system, String code, String reason, List<String> replacements) implements Operation {

    public Retire {
        replacements = Checks.list(replacements);
    }

    @Override
    public String summary() {
        return "retire " + system + " " + code + (replacements.isEmpty() ? "" : " → " + String.join(", ", replacements));
    }

    @Override
    public List<Touch> touches(Keys keys) {
        return ConceptChange.touches(keys, system, code, replacements);
    }

    @Override
    public void applyTo(Workspace workspace, Problems problems) {
        Checks.codeSystem(workspace, system, problems).ifPresent(cs -> {
            boolean ok = Checks.reason(reason, problems);
            ok &= Checks.active(cs, code, workspace, problems, "code");
            ok &= Checks.replacements(cs, String.valueOf(code), replacements, workspace, problems);
            if (ok) {
                cs.retire(code, replacements, workspace.now());
                String key = workspace.key(ResourceKind.CODE_SYSTEM, system);
                replacements.forEach(r -> workspace.lineage(new LineageLink(new ConceptKey(key, code),
                        LineageLink.Kind.REPLACED_BY, new ConceptKey(key, r), null, reason, null)));
            }
        });
    }
}
