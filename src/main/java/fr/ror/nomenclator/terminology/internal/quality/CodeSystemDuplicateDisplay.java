package fr.ror.nomenclator.terminology.internal.quality;

import fr.ror.nomenclator.terminology.QualityRule;
import fr.ror.nomenclator.terminology.QualitySeverity;
import fr.ror.nomenclator.terminology.ResourceKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Two active concepts of one code system that people cannot tell apart by their label. */
final class CodeSystemDuplicateDisplay implements Rule {

    static final QualityRule DEFINITION = new QualityRule("code-system-duplicate-display", QualitySeverity.WARNING,
            "Libellé en double",
            "Plusieurs concepts actifs (non retirés à la date du contrôle) d'une même terminologie ont le même"
                    + " libellé, à la casse, aux espaces et à l'apostrophe typographique près. Un utilisateur qui"
                    + " choisit sur le libellé ne sait pas quel code il saisit. Un constat par libellé partagé.");

    @Override
    public QualityRule definition() {
        return DEFINITION;
    }

    @Override
    public Set<ResourceKind> appliesTo() {
        return Set.of(ResourceKind.CODE_SYSTEM);
    }

    @Override
    public void check(Checked codeSystem, QualityContext context, Findings findings) {
        Map<String, List<Concept>> byLabel = new LinkedHashMap<>();
        for (Concept concept : codeSystem.content().concepts()) {
            if (concept.display() != null && !concept.retiredOn(context.asOf())) {
                List<Concept> same = byLabel.computeIfAbsent(Concept.normalised(concept.display()),
                        k -> new ArrayList<>());
                if (same.stream().noneMatch(c -> c.code().equals(concept.code()))) {
                    same.add(concept);
                }
            }
        }
        byLabel.values().stream().filter(same -> same.size() > 1).forEach(same -> findings.add(DEFINITION,
                codeSystem, same.get(0).code(), "Les codes " + String.join(", ", same.stream().map(Concept::code)
                        .toList()) + " ont le même libellé " + Messages.quoted(same.get(0).display())));
    }
}
