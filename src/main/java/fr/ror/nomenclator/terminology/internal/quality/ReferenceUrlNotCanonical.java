package fr.ror.nomenclator.terminology.internal.quality;

import fr.ror.nomenclator.terminology.QualityRule;
import fr.ror.nomenclator.terminology.QualitySeverity;
import fr.ror.nomenclator.terminology.ResourceKind;
import java.util.Set;

/** A reference written with another URL than the one the referenced version is published under. */
final class ReferenceUrlNotCanonical implements Rule {

    static final QualityRule DEFINITION = new QualityRule("reference-url-not-canonical", QualitySeverity.WARNING,
            "Référence par une URL qui n'est pas celle de la ressource",
            "Un jeu de valeurs ou un alignement désigne une terminologie (ou un jeu de valeurs) par une URL qui"
                    + " n'est pas celle sous laquelle la version désignée est publiée : ancien style d'URL NOS"
                    + " (sans /FHIR/…) ou nouveau, ou un alias. Le serveur résout les alias, mais un client qui"
                    + " compare les URL à la lettre ne retrouve pas la terminologie.");

    @Override
    public QualityRule definition() {
        return DEFINITION;
    }

    @Override
    public Set<ResourceKind> appliesTo() {
        return Set.of(ResourceKind.VALUE_SET, ResourceKind.CONCEPT_MAP);
    }

    @Override
    public void check(Checked resource, QualityContext context, Findings findings) {
        for (Reference reference : Reference.of(resource)) {
            context.resolve(reference.kind(), reference.url(), reference.version())
                    .filter(target -> target.url() != null && !target.url().equals(reference.url()))
                    .ifPresent(target -> findings.add(DEFINITION, resource, null, reference.where() + " désigne "
                            + target.key() + " par " + reference.url() + ", alors que la version " + target.version()
                            + " est publiée sous " + target.url()));
        }
    }
}
