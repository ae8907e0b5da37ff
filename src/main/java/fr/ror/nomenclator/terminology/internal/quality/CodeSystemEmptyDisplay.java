package fr.ror.nomenclator.terminology.internal.quality;

import fr.ror.nomenclator.terminology.QualityRule;
import fr.ror.nomenclator.terminology.QualitySeverity;
import fr.ror.nomenclator.terminology.ResourceKind;
import java.util.Set;

/** A concept without a label. */
final class CodeSystemEmptyDisplay implements Rule {

    static final QualityRule DEFINITION = new QualityRule("code-system-empty-display", QualitySeverity.ERROR,
            "Libellé vide",
            "Un concept d'une terminologie n'a pas de libellé (display absent ou blanc). Toute nomenclature NOS"
                    + " donne un libellé à chaque code : sans lui, les éditeurs n'affichent qu'un code.");

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
        codeSystem.content().concepts().stream().filter(c -> c.display() == null).forEach(c ->
                findings.add(DEFINITION, codeSystem, c.code(), "Le code " + c.code() + " n'a pas de libellé"));
    }
}
