package fr.ror.nomenclator.terminology.internal.store;

import fr.ror.nomenclator.terminology.NomenclatureCatalogue;
import fr.ror.nomenclator.terminology.ResourceKind;
import fr.ror.nomenclator.terminology.VersionSummary;
import fr.ror.nomenclator.terminology.VersionOrder;
import fr.ror.nomenclator.terminology.internal.store.GraphVersionRepository.StoredVersion;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * The in-memory index of every stored version's header, loaded once from the graph and kept in
 * step by imports and publications. Searches and version resolution never touch Neo4j.
 *
 * <p>The whole index is one immutable {@link State} behind one volatile reference: a change
 * builds the next state and swaps it in, so a reader sees every version of a publication or
 * none of them, never half, and never waits.
 */
@Component
class VersionIndex {

    private static final Comparator<VersionSummary> ORDER = Comparator.comparing(VersionSummary::canonicalUrl)
            .thenComparing(VersionSummary::version, VersionOrder.INSTANCE);

    private record State(Map<String, VersionSummary> byId, List<VersionSummary> sorted,
                         Map<String, List<VersionSummary>> byNomenclature, long generation) {
    }

    private final NomenclatureCatalogue catalogue;
    private final AtomicLong seenLog = new AtomicLong();
    /** Wakes up when the next version comes into force, so that what was derived from the index is dropped then. */
    private final java.util.concurrent.ScheduledExecutorService clock =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "versions-coming-into-force");
                thread.setDaemon(true);
                return thread;
            });
    private java.util.concurrent.ScheduledFuture<?> nextInForce;
    private volatile State state = new State(Map.of(), List.of(), Map.of(), 0);

    VersionIndex(GraphVersionRepository repository, NomenclatureCatalogue catalogue) {
        this.catalogue = catalogue;
        repository.removeAbandonedStaging();
        seenLog.set(repository.logSequence());
        replaceAll(repository.loadVersions());
    }

    synchronized void add(StoredVersion version) {
        change(List.of(version), Set.of());
    }

    /** Removes {@code removedIds} and adds {@code added} in one swap. */
    synchronized void change(Collection<StoredVersion> added, Set<String> removedIds) {
        Map<String, VersionSummary> byId = new HashMap<>(state.byId());
        removedIds.forEach(byId::remove);
        added.forEach(v -> byId.put(v.id(), summary(v)));
        swap(byId);
    }

    /** Replaces the whole index with what the graph holds (another instance changed it). */
    synchronized void replaceAll(Collection<StoredVersion> versions) {
        Map<String, VersionSummary> byId = new HashMap<>();
        versions.forEach(v -> byId.put(v.id(), summary(v)));
        swap(byId);
    }

    /** Derived answers must be computed again (a version came into force): the versions are the same. */
    synchronized void touch() {
        State s = state;
        state = new State(s.byId(), s.sorted(), s.byNomenclature(), s.generation() + 1);
    }

    /** The store log sequence this index reflects; a higher one in the graph means another instance wrote. */
    long seenLog() {
        return seenLog.get();
    }

    void seen(long sequence) {
        seenLog.accumulateAndGet(sequence, Math::max);
    }

    private VersionSummary summary(StoredVersion v) {
        String canonicalUrl = catalogue.byUrl(v.url()).map(n -> n.url())
                .orElse(v.nomenclatureUrl() == null ? v.url() : v.nomenclatureUrl());
        return new VersionSummary(v.id(), v.kind(), v.key(), canonicalUrl, v.url(), v.version(), v.name(),
                v.title(), v.status(), v.publisher(), v.date(), v.identifiers(), v.contentHash(), v.effectiveFrom());
    }

    private void swap(Map<String, VersionSummary> byId) {
        List<VersionSummary> all = new ArrayList<>(byId.values());
        all.sort(ORDER);
        Map<String, List<VersionSummary>> grouped = new HashMap<>();
        for (VersionSummary v : all) {
            grouped.computeIfAbsent(v.kind() + " " + v.canonicalKey(), k -> new ArrayList<>()).add(v);
        }
        grouped.replaceAll((k, list) -> List.copyOf(list));
        state = new State(Map.copyOf(byId), List.copyOf(all), Map.copyOf(grouped), state.generation() + 1);
        scheduleNextInForce();
    }

    /**
     * A published version whose effective date is still to come is not served by default until
     * then ({@code VersionCatalog.latest} compares with the clock); at that moment the generation
     * changes, so that cached answers computed before are not served any longer.
     */
    private void scheduleNextInForce() {
        java.time.Instant now = java.time.Instant.now();
        Optional<java.time.Instant> next = state.sorted().stream().filter(v -> "active".equals(v.status()))
                .map(FhirDates::inForce).flatMap(Optional::stream).filter(t -> t.isAfter(now))
                .min(Comparator.naturalOrder());
        if (nextInForce != null) {
            nextInForce.cancel(false);
        }
        nextInForce = next.map(t -> clock.schedule(() -> {
            touch();
            synchronized (this) {
                scheduleNextInForce();
            }
        }, java.time.Duration.between(now, t).toMillis() + 1, java.util.concurrent.TimeUnit.MILLISECONDS))
                .orElse(null);
    }

    /** Changes whenever a version is added, replaced or comes into force: what is derived from the index is then stale. */
    long generation() {
        return state.generation();
    }

    List<VersionSummary> all() {
        return state.sorted();
    }

    Optional<VersionSummary> byId(String id) {
        return Optional.ofNullable(state.byId().get(id));
    }

    List<VersionSummary> ofNomenclature(ResourceKind kind, String key) {
        return state.byNomenclature().getOrDefault(kind + " " + key, List.of());
    }

    Optional<VersionSummary> find(ResourceKind kind, String key, String version) {
        return ofNomenclature(kind, key).stream().filter(v -> v.version().equals(version)).findFirst();
    }
}
