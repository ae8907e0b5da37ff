package fr.ror.nomenclator.terminology.internal.quality;

import fr.ror.nomenclator.terminology.Nomenclature;
import fr.ror.nomenclator.terminology.QualityRule;
import fr.ror.nomenclator.terminology.QualitySeverity;
import fr.ror.nomenclator.terminology.ResourceKind;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A canonical URL that cannot be what its publisher meant: a file extension in it (J237's
 * {@code .tabs}), spaces, {@code http} for an ANS host, or a NOS URL whose parts disagree with each
 * other, with the kind of resource, or with the catalogue.
 */
final class UrlSuspicious implements Rule {

    static final QualityRule DEFINITION = new QualityRule("url-suspicious", QualitySeverity.ERROR,
            "URL canonique suspecte",
            "L'URL canonique d'une ressource ne peut pas être celle voulue : extension de fichier (.tabs, .json,"
                    + " .xml…), espace, requête ou fragment, barre finale, http au lieu de https pour un hôte de"
                    + " l'ANS, ou URL NOS dont les parties se contredisent : …/NOS/<id>/FHIR/<id'> où id' n'est"
                    + " pas l'identifiant NOS aux tirets près, famille (TRE, JDV, ASS) d'une autre sorte de"
                    + " ressource, identifiant différent de celui du catalogue. L'URL identifie la ressource pour"
                    + " tous les clients : la corriger après publication casse leurs références.");

    private static final Pattern NOS = Pattern.compile("https?://mos\\.esante\\.gouv\\.fr/NOS/([^/]+)(?:/FHIR/([^/]+))?");
    private static final Pattern FILE_EXTENSION = Pattern.compile(
            "\\.(tabs|txt|json|xml|csv|xlsx?|pdf|html?|fsh|zip|tgz)(?=/|$)", Pattern.CASE_INSENSITIVE);

    @Override
    public QualityRule definition() {
        return DEFINITION;
    }

    @Override
    public Set<ResourceKind> appliesTo() {
        return Set.of(ResourceKind.values());
    }

    @Override
    public void check(Checked resource, QualityContext context, Findings findings) {
        List<String> problems = problems(resource.kind(), resource.url(), context);
        if (!problems.isEmpty()) {
            findings.add(DEFINITION, resource, null, (resource.url() == null ? "L'URL canonique"
                    : "L'URL " + resource.url()) + " " + String.join(" ; ", problems));
        }
    }

    static List<String> problems(ResourceKind kind, String url, QualityContext context) {
        List<String> problems = new ArrayList<>();
        if (url == null) {
            problems.add("est absente");
            return problems;
        }
        if (url.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            problems.add("contient un espace ou un caractère de contrôle");
            return problems;
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            problems.add("n'est pas une URI valide (" + e.getReason() + ")");
            return problems;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") && !scheme.equals("urn")) {
            problems.add("n'est ni une URL http(s) ni une URN");
        }
        if (scheme.equals("http") && host.endsWith("esante.gouv.fr")) {
            problems.add("utilise http au lieu de https");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            problems.add("contient une requête ou un fragment");
        }
        if (url.endsWith("/")) {
            problems.add("se termine par /");
        }
        Matcher extension = FILE_EXTENSION.matcher(uri.getRawPath() == null ? "" : uri.getRawPath());
        if (extension.find()) {
            problems.add("contient une extension de fichier (" + extension.group() + ")");
        }
        Matcher nos = NOS.matcher(url);
        if (host.equals("mos.esante.gouv.fr")) {
            if (!nos.matches()) {
                problems.add("n'a pas la forme https://mos.esante.gouv.fr/NOS/<id> ni …/NOS/<id>/FHIR/<id>");
            } else {
                nosParts(kind, url, nos.group(1), nos.group(2), context, problems);
            }
        }
        return problems;
    }

    private static void nosParts(ResourceKind kind, String url, String id, String tail, QualityContext context,
                                 List<String> problems) {
        if (tail != null && !tail.equals(id.replace('_', '-'))) {
            problems.add("a une partie /FHIR/" + tail + " qui ne reprend pas l'identifiant NOS " + id
                    + " (attendu /FHIR/" + id.replace('_', '-') + ")");
        }
        String family = id.length() > 3 ? id.substring(0, 3) : id;
        if (Set.of("TRE", "JDV", "ASS").contains(family) && !family.equals(kind.nosFamily())) {
            problems.add("porte l'identifiant " + family + " " + id + " sur un(e) " + kind.fhirType() + " (attendu "
                    + kind.nosFamily() + ")");
        }
        String catalogued = context.nomenclature(url).map(Nomenclature::nosId).orElse(null);
        if (catalogued != null && !catalogued.equals(id)) {
            problems.add("porte l'identifiant NOS " + id + " alors que le catalogue connaît cette nomenclature sous "
                    + catalogued);
        }
    }
}
