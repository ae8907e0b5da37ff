package fr.ror.nomenclator.terminology.internal.quality;

import static fr.ror.nomenclator.terminology.ResourceKind.CODE_SYSTEM;

import fr.ror.nomenclator.terminology.QualityRule;
import fr.ror.nomenclator.terminology.QualitySeverity;
import fr.ror.nomenclator.terminology.ResourceKind;
import java.util.Optional;
import java.util.Set;

/** A whole-system include pinned to the current version: right today, frozen tomorrow. */
final class ValueSetIncludePinned implements Rule {

    static final QualityRule DEFINITION = new QualityRule("value-set-include-pinned", QualitySeverity.INFORMATION,
            "Inclusion d'une terminologie entière épinglée",
            "Un compose.include sans liste de codes épingle par include.version la version courante de la"
                    + " terminologie. C'est juste aujourd'hui, mais la prochaine version de la terminologie ne sera"
                    + " pas suivie : la règle value-set-include-pinned-not-current le signalera alors.");

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
            if (pinned.isPresent() && current.isPresent() && current.get().sameAs(pinned.get())) {
                findings.add(DEFINITION, valueSet, null, "Inclut " + (include.filtered() ? "par filtre " : "toute ")
                        + pinned.get().key() + " à la version épinglée " + include.version()
                        + " (la version courante) : les versions suivantes ne seront pas suivies");
            }
        }
    }
}
