package fr.ror.nomenclator.terminology.internal.store;

import fr.ror.nomenclator.terminology.NomenclatureCatalogue;
import fr.ror.nomenclator.terminology.ResourceKind;
import fr.ror.nomenclator.terminology.VersionSummary;
import fr.ror.nomenclator.terminology.VersionOrder;
import fr.ror.nomenclator.terminology.internal.store.GraphVersionRepository.StoredVersion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The in-memory index of every stored version's header, loaded once from the graph and kept in
 * step by imports. Searches and version resolution never touch Neo4j.
 */
@Component
class VersionIndex {

    private static final Comparator<VersionSummary> ORDER = Comparator.comparing(VersionSummary::canonicalUrl)
            .thenComparing(VersionSummary::version, VersionOrder.INSTANCE);

    private final NomenclatureCatalogue catalogue;
    private final Map<String, VersionSummary> byId = new ConcurrentHashMap<>();
    private volatile List<VersionSummary> sorted = List.of();
    private volatile Map<String, List<VersionSummary>> byNomenclature = Map.of();
    private volatile long generation;

    VersionIndex(GraphVersionRepository repository, NomenclatureCatalogue catalogue) {
        this.catalogue = catalogue;
        repository.loadVersions().forEach(this::put);
        resort();
    }

    synchronized void add(StoredVersion version) {
        put(version);
        resort();
    }

    private void put(StoredVersion v) {
        String canonicalUrl = catalogue.byUrl(v.url()).map(n -> n.url())
                .orElse(v.nomenclatureUrl() == null ? v.url() : v.nomenclatureUrl());
        byId.put(v.id(), new VersionSummary(v.id(), v.kind(), v.key(), canonicalUrl, v.url(), v.version(), v.name(),
                v.title(), v.status(), v.publisher(), v.date(), v.identifiers(), v.contentHash()));
    }

    private void resort() {
        List<VersionSummary> all = new ArrayList<>(byId.values());
        all.sort(ORDER);
        Map<String, List<VersionSummary>> grouped = new java.util.HashMap<>();
        for (VersionSummary v : all) {
            grouped.computeIfAbsent(v.kind() + " " + v.canonicalKey(), k -> new ArrayList<>()).add(v);
        }
        grouped.replaceAll((k, list) -> List.copyOf(list));
        sorted = List.copyOf(all);
        byNomenclature = Map.copyOf(grouped);
        generation++;
    }

    /** Changes whenever a version is added or replaced: what is derived from the index is then stale. */
    long generation() {
        return generation;
    }

    List<VersionSummary> all() {
        return sorted;
    }

    Optional<VersionSummary> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    List<VersionSummary> ofNomenclature(ResourceKind kind, String key) {
        return byNomenclature.getOrDefault(kind + " " + key, List.of());
    }

    Optional<VersionSummary> find(ResourceKind kind, String key, String version) {
        return ofNomenclature(kind, key).stream().filter(v -> v.version().equals(version)).findFirst();
    }
}
