package fr.ror.nomenclator.terminology.internal.quality;

import fr.ror.nomenclator.terminology.BuiltInContent;
import fr.ror.nomenclator.terminology.ConceptLineage;
import fr.ror.nomenclator.terminology.LineageLink;
import fr.ror.nomenclator.terminology.Nomenclature;
import fr.ror.nomenclator.terminology.NomenclatureCatalogue;
import fr.ror.nomenclator.terminology.ResourceKind;
import fr.ror.nomenclator.terminology.VersionCatalog;
import fr.ror.nomenclator.terminology.VersionOrder;
import fr.ror.nomenclator.terminology.VersionSummary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a run of the quality loop sees: the versions of the request (the candidates), the stored
 * versions, and the date everything is judged on. A reference resolves first to a candidate, then
 * to the stored version in force on that date (or, pinned, to the stored version of that number),
 * then to FHIR core content. Versions are materialised once per run.
 */
final class QualityContext {

    static final Comparator<Checked> BY_VERSION = Comparator.comparing(Checked::version,
            Comparator.nullsFirst(VersionOrder.INSTANCE));

    private final VersionCatalog catalog;
    private final NomenclatureCatalogue catalogue;
    private final BuiltInContent builtIn;
    private final ConceptLineage lineage;
    private final LocalDate asOf;
    private final Set<String> replacementRequired;
    private final List<Checked> candidates;
    private final Map<String, Checked> stored = new HashMap<>();
    private final Map<String, Optional<Checked>> builtIns = new HashMap<>();
    private final Map<String, List<LineageLink>> lineageByNomenclature = new HashMap<>();

    /** @param replacementRequired nomenclature keys whose retired codes need a replacement */
    QualityContext(VersionCatalog catalog, NomenclatureCatalogue catalogue, BuiltInContent builtIn,
                   ConceptLineage lineage, LocalDate asOf, Set<String> replacementRequired, List<Checked> candidates) {
        this.catalog = catalog;
        this.catalogue = catalogue;
        this.builtIn = builtIn;
        this.lineage = lineage;
        this.asOf = asOf;
        this.replacementRequired = Set.copyOf(replacementRequired);
        this.candidates = List.copyOf(candidates);
    }

    /** The same stored content and date, without candidates: the state in force. */
    QualityContext withoutCandidates() {
        QualityContext inForce = new QualityContext(catalog, catalogue, builtIn, lineage, asOf, replacementRequired,
                List.of());
        inForce.stored.putAll(stored);
        inForce.lineageByNomenclature.putAll(lineageByNomenclature);
        return inForce;
    }

    LocalDate asOf() {
        return asOf;
    }

    List<Checked> candidates() {
        return candidates;
    }

    String key(String url) {
        return catalogue.canonicalKey(url);
    }

    /** The nomenclature key's catalogue entry, if the catalogue knows it (its NOS id, its preferred URL). */
    Optional<Nomenclature> nomenclature(String url) {
        return catalogue.byUrl(url);
    }

    boolean replacementRequired(String key) {
        return replacementRequired.contains(key);
    }

    /**
     * The version a reference names: with a version, that version (a candidate first, then stored);
     * without, the candidate of that nomenclature, else the version in force.
     */
    Optional<Checked> resolve(ResourceKind kind, String url, String version) {
        if (url == null) {
            return Optional.empty();
        }
        String key = key(url);
        if (version != null) {
            Optional<Checked> candidate = candidates.stream()
                    .filter(c -> c.kind() == kind && c.key().equals(key) && version.equals(c.version())).findFirst();
            if (candidate.isPresent()) {
                return candidate;
            }
            Optional<Checked> pinned = catalog.versionsOf(kind, url).stream()
                    .filter(v -> version.equals(v.version())).findFirst().map(this::stored);
            return pinned.isPresent() ? pinned : builtIn(kind, url).filter(b -> version.equals(b.version()));
        }
        Optional<Checked> current = current(kind, url);
        return current.isPresent() ? current : builtIn(kind, url);
    }

    /** What a reference without version resolves to among candidates and stored versions. */
    Optional<Checked> current(ResourceKind kind, String url) {
        String key = key(url);
        Optional<Checked> candidate = candidates.stream().filter(c -> c.kind() == kind && c.key().equals(key))
                .max(BY_VERSION);
        return candidate.isPresent() ? candidate : inForce(kind, url);
    }

