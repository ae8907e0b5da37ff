package fr.ror.nomenclator.terminology.internal.quality;

import static fr.ror.nomenclator.terminology.ResourceKind.CODE_SYSTEM;

import fr.ror.nomenclator.terminology.QualityRule;
import fr.ror.nomenclator.terminology.QualitySeverity;
import fr.ror.nomenclator.terminology.ResourceKind;
import java.util.Optional;
import java.util.Set;

/** A whole-system include frozen on a version that is no longer the current one. */
final class ValueSetIncludePinnedNotCurrent implements Rule {

    static final QualityRule DEFINITION = new QualityRule("value-set-include-pinned-not-current",
            QualitySeverity.WARNING, "Inclusion d'une terminologie entière épinglée sur une version dépassée",
            "Un compose.include sans liste de codes (toute la terminologie, ou une partie par filtre) épingle par"
                    + " include.version une version qui n'est pas la version courante de la terminologie : celle"
                    + " de la livraison, sinon celle en vigueur. Le jeu de valeurs ignore alors les codes ajoutés"
                    + " et garde les codes retirés depuis. À ré-épingler sur la version courante, ou à justifier.");

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
        for (Include include : Include.of(valueSet)) {
            if (include.exclude() || !include.wholeSystem() || include.version() == null) {
                continue;
            }
            Optional<Checked> pinned = context.resolve(CODE_SYSTEM, include.system(), include.version());
            Optional<Checked> current = context.current(CODE_SYSTEM, include.system());
            if (pinned.isPresent() && current.isPresent() && !current.get().sameAs(pinned.get())) {
                findings.add(DEFINITION, valueSet, null, "Inclut " + (include.filtered() ? "par filtre " : "toute ")
                        + pinned.get().key() + " à la version épinglée " + include.version()
                        + ", alors que la version courante est " + current.get().version());
            }
        }
    }
}
