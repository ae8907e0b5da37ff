package fr.ror.nomenclator.terminology.internal.quality;

import fr.ror.nomenclator.terminology.QualityRule;
import fr.ror.nomenclator.terminology.QualitySeverity;
import fr.ror.nomenclator.terminology.ResourceKind;
import java.util.Set;

/** A map target code that its code system version does not have. */
final class ConceptMapTargetMissing implements Rule {

    static final QualityRule DEFINITION = new QualityRule("concept-map-target-missing", QualitySeverity.ERROR,
            "Cible d'alignement absente de sa terminologie",
            "Le code cible d'un élément d'alignement (group.element.target.code) n'existe pas dans la version"
                    + " de la terminologie cible du groupe (group.targetVersion, sinon celle de la livraison, sinon"
                    + " celle en vigueur). La traduction mène à un code que la validation refuse.");

    @Override
    public QualityRule definition() {
        return DEFINITION;
    }

    @Override
    public Set<ResourceKind> appliesTo() {
        return Set.of(ResourceKind.CONCEPT_MAP);
    }

    @Override
    public void check(Checked conceptMap, QualityContext context, Findings findings) {
        MapSides.each(conceptMap, context, MapSides.Side.TARGET, (mapping, cs, pinned) -> {
            if (cs.content().complete() && cs.content().find(mapping.target()).isEmpty()) {
                findings.add(DEFINITION, conceptMap, mapping.source(), "La cible " + mapping.target() + " (depuis "
                        + mapping.source() + ") est absente de " + Messages.system(cs, pinned));
            }
        });
    }
}
