package fr.ror.nomenclator.terminology.internal.quality;

import fr.ror.nomenclator.terminology.QualityRule;
import fr.ror.nomenclator.terminology.QualitySeverity;
import fr.ror.nomenclator.terminology.ResourceKind;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A code enumerated more than once for the same code system. */
final class ValueSetDuplicateMember implements Rule {

    static final QualityRule DEFINITION = new QualityRule("value-set-duplicate-member", QualitySeverity.WARNING,
            "Membre en double",
            "Un même code d'une même terminologie est énuméré plusieurs fois dans les compose.include d'un jeu de"
                    + " valeurs, quel que soit le style d'URL employé pour la terminologie. Le développement le"
                    + " dédoublonne, mais le doublon trahit une fusion mal faite et deux libellés peuvent diverger.");

    @Override
    public QualityRule definition() {
        return DEFINITION;
    }

    @Override
    public Set<ResourceKind> appliesTo() {
        return Set.of(ResourceKind.VALUE_SET);
    }

    @Override
    public void check(Checked valueSet, QualityContext context, Findings findings) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, String> codes = new LinkedHashMap<>();
        for (Include include : Include.of(valueSet)) {
            if (include.exclude() || include.system() == null) {
                continue;
            }
            String system = context.key(include.system()) + "|" + include.version();
            for (Include.Member member : include.members()) {
                String key = system + "#" + member.code();
                counts.merge(key, 1, Integer::sum);
                codes.putIfAbsent(key, member.code());
            }
        }
        counts.forEach((key, count) -> {
            if (count > 1) {
                String system = key.substring(0, key.indexOf('|'));
                findings.add(DEFINITION, valueSet, codes.get(key), "Le code " + codes.get(key) + " de " + system
                        + " est énuméré " + count + " fois");
            }
        });
    }
}
