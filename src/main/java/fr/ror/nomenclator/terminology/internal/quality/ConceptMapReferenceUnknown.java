package fr.ror.nomenclator.terminology.internal.quality;

import fr.ror.nomenclator.terminology.QualityRule;
import fr.ror.nomenclator.terminology.QualitySeverity;
import fr.ror.nomenclator.terminology.ResourceKind;
import java.util.Set;

/** A concept map group or scope that names a code system, version or value set the server does not hold. */
final class ConceptMapReferenceUnknown implements Rule {

    static final QualityRule DEFINITION = new QualityRule("concept-map-reference-unknown", QualitySeverity.ERROR,
            "Référence inconnue dans un alignement",
            "La terminologie source ou cible d'un groupe (group.source, group.target, avec leur version épinglée)"
                    + " ou le jeu de valeurs de portée (sourceCanonical, targetCanonical…) est inconnu du serveur :"
                    + " les codes de l'alignement ne peuvent pas être contrôlés.");

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
        References.unresolved(conceptMap, context).forEach(r -> findings.add(DEFINITION, conceptMap, null, r.where()
                + " : " + References.unknown(context, r.kind(), r.url(), r.version())));
    }
}
