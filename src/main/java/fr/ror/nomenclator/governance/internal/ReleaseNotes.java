package fr.ror.nomenclator.governance.internal;

import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import fr.ror.nomenclator.governance.release.Release;
import fr.ror.nomenclator.governance.release.ReleaseStatus;
import fr.ror.nomenclator.terminology.ChangeKind;
import fr.ror.nomenclator.terminology.Changelog;
import fr.ror.nomenclator.terminology.ConceptChange;
import fr.ror.nomenclator.terminology.ResourceKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The release notes, in French, as Markdown and HTML, from two Mustache templates
 * ({@code templates/releases/notes.*.mustache}): what each nomenclature of the release gained,
 * retired, deprecated, reactivated, reworded (major or minor), moved and remapped. JMustache is
 * logic-less, so the model below holds everything the templates show; HTML is escaped by the
 * template engine, Markdown by an escaper of its special characters.
 */
final class ReleaseNotes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH'h'mm", Locale.FRENCH);
    private static final Mustache.Escaper MARKDOWN = Escapers.simple(new String[][] {
            {"\\", "\\\\"}, {"*", "\\*"}, {"_", "\\_"}, {"`", "\\`"}, {"[", "\\["}, {"]", "\\]"}, {"<", "&lt;"},
            {"|", "\\|"}, {"#", "\\#"}});

    private final Template markdown;
    private final Template html;
    private final ZoneId zone;

    ReleaseNotes(ZoneId zone) {
        this.zone = zone;
        this.markdown = Mustache.compiler().withEscaper(MARKDOWN).defaultValue("").compile(template("notes.md.mustache"));
        this.html = Mustache.compiler().escapeHTML(true).defaultValue("").compile(template("notes.html.mustache"));
    }

    String markdown(Release release, List<Changelog> logs) {
        return markdown.execute(model(release, logs));
    }

    String html(Release release, List<Changelog> logs) {
        return html.execute(model(release, logs));
    }

    private Map<String, Object> model(Release release, List<Changelog> logs) {
        Map<String, Object> model = new LinkedHashMap<>();
        boolean published = release.status() == ReleaseStatus.PUBLISHED;
        model.put("id", release.id());
        model.put("title", release.title());
        model.put("description", release.description());
        model.put("published", published);
        model.put("status", published ? "publiée" : "planifiée");
        model.put("publicationDate", published ? moment(release.publishedAt()) : day(release.publicationDate()));
        model.put("effectiveDate", day(release.effectiveDate()));
        model.put("changeRequests", release.changeRequests());
        model.put("hasChangeRequests", !release.changeRequests().isEmpty());
        List<Map<String, Object>> nomenclatures = new ArrayList<>();
        for (Changelog log : logs) {
            Map<String, Object> n = new LinkedHashMap<>();
            n.put("kind", family(log.kind()));
            n.put("url", log.url());
            n.put("from", log.fromVersion());
            n.put("to", log.toVersion());
            n.put("unchanged", log.isEmpty());
            List<Map<String, Object>> buckets = new ArrayList<>();
            for (ChangeKind kind : ChangeKind.values()) {
                List<ConceptChange> changes = log.of(kind);
                if (changes.isEmpty()) {
                    continue;
                }
                Map<String, Object> bucket = new LinkedHashMap<>();
                bucket.put("label", label(log.kind(), kind));
                bucket.put("count", changes.size());
                bucket.put("changes", changes.stream().map(ReleaseNotes::change).toList());
                buckets.add(bucket);
            }
            n.put("buckets", buckets);
            nomenclatures.add(n);
        }
        model.put("nomenclatures", nomenclatures);
        return model;
    }

    private static Map<String, Object> change(ConceptChange c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", c.code());
        m.put("system", c.system());
        String display = c.displayAfter() != null ? c.displayAfter() : c.displayBefore();
        m.put("display", display);
        boolean reworded = c.displayBefore() != null && c.displayAfter() != null
                && !c.displayBefore().equals(c.displayAfter());
        m.put("reworded", reworded);
        m.put("displayBefore", c.displayBefore());
        m.put("displayAfter", c.displayAfter());
        m.put("hasFields", c.fields().stream().anyMatch(f -> !"display".equals(f.field())));
        m.put("fields", c.fields().stream().filter(f -> !"display".equals(f.field())).map(f -> Map.of(
                "name", f.field(), "before", f.before() == null ? "—" : f.before(),
                "after", f.after() == null ? "—" : f.after())).toList());
        return m;
    }

    /** The working groups' words for each bucket; a concept map's entries are mappings. */
    static String label(ResourceKind resource, ChangeKind kind) {
        boolean maps = resource == ResourceKind.CONCEPT_MAP;
        return switch (kind) {
            case ADDED -> maps ? "Correspondances ajoutées" : "Codes ajoutés";
            case RETIRED -> "Codes retirés";
            case DEPRECATED -> "Codes dépréciés";
            case REACTIVATED -> "Codes réactivés";
            case DISPLAY_CHANGED -> "Libellés modifiés (changement majeur)";
            case DISPLAY_CORRECTED -> "Libellés corrigés (changement mineur : casse, accents, ponctuation)";
            case MOVED -> "Codes déplacés dans la hiérarchie";
            case OTHER_CHANGED -> maps ? "Correspondances modifiées" : "Autres modifications";
            case REMOVED -> maps ? "Correspondances supprimées" : "Codes supprimés";
        };
    }

    private static String family(ResourceKind kind) {
        return switch (kind) {
            case CODE_SYSTEM -> "Terminologie de référence (TRE)";
            case VALUE_SET -> "Jeu de valeurs (JDV)";
            case CONCEPT_MAP -> "Table d'association (ASS)";
        };
    }

    private String day(String value) {
        if (value == null) {
            return "";
        }
        return value.length() == 10 ? LocalDate.parse(value).format(DAY)
                : OffsetDateTime.parse(value).atZoneSameInstant(zone).format(MOMENT);
    }

    private String moment(Instant instant) {
        return instant == null ? "" : instant.atZone(zone).format(MOMENT);
    }

    private static String template(String name) {
        try (var in = ReleaseNotes.class.getResourceAsStream("/templates/releases/" + name)) {
            if (in == null) {
                throw new IllegalStateException("template templates/releases/" + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