    /**
     * The stored version in force on the run's date: the latest published ({@code active}) version
     * whose {@code date} is not after it; without one, the latest active; without any, the latest
     * that is not a draft. Drafts are never in force.
     */
    Optional<Checked> inForce(ResourceKind kind, String url) {
        return inForceSummary(catalog.versionsOf(kind, url)).map(this::stored);
    }

    Optional<VersionSummary> inForceSummary(List<VersionSummary> versions) {
        Comparator<VersionSummary> byVersion = Comparator.comparing(VersionSummary::version,
                Comparator.nullsFirst(VersionOrder.INSTANCE));
        List<VersionSummary> published = versions.stream().filter(v -> !"draft".equals(v.status())).toList();
        Optional<VersionSummary> effective = published.stream().filter(v -> "active".equals(v.status()))
                .filter(v -> effectiveBy(v.date())).max(byVersion);
        if (effective.isPresent()) {
            return effective;
        }
        Optional<VersionSummary> active = published.stream().filter(v -> "active".equals(v.status())).max(byVersion);
        return active.isPresent() ? active : published.stream().max(byVersion);
    }

    private boolean effectiveBy(String date) {
        LocalDate day = Concept.day(date);
        return day == null || !day.isAfter(asOf);
    }

    /** Every version of the nomenclature of a checked version, itself included: stored ones and candidates, oldest first. */
    List<Checked> versionsOf(Checked version) {
        List<Checked> all = knownVersions(version.kind(), version.url());
        if (all.stream().noneMatch(version::sameAs)) {
            all.add(version);
            all.sort(BY_VERSION);
        }
        return all;
    }

    /** The stored versions and candidates of the nomenclature a URL names, oldest first. */
    List<Checked> knownVersions(ResourceKind kind, String url) {
        String key = key(url);
        List<Checked> all = new ArrayList<>(catalog.versionsOf(kind, url).stream().map(this::stored).toList());
        candidates.stream().filter(c -> c.kind() == kind && c.key().equals(key) && all.stream().noneMatch(c::sameAs))
                .forEach(all::add);
        all.sort(BY_VERSION);
        return all;
    }

    /** The version a checked one follows: the latest stored, non-draft version older than it, if any. */
    Optional<Checked> predecessor(Checked version) {
        return catalog.versionsOf(version.kind(), version.url()).stream()
                .filter(v -> !"draft".equals(v.status()))
                .filter(v -> VersionOrder.INSTANCE.compare(v.version(), version.version()) < 0)
                .max(Comparator.comparing(VersionSummary::version, VersionOrder.INSTANCE))
                .map(this::stored);
    }

    /** The lineage links that start at a code of a nomenclature. */
    List<LineageLink> lineage(String key, String code) {
        List<LineageLink> links = lineageByNomenclature.computeIfAbsent(key, lineage::fromNomenclature);
        return links.stream().filter(l -> l.from().code().equals(code)).toList();
    }

    /**
     * The codes that replace a concept: its {@code replacedBy} / {@code remplacePar} properties, then
     * the lineage recorded in the graph ({@code REPLACED_BY}, {@code SPLIT_INTO}, {@code MERGED_INTO});
     * a code of another nomenclature is named {@code key|code}.
     */
    List<String> replacements(Checked codeSystem, Concept concept) {
        List<String> codes = new ArrayList<>(concept.replacedBy());
        for (LineageLink link : lineage(codeSystem.key(), concept.code())) {
            String code = link.to().nomenclature().equals(codeSystem.key()) ? link.to().code() : link.to().toString();
            if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        return codes;
    }

    Checked stored(VersionSummary summary) {
        return stored.computeIfAbsent(summary.id(), id -> new Checked(summary.kind(), id, summary.canonicalKey(),
                catalog.resource(summary.kind(), id).orElseThrow(() -> new IllegalStateException(
                        summary.kind().fhirType() + "/" + id + " is no longer stored"))));
    }

    private Optional<Checked> builtIn(ResourceKind kind, String url) {
        if (builtIn == null || !BuiltInContent.mayHold(url)) {
            return Optional.empty();
        }
        return builtIns.computeIfAbsent(kind + " " + url, k -> builtIn.resource(kind, url)
                .map(json -> new Checked(kind, null, url, json)));
    }
}
