package fr.ror.nomenclator.terminology.internal.quality;

import fr.ror.nomenclator.terminology.QualityRule;
import fr.ror.nomenclator.terminology.QualitySeverity;
import fr.ror.nomenclator.terminology.ResourceKind;
import java.util.Set;

/** A member shown with a label its code system does not give it. */
final class ValueSetMemberDisplayMismatch implements Rule {

    static final QualityRule DEFINITION = new QualityRule("value-set-member-display-mismatch",
            QualitySeverity.WARNING, "Libellé d'un membre différent de sa terminologie",
            "Le libellé (display) d'un code énuméré par un jeu de valeurs n'est ni le libellé ni aucune"
                    + " désignation de ce code dans la terminologie, à la casse, aux espaces et à l'apostrophe"
                    + " typographique près. Les éditeurs qui affichent le libellé du jeu de valeurs montrent alors"
                    + " un autre texte que la terminologie de référence (souvent un libellé renommé depuis).");

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
            for (Include.Member member : include.members()) {
                if (member.display() == null) {
                    continue;
                }
                String shown = Concept.normalised(member.display());
                cs.content().find(member.code())
                        .filter(c -> c.terms().stream().map(Concept::normalised).noneMatch(shown::equals))
                        .ifPresent(c -> findings.add(DEFINITION, valueSet, member.code(), "Le libellé "
                                + Messages.quoted(member.display()) + " du code " + member.code()
                                + " diffère de celui de " + cs.label() + " : "
                                + Messages.quoted(String.valueOf(c.display()))));
            }
        });
    }
}
