package fr.ror.nomenclator;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Once the server is ready, one full collection returns the start-up garbage (HAPI FHIR's model
 * scan, Neo4j's start, the shipped content load) and lets the JVM give the freed heap back to
 * the system, so a long-running server does not keep its start-up peak resident. Runs on its own
 * thread, after readiness. {@code nomenclator.trim-memory-after-start=false} turns it off.
 */
@Component
@ConditionalOnProperty(name = "nomenclator.trim-memory-after-start", havingValue = "true", matchIfMissing = true)
class StartupMemoryTrim implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(StartupMemoryTrim.class);

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        Thread trim = new Thread(StartupMemoryTrim::trim, "startup-memory-trim");
        trim.setDaemon(true);
        trim.start();
    }

    private static void trim() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = memory.getHeapMemoryUsage().getCommitted();
        System.gc(); // deliberate: once, after start, to shrink the committed heap
        long after = memory.getHeapMemoryUsage().getCommitted();
        log.info("Heap after start-up trim: {} MB committed (was {} MB)", after >> 20, before >> 20);
    }
}
