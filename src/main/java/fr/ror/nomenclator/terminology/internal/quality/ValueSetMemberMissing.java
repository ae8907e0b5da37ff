package fr.ror.nomenclator.terminology.internal.quality;

import fr.ror.nomenclator.terminology.QualityRule;
import fr.ror.nomenclator.terminology.QualitySeverity;
import fr.ror.nomenclator.terminology.ResourceKind;
import java.util.Set;

/** An enumerated member that its code system version does not have. */
final class ValueSetMemberMissing implements Rule {

    static final QualityRule DEFINITION = new QualityRule("value-set-member-missing", QualitySeverity.ERROR,
            "Membre absent de sa terminologie",
            "Un code énuméré par un jeu de valeurs (compose.include.concept) n'existe pas dans la version de la"
                    + " terminologie qu'il désigne : celle qu'épingle include.version, sinon celle de la livraison,"
                    + " sinon celle en vigueur. Le jeu de valeurs ne se développe pas fidèlement et ce code serait"
                    + " refusé à la validation. Une terminologie publiée en fragment n'est pas interrogée.");

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
        Include.forEachEnumerated(valueSet, context, (include, cs) -> {
            if (cs.content().complete()) {
                include.members().stream()
                        .filter(m -> cs.content().find(m.code()).isEmpty())
                        .forEach(m -> findings.add(DEFINITION, valueSet, m.code(), "Le code " + m.code()
                                + " est absent de " + Messages.system(cs, include.version())));
            }
        });
    }
}
