package fr.ror.nomenclator.terminology.internal.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.terminology.GraphStatistics;
import fr.ror.nomenclator.terminology.NomenclatureCatalogue;
import fr.ror.nomenclator.terminology.ResourceKind;
import fr.ror.nomenclator.terminology.VersionCatalog;
import fr.ror.nomenclator.terminology.VersionSummary;
import fr.ror.nomenclator.terminology.internal.model.ResourceAssembler;
import fr.ror.nomenclator.terminology.VersionOrder;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Answers reads from the in-memory {@link VersionIndex}; materialises a version from the graph
 * the first time it is read and keeps it (versions are immutable, drafts are re-read after a
 * replace) in a bounded cache.
 */
@Service
class GraphVersionCatalog implements VersionCatalog {

    private static final int CACHED_VERSIONS = 256;
    private static final int UNCACHED_ABOVE = GraphVersionRepository.CHUNKED_ABOVE;

    private final VersionIndex index;
    private final GraphVersionRepository repository;
    private final NomenclatureCatalogue catalogue;
    private final ResourceAssembler assembler;
    private final Map<String, CachedResource> cache = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, CachedResource> eldest) {
                    return size() > CACHED_VERSIONS;
                }
            });

    private record CachedResource(String contentHash, ObjectNode resource) {
    }

    GraphVersionCatalog(VersionIndex index, GraphVersionRepository repository, NomenclatureCatalogue catalogue,
                        ObjectMapper objectMapper) {
        this.index = index;
        this.repository = repository;
        this.catalogue = catalogue;
        this.assembler = new ResourceAssembler(objectMapper);
    }

    @Override
    public List<VersionSummary> versions() {
        return index.all();
    }

    @Override
    public List<VersionSummary> versions(ResourceKind kind) {
        return index.all().stream().filter(v -> v.kind() == kind).toList();
    }

    @Override
    public Optional<VersionSummary> find(ResourceKind kind, String id) {
        return index.byId(id).filter(v -> v.kind() == kind);
    }

    @Override
    public List<VersionSummary> versionsOf(ResourceKind kind, String url) {
        return index.ofNomenclature(kind, catalogue.canonicalKey(url));
    }

    @Override
    public Optional<VersionSummary> latest(ResourceKind kind, String url) {
        List<VersionSummary> versions = versionsOf(kind, url);
        Comparator<VersionSummary> byVersion = Comparator.comparing(VersionSummary::version, VersionOrder.INSTANCE);
        Instant now = Instant.now();
        Optional<VersionSummary> inForce = versions.stream().filter(v -> "active".equals(v.status()))
                .filter(v -> !FhirDates.inForce(v).map(t -> t.isAfter(now)).orElse(false)).max(byVersion);
        if (inForce.isPresent()) {
            return inForce;
        }
        Optional<VersionSummary> active = versions.stream().filter(v -> "active".equals(v.status())).max(byVersion);
        return active.isPresent() ? active : versions.stream().max(byVersion);
    }

    @Override
    public Optional<ObjectNode> resource(ResourceKind kind, String id) {
        Optional<VersionSummary> summary = find(kind, id);
        if (summary.isEmpty()) {
            return Optional.empty();
        }
        CachedResource cached = cache.get(id);
        if (cached == null || !cached.contentHash().equals(summary.get().contentHash())) {
            Optional<GraphVersionRepository.StoredParts> parts = repository.loadParts(id);
            if (parts.isEmpty()) {
                return Optional.empty();
            }
            GraphVersionRepository.StoredParts p = parts.get();
            ObjectNode built = assembler.assemble(kind, id, p.header(), p.nested(), p.concepts(), p.rules(), p.groups());
            if (p.concepts().size() > UNCACHED_ABOVE) {
                // A very large version is assembled for each read rather than held (and copied) in memory.
                return Optional.of(built);
            }
            cached = new CachedResource(summary.get().contentHash(), built);
            cache.put(id, cached);
        }
        return Optional.of(cached.resource().deepCopy());
    }

    /** Keeps a version just published materialised, so its first readers do not pay for it. */
    void prime(String id, String contentHash, ObjectNode resource) {
        cache.put(id, new CachedResource(contentHash, resource.deepCopy()));
    }

    @Override
    public long generation() {
        return index.generation();
    }

    @Override
    public GraphStatistics statistics() {
        return repository.statistics();
    }
}
