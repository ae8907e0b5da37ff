package fr.ror.nomenclator.terminology.internal.serving;

import fr.ror.nomenclator.terminology.ResourceKind;
import fr.ror.nomenclator.terminology.VersionCatalog;
import fr.ror.nomenclator.terminology.VersionSummary;
import java.util.LinkedHashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiles, once the server is ready, the snapshots the first requests will need: the version
 * served by default of every code system and value set (within the snapshot cache's capacity), so
 * that the first editor after a restart is not the one who pays for compiling R211. Runs on its
 * own low-priority thread; a failure is logged, never fatal (the request would compile it anyway).
 */
final class ServingWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(ServingWarmUp.class);

    private final VersionCatalog catalog;
    private final StoredContent stored;
    private final int capacity;

    ServingWarmUp(VersionCatalog catalog, StoredContent stored, int capacity) {
        this.catalog = catalog;
        this.stored = stored;
        this.capacity = capacity;
    }

    void startInBackground() {
        Thread thread = new Thread(this::run, "serving-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    void run() {
        long start = System.nanoTime();
        int codeSystems = 0;
        int valueSets = 0;
        try {
            for (String url : urls(ResourceKind.CODE_SYSTEM)) {
                if (codeSystems >= capacity) {
                    break;
                }
                if (stored.codeSystem(url, null).isPresent()) {
                    codeSystems++;
                }
            }
            for (String url : urls(ResourceKind.VALUE_SET)) {
                if (stored.valueSet(url, null).isPresent()) {
                    valueSets++;
                }
            }
            LOG.info("Serving warm-up: {} code system snapshots and {} value sets compiled in {} ms", codeSystems,
                    valueSets, (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.warn("Serving warm-up stopped after {} code systems: {}", codeSystems, e.toString());
        }
    }

    private Set<String> urls(ResourceKind kind) {
        Set<String> urls = new LinkedHashSet<>();
        for (VersionSummary version : catalog.versions(kind)) {
            urls.add(version.canonicalUrl());
        }
        return urls;
    }
}
