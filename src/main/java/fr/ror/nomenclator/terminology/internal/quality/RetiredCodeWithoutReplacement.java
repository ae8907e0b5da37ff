package fr.ror.nomenclator.terminology.internal.quality;

import fr.ror.nomenclator.terminology.QualityRule;
import fr.ror.nomenclator.terminology.QualitySeverity;
import fr.ror.nomenclator.terminology.ResourceKind;
import java.util.Optional;
import java.util.Set;

/**
 * A code retired without a replacement in a nomenclature whose owning working group requires one.
 * It judges the retirements a version decides, not the history it carries: a code already retired
 * in the version before is left alone, since the rule did not bind whoever retired it then.
 */
final class RetiredCodeWithoutReplacement implements Rule {

    static final QualityRule DEFINITION = new QualityRule("retired-code-without-replacement", QualitySeverity.ERROR,
            "Code retiré sans remplaçant",
            "Dans une terminologie dont le groupe de travail propriétaire exige un remplaçant pour tout code"
                    + " retiré (governance/working-groups.yaml, retirement.replacement: required), une version"
                    + " retire un code (dateFin posée, même future, ou statut retired) sans nommer son remplaçant :"
                    + " ni propriété replacedBy ou remplacePar, ni lignée REPLACED_BY, SPLIT_INTO ou MERGED_INTO."
                    + " Seuls comptent les retraits que la version décide : un code déjà retiré dans la version"
                    + " publiée précédente relève de l'historique.");

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
        if (!context.replacementRequired(codeSystem.key())) {
            return;
        }
        Optional<CodeSystemContent> before = context.predecessor(codeSystem).map(Checked::content);
        for (Concept concept : codeSystem.content().concepts()) {
            if (!concept.ends() || before.flatMap(b -> b.find(concept.code())).filter(Concept::ends).isPresent()) {
                continue;
            }
            if (context.replacements(codeSystem, concept).isEmpty()) {
                findings.add(DEFINITION, codeSystem, concept.code(), "Le code " + concept.code() + " est retiré "
                        + Messages.retired(concept) + " sans remplaçant, alors que le groupe de travail de "
                        + codeSystem.key() + " en exige un" + before.map(b -> "").orElse(" (première version connue)"));
            }
        }
    }
}
