package fr.ror.nomenclator.terminology.internal.quality;

import fr.ror.nomenclator.terminology.QualityRule;
import fr.ror.nomenclator.terminology.QualitySeverity;
import fr.ror.nomenclator.terminology.ResourceKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A code that a code system defines more than once. */
final class CodeSystemDuplicateCode implements Rule {

    static final QualityRule DEFINITION = new QualityRule("code-system-duplicate-code", QualitySeverity.ERROR,
            "Code en double dans une terminologie",
            "Un même code est défini plusieurs fois dans une terminologie, concepts imbriqués compris, sans tenir"
                    + " compte de la casse quand la terminologie déclare caseSensitive à false. Le serveur refuse"
                    + " de stocker un tel contenu ; la règle le signale dans un fichier à livrer.");

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
        CodeSystemContent content = codeSystem.content();
        Map<String, List<String>> written = new LinkedHashMap<>();
        content.concepts().forEach(c -> written.computeIfAbsent(content.key(c.code()), k -> new ArrayList<>())
                .add(c.code()));
        written.forEach((key, codes) -> {
            if (codes.size() > 1) {
                boolean sameCase = codes.stream().distinct().count() == 1;
                findings.add(DEFINITION, codeSystem, codes.get(0), "Le code " + codes.get(0) + " est défini "
                        + codes.size() + " fois" + (sameCase ? "" : " (" + String.join(", ", codes)
                        + " : la terminologie ne distingue pas la casse)"));
            }
        });
    }
}
