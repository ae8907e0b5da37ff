package fr.ror.nomenclator.terminology.internal.quality;

import fr.ror.nomenclator.terminology.QualityRule;
import fr.ror.nomenclator.terminology.QualitySeverity;
import fr.ror.nomenclator.terminology.ResourceKind;
import java.util.Set;

/** An include or exclude that names a code system, version or value set the server does not hold. */
final class ValueSetReferenceUnknown implements Rule {

    static final QualityRule DEFINITION = new QualityRule("value-set-reference-unknown", QualitySeverity.ERROR,
            "Référence inconnue dans un jeu de valeurs",
            "Un compose.include ou compose.exclude désigne une terminologie, une version épinglée de terminologie"
                    + " ou un jeu de valeurs importé que le serveur ne connaît ni dans la livraison, ni parmi les"
                    + " versions publiées, ni parmi les contenus FHIR de base. Le jeu de valeurs ne peut pas être"
                    + " développé : la terminologie manque à la livraison, ou l'URL est fausse.");

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
        References.unresolved(valueSet, context).forEach(r -> findings.add(DEFINITION, valueSet, null, r.where()
                + " : " + References.unknown(context, r.kind(), r.url(), r.version())));
    }
}
