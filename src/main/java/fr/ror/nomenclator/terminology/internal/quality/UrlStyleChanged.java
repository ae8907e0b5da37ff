package fr.ror.nomenclator.terminology.internal.quality;

import fr.ror.nomenclator.terminology.QualityRule;
import fr.ror.nomenclator.terminology.QualitySeverity;
import fr.ror.nomenclator.terminology.ResourceKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Versions of one nomenclature published under different canonical URLs. */
final class UrlStyleChanged implements Rule {

    static final QualityRule DEFINITION = new QualityRule("url-style-changed", QualitySeverity.WARNING,
            "Versions d'une nomenclature sous plusieurs URL",
            "Les versions d'une même nomenclature (même identifiant NOS) sont publiées sous des URL canoniques"
                    + " différentes, typiquement les deux styles NOS https://mos.esante.gouv.fr/NOS/TRE_Rxx-Nom et"
                    + " …/NOS/TRE_Rxx-Nom/FHIR/TRE-Rxx-Nom. Le serveur les relie, mais un client qui cherche par"
                    + " URL à la lettre ne voit qu'une partie de l'historique. Un constat par version contrôlée.");

    @Override
    public QualityRule definition() {
        return DEFINITION;
    }

    @Override
    public Set<ResourceKind> appliesTo() {
        return Set.of(ResourceKind.values());
    }

    @Override
    public void check(Checked version, QualityContext context, Findings findings) {
        Map<String, List<String>> others = new LinkedHashMap<>();
        for (Checked v : context.versionsOf(version)) {
            if (v.url() != null && !v.url().equals(version.url())) {
                others.computeIfAbsent(v.url(), u -> new ArrayList<>()).add(v.version());
            }
        }
        if (!others.isEmpty()) {
            findings.add(DEFINITION, version, null, "Publiée sous " + version.url() + ", alors que "
                    + others.entrySet().stream().map(e -> (e.getValue().size() > 1 ? "les versions " : "la version ")
                    + String.join(", ", e.getValue()) + (e.getValue().size() > 1 ? " le sont" : " l'est") + " sous "
                    + e.getKey())
                    .collect(Collectors.joining(" ; ")));
        }
    }
}
