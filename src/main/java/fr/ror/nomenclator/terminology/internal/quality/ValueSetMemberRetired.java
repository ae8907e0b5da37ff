package fr.ror.nomenclator.terminology.internal.quality;

import fr.ror.nomenclator.terminology.QualityRule;
import fr.ror.nomenclator.terminology.QualitySeverity;
import fr.ror.nomenclator.terminology.ResourceKind;
import java.util.Set;

/** An enumerated member that its code system version retires. */
final class ValueSetMemberRetired implements Rule {

    static final QualityRule DEFINITION = new QualityRule("value-set-member-retired", QualitySeverity.ERROR,
            "Membre retiré de sa terminologie",
            "Un code énuméré par un jeu de valeurs est retiré dans la version de la terminologie qu'il désigne :"
                    + " sa dateFin est au plus tard à la date du contrôle, ou son statut FHIR est retired ou"
                    + " inactive. Le jeu de valeurs propose alors un code que la validation refuse ; le message"
                    + " nomme le remplaçant quand la terminologie ou la lignée le connaît.");

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
                cs.content().find(member.code()).filter(c -> c.retiredOn(context.asOf())).ifPresent(c ->
                        findings.add(DEFINITION, valueSet, member.code(), "Le code " + member.code()
                                + " est retiré de " + Messages.system(cs, include.version()) + " "
                                + Messages.retired(c) + Messages.replacement(context.replacements(cs, c))));
            }
        });
    }
}
