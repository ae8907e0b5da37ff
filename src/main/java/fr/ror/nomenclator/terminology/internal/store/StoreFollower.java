package fr.ror.nomenclator.terminology.internal.store;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Several instances on one graph: each follows the store's change log and, when another instance
 * imported or published, reloads its index from the graph in one swap
 * ({@code nomenclator.terminology.follow-interval}, 0 to switch off). Snapshots of the versions it
 * learns about this way are compiled on first use.
 */
@Component
class StoreFollower implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(StoreFollower.class);

    private final GraphVersionRepository repository;
    private final VersionIndex index;
    private final GraphContentImport imports;
    private final ScheduledExecutorService timer;

    StoreFollower(GraphVersionRepository repository, VersionIndex index, GraphContentImport imports,
                  @Value("${nomenclator.terminology.follow-interval:10s}") Duration interval) {
        this.repository = repository;
        this.index = index;
        this.imports = imports;
        if (interval.isZero() || interval.isNegative()) {
            this.timer = null;
            return;
        }
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "store-follower");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::follow, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Reloads the index when the graph's log is ahead of it; answers whether it did. */
    boolean follow() {
        try {
            if (repository.logSequence() <= index.seenLog()) {
                return false;
            }
            synchronized (imports) {
                long sequence = repository.logSequence();
                if (sequence <= index.seenLog()) {
                    return false;
                }
                index.replaceAll(repository.loadVersions());
                index.seen(sequence);
                log.info("Another instance changed the store (log {}): versions reloaded", sequence);
                return true;
            }
        } catch (RuntimeException e) {
            log.warn("Could not follow the store's change log: {}", e.toString());
            return false;
        }
    }

    @Override
    public void destroy() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
