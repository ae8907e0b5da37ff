package fr.ror.nomenclator.terminology.internal.serving;

import fr.ror.nomenclator.terminology.VersionSummary;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

/**
 * The snapshots in memory: at most {@code capacity} versions, least recently used evicted first.
 * A snapshot is built on first use, once even when many requests ask at the same moment (they
 * wait for the one build), outside the lock so other versions keep being served meanwhile. A
 * version whose content hash changed (a replaced draft) is built again.
 */
final class SnapshotCache {

    private record Slot(String contentHash, FutureTask<CodeSystemSnapshot> build) {
    }

    private final Function<VersionSummary, CodeSystemSnapshot> builder;
    private final Map<String, Slot> slots;

    SnapshotCache(int capacity, Function<VersionSummary, CodeSystemSnapshot> builder) {
        if (capacity < 1) {
            throw new IllegalArgumentException("A snapshot cache holds at least one version, not " + capacity);
        }
        this.builder = builder;
        this.slots = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Slot> eldest) {
                return size() > capacity;
            }
        };
    }

    CodeSystemSnapshot get(VersionSummary version) {
        Slot slot;
        boolean mine = false;
        synchronized (slots) {
            slot = slots.get(version.id());
            if (slot == null || !Objects.equals(slot.contentHash(), version.contentHash())) {
                slot = new Slot(version.contentHash(), new FutureTask<>(() -> builder.apply(version)));
                slots.put(version.id(), slot);
                mine = true;
            }
        }
        if (mine) {
            slot.build().run();
        }
        try {
            return slot.build().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while building the snapshot of " + version.id(), e);
        } catch (ExecutionException e) {
            forget(version.id(), slot);
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("Cannot build the snapshot of " + version.id(), e.getCause());
        }
    }

    /** Keeps a snapshot built ahead of its first use (a version about to be published). */
    void put(VersionSummary version, CodeSystemSnapshot snapshot) {
        FutureTask<CodeSystemSnapshot> done = new FutureTask<>(() -> snapshot);
        done.run();
        synchronized (slots) {
            slots.put(version.id(), new Slot(version.contentHash(), done));
        }
    }

    int size() {
        synchronized (slots) {
            return slots.size();
        }
    }

    private void forget(String id, Slot failed) {
        synchronized (slots) {
            slots.remove(id, failed);
        }
    }
}
