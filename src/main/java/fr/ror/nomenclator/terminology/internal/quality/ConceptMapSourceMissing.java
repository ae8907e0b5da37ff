package fr.ror.nomenclator.terminology.internal.quality;

import fr.ror.nomenclator.terminology.QualityRule;
import fr.ror.nomenclator.terminology.QualitySeverity;
import fr.ror.nomenclator.terminology.ResourceKind;
import java.util.Set;

/** A map source code that its code system version does not have. */
final class ConceptMapSourceMissing implements Rule {

    static final QualityRule DEFINITION = new QualityRule("concept-map-source-missing", QualitySeverity.ERROR,
            "Source d'alignement absente de sa terminologie",
            "Le code source d'un élément d'alignement (group.element.code) n'existe pas dans la version de la"
                    + " terminologie source du groupe (group.sourceVersion, sinon celle de la livraison, sinon celle"
                    + " en vigueur). L'alignement traduit un code que personne ne peut saisir.");

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
        MapSides.each(conceptMap, context, MapSides.Side.SOURCE, (mapping, cs, pinned) -> {
            if (cs.content().complete() && cs.content().find(mapping.source()).isEmpty()) {
                findings.add(DEFINITION, conceptMap, mapping.source(), "La source " + mapping.source()
                        + " est absente de " + Messages.system(cs, pinned));
            }
        });
    }
}
