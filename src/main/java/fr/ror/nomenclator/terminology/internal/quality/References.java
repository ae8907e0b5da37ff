package fr.ror.nomenclator.terminology.internal.quality;

import fr.ror.nomenclator.terminology.ResourceKind;
import java.util.List;
import java.util.stream.Collectors;

/** How rules describe a reference that resolves to nothing. */
final class References {

    private References() {
    }

    /**
     * « La terminologie S est inconnue du serveur » or « La terminologie S n'a pas de version V ;
     * versions connues : … ».
     */
    static String unknown(QualityContext context, ResourceKind kind, String url, String version) {
        String what = switch (kind) {
            case CODE_SYSTEM -> "La terminologie ";
            case VALUE_SET -> "Le jeu de valeurs ";
            case CONCEPT_MAP -> "L'alignement ";
        };
        List<Checked> known = context.knownVersions(kind, url);
        if (known.isEmpty()) {
            return what + url + (version == null ? "" : " (version " + version + ")") + " est inconnu"
                    + (kind == ResourceKind.VALUE_SET ? "" : "e") + " du serveur";
        }
        return what + url + " n'a pas de version " + version + " ; versions connues : "
                + known.stream().map(Checked::version).collect(Collectors.joining(", "));
    }

    /** The references of a value set or concept map that resolve to nothing. */
    static List<Reference> unresolved(Checked resource, QualityContext context) {
        return Reference.of(resource).stream()
                .filter(r -> context.resolve(r.kind(), r.url(), r.version()).isEmpty()).toList();
    }

    /** A canonical {@code url|version} split in two; the version is null without a bar. */
    static String[] canonical(String canonical) {
        int bar = canonical.indexOf('|');
        return bar < 0 ? new String[] {canonical, null} : new String[] {canonical.substring(0, bar),
                canonical.substring(bar + 1)};
    }
}
