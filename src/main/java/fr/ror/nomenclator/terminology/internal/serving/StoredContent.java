package fr.ror.nomenclator.terminology.internal.serving;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.terminology.BuiltInContent;
import fr.ror.nomenclator.terminology.ResourceKind;
import fr.ror.nomenclator.terminology.VersionCatalog;
import fr.ror.nomenclator.terminology.VersionOrder;
import fr.ror.nomenclator.terminology.VersionSummary;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The stored side of resolution: published versions from the {@link VersionCatalog}, compiled once
 * into snapshots (code systems, in the bounded {@link SnapshotCache}) and definitions (value sets,
 * concept maps, in small LRU maps), keyed by version id and content hash so that a replaced draft
 * is compiled again. Drafts are selected only by a view that {@link #visibleTo(boolean) sees them}
 * and only when a version is named: the default version is the latest published one.
 */
final class StoredContent {

    private final VersionCatalog catalog;
    private final SnapshotCache codeSystems;
    private final Map<String, Compiled<ValueSetDefinition>> valueSets;
    private final Map<String, Compiled<ObjectNode>> conceptMaps;
    private final BuiltInContent builtIn;
    private final Map<String, Optional<CodeSystemSnapshot>> builtInCodeSystems;
    private final Map<String, Optional<ValueSetDefinition>> builtInValueSets;
    private final boolean drafts;

    private record Compiled<T>(String contentHash, T value) {
    }

    StoredContent(VersionCatalog catalog, int snapshotCapacity) {
        this(catalog, snapshotCapacity, null);
    }

    StoredContent(VersionCatalog catalog, int snapshotCapacity, BuiltInContent builtIn) {
        this.catalog = catalog;
        this.builtIn = builtIn;
        this.drafts = true;
        this.valueSets = lru(256);
        this.conceptMaps = lru(64);
        this.builtInCodeSystems = lru(128);
        this.builtInValueSets = lru(128);
        this.codeSystems = new SnapshotCache(snapshotCapacity, version -> SnapshotBuilder.build(version.id(),
                version.contentHash(), catalog.resource(ResourceKind.CODE_SYSTEM, version.id())
                        .orElseThrow(() -> new IllegalStateException("CodeSystem/" + version.id() + " is no longer stored"))));
    }

    /** A view sharing every cache, whose explicit versions may or may not be drafts. */
    private StoredContent(StoredContent shared, boolean drafts) {
        this.catalog = shared.catalog;
        this.builtIn = shared.builtIn;
        this.codeSystems = shared.codeSystems;
        this.valueSets = shared.valueSets;
        this.conceptMaps = shared.conceptMaps;
        this.builtInCodeSystems = shared.builtInCodeSystems;
        this.builtInValueSets = shared.builtInValueSets;
        this.drafts = drafts;
    }

    /** This content as a request sees it: with drafts (authenticated readers) or published versions only. */
    StoredContent visibleTo(boolean drafts) {
        return drafts == this.drafts ? this : new StoredContent(this, drafts);
    }

    private List<VersionSummary> visible(List<VersionSummary> versions) {
        return drafts ? versions : versions.stream().filter(v -> !"draft".equals(v.status())).toList();
    }

    VersionCatalog catalog() {
        return catalog;
    }

    /** The version a url and (possibly partial or wildcard) version select, latest first. */
    Optional<VersionSummary> select(ResourceKind kind, String url, String version) {
        List<VersionSummary> versions = visible(catalog.versionsOf(kind, url));
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        if (version == null || version.isEmpty()) {
            Optional<VersionSummary> latest = catalog.latest(kind, url);
            if (drafts || latest.filter(v -> "draft".equals(v.status())).isEmpty()) {
                return latest;
            }
            return versions.stream().max((a, b) -> VersionOrder.INSTANCE.compare(a.version(), b.version()));
        }
        Optional<VersionSummary> exact = versions.stream().filter(v -> version.equals(v.version())).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        return versions.stream().filter(v -> VersionMatch.matches(version, v.version()))
                .max((a, b) -> VersionOrder.INSTANCE.compare(a.version(), b.version()));
    }

    List<String> versions(ResourceKind kind, String url) {
        return visible(catalog.versionsOf(kind, url)).stream().map(VersionSummary::version).distinct().toList();
    }

    Optional<CodeSystemSnapshot> codeSystem(String url, String version) {
        Optional<CodeSystemSnapshot> stored = select(ResourceKind.CODE_SYSTEM, url, version).map(codeSystems::get);
        if (stored.isPresent() || builtIn == null || !BuiltInContent.mayHold(url)) {
            return stored;
        }
        return builtInCodeSystems.computeIfAbsent(url, u -> builtIn.resource(ResourceKind.CODE_SYSTEM, u)
                        .map(json -> SnapshotBuilder.build(null, null, json)))
                .filter(cs -> version == null || version.isEmpty() || VersionMatch.matches(version, cs.version()));
    }

    Optional<ValueSetDefinition> valueSet(String url, String version) {
        Optional<ValueSetDefinition> stored = select(ResourceKind.VALUE_SET, url, version)
                .flatMap(v -> compiled(valueSets, v, json -> ValueSetDefinition.of(json), ResourceKind.VALUE_SET));
        if (stored.isPresent() || builtIn == null || !BuiltInContent.mayHold(url)) {
            return stored;
        }
        return builtInValueSets.computeIfAbsent(url, u -> builtIn.resource(ResourceKind.VALUE_SET, u)
                        .map(ValueSetDefinition::of))
                .filter(vs -> version == null || version.isEmpty() || VersionMatch.matches(version, vs.version()));
    }

    /** The versions of a code system, stored or built in. */
    List<String> codeSystemVersions(String url) {
        List<String> versions = versions(ResourceKind.CODE_SYSTEM, url);
        if (versions.isEmpty() && builtIn != null && BuiltInContent.mayHold(url)) {
            return codeSystem(url, null).map(cs -> cs.version() == null ? List.<String>of() : List.of(cs.version()))
                    .orElse(List.of());
        }
        return versions;
    }

    Optional<ObjectNode> conceptMap(String url, String version) {
        return select(ResourceKind.CONCEPT_MAP, url, version)
                .flatMap(v -> compiled(conceptMaps, v, json -> json, ResourceKind.CONCEPT_MAP));
    }

    List<ObjectNode> conceptMaps() {
        return visible(catalog.versions(ResourceKind.CONCEPT_MAP)).stream()
                .flatMap(v -> compiled(conceptMaps, v, json -> json, ResourceKind.CONCEPT_MAP).stream()).toList();
    }

    /** The version id and content hash of a value set version, to key caches of what is derived from it. */
    Optional<VersionSummary> valueSetVersion(String url, String version) {
        return select(ResourceKind.VALUE_SET, url, version);
    }

    /**
     * Compiles a version before it becomes visible (a publication), so that the first requests
     * after the swap find its snapshot or definition ready.
     */
    void prepare(VersionSummary version, ObjectNode resource) {
        switch (version.kind()) {
            case CODE_SYSTEM -> codeSystems.put(version, SnapshotBuilder.build(version.id(), version.contentHash(),
                    resource));
            case VALUE_SET -> {
                synchronized (valueSets) {
                    valueSets.put(version.id(), new Compiled<>(version.contentHash(), ValueSetDefinition.of(resource)));
                }
            }
            case CONCEPT_MAP -> {
                synchronized (conceptMaps) {
                    conceptMaps.put(version.id(), new Compiled<>(version.contentHash(), resource));
                }
            }
        }
    }

    private <T> Optional<T> compiled(Map<String, Compiled<T>> cache, VersionSummary version,
                                     Function<ObjectNode, T> compiler, ResourceKind kind) {
        Compiled<T> hit;
        synchronized (cache) {
            hit = cache.get(version.id());
        }
        if (hit != null && hit.contentHash().equals(version.contentHash())) {
            return Optional.of(hit.value());
        }
        Optional<T> built = catalog.resource(kind, version.id()).map(compiler);
        built.ifPresent(value -> {
            synchronized (cache) {
                cache.put(version.id(), new Compiled<>(version.contentHash(), value));
            }
        });
        return built;
    }

    private static <T> Map<String, T> lru(int capacity) {
        return Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, T> eldest) {
                return size() > capacity;
            }
        });
    }
}
