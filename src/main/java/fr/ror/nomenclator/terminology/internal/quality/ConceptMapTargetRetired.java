package fr.ror.nomenclator.terminology.internal.quality;

import fr.ror.nomenclator.terminology.QualityRule;
import fr.ror.nomenclator.terminology.QualitySeverity;
import fr.ror.nomenclator.terminology.ResourceKind;
import java.util.Set;

/** A map target code that its code system version retires: the translation leads to an invalid code. */
final class ConceptMapTargetRetired implements Rule {

    static final QualityRule DEFINITION = new QualityRule("concept-map-target-retired", QualitySeverity.ERROR,
            "Cible d'alignement retirée de sa terminologie",
            "Le code cible d'un élément d'alignement est retiré dans sa terminologie (dateFin passée à la date du"
                    + " contrôle, ou statut retired). La traduction envoie les utilisateurs vers un code invalide :"
                    + " viser le remplaçant, que le message nomme quand il est connu.");

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
        MapSides.each(conceptMap, context, MapSides.Side.TARGET, (mapping, cs, pinned) ->
                cs.content().find(mapping.target()).filter(c -> c.retiredOn(context.asOf())).ifPresent(c ->
                        findings.add(DEFINITION, conceptMap, mapping.source(), "La cible " + mapping.target()
                                + " (depuis " + mapping.source() + ") est retirée de " + Messages.system(cs, pinned)
                                + " " + Messages.retired(c) + Messages.replacement(context.replacements(cs, c)))));
    }
}
