package fr.ror.nomenclator.terminology.internal.quality;

import fr.ror.nomenclator.terminology.QualityRule;
import fr.ror.nomenclator.terminology.QualitySeverity;
import fr.ror.nomenclator.terminology.ResourceKind;
import java.util.Set;

/** An enumerated member that its code system deprecates: still valid, to be avoided. */
final class ValueSetMemberDeprecated implements Rule {

    static final QualityRule DEFINITION = new QualityRule("value-set-member-deprecated", QualitySeverity.WARNING,
            "Membre déprécié dans sa terminologie",
            "Un code énuméré par un jeu de valeurs a le statut FHIR deprecated dans sa terminologie : il reste"
                    + " valide mais la validation avertit, et les éditeurs le proposent encore à la saisie. À retirer"
                    + " du jeu de valeurs ou à justifier ; le message nomme le remplaçant quand il est connu.");

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
                cs.content().find(member.code()).filter(c -> c.deprecated() && !c.retiredOn(context.asOf()))
                        .ifPresent(c -> findings.add(DEFINITION, valueSet, member.code(), "Le code "
                                + member.code() + " est déprécié dans " + Messages.system(cs, include.version())
                                + Messages.replacement(context.replacements(cs, c))));
            }
        });
    }
}
