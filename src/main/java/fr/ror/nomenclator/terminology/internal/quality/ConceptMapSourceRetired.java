package fr.ror.nomenclator.terminology.internal.quality;

import fr.ror.nomenclator.terminology.QualityRule;
import fr.ror.nomenclator.terminology.QualitySeverity;
import fr.ror.nomenclator.terminology.ResourceKind;
import java.util.Set;

/** A map source code that its code system version retires: kept for history, worth a look. */
final class ConceptMapSourceRetired implements Rule {

    static final QualityRule DEFINITION = new QualityRule("concept-map-source-retired", QualitySeverity.WARNING,
            "Source d'alignement retirée de sa terminologie",
            "Le code source d'un élément d'alignement est retiré dans sa terminologie (dateFin passée à la date du"
                    + " contrôle, ou statut retired). L'alignement reste utile pour traduire l'historique, mais"
                    + " devrait aussi porter le remplaçant du code.");

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
        MapSides.each(conceptMap, context, MapSides.Side.SOURCE, (mapping, cs, pinned) ->
                cs.content().find(mapping.source()).filter(c -> c.retiredOn(context.asOf())).ifPresent(c ->
                        findings.add(DEFINITION, conceptMap, mapping.source(), "La source " + mapping.source()
                                + " est retirée de " + Messages.system(cs, pinned) + " " + Messages.retired(c)
                                + Messages.replacement(context.replacements(cs, c)))));
    }
}
