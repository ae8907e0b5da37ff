package fr.ror.nomenclator.terminology.internal.quality;

import fr.ror.nomenclator.terminology.QualityRule;
import fr.ror.nomenclator.terminology.QualitySeverity;
import fr.ror.nomenclator.terminology.ResourceKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A value set or concept map that draws on a code system the NOS have retired as a whole. */
final class RetiredSystemReferenced implements Rule {

    static final QualityRule DEFINITION = new QualityRule("retired-system-referenced", QualitySeverity.WARNING,
            "Terminologie retirée encore utilisée",
            "Un jeu de valeurs ou un alignement s'appuie sur une terminologie retirée en entier : la version qu'il"
                    + " désigne, ou la plus récente version publiée de la terminologie, a le statut retired. Ses"
                    + " codes ne seront plus maintenus ; le jeu de valeurs ou l'alignement doit passer à la"
                    + " terminologie qui la remplace.");

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
            if (reference.kind() != ResourceKind.CODE_SYSTEM) {
                continue;
            }
            context.resolve(reference.kind(), reference.url(), reference.version()).ifPresent(cs -> {
                List<Checked> published = context.versionsOf(cs).stream().filter(v -> !v.draft()).toList();
                Optional<Checked> retired = "retired".equals(cs.status()) ? Optional.of(cs)
                        : published.isEmpty() ? Optional.empty()
                        : Optional.of(published.get(published.size() - 1)).filter(v -> "retired".equals(v.status()));
                retired.ifPresent(r -> findings.add(DEFINITION, resource, null, reference.where() + " : "
                        + cs.key() + " est retirée (statut retired de la version " + r.version() + ")"
                        + (r.sameAs(cs) ? "" : " ; la version utilisée, " + cs.version() + ", ne sera plus maintenue")));
            });
        }
    }
}
