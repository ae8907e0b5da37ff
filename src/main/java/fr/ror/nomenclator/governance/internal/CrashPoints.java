package fr.ror.nomenclator.governance.internal;

import java.util.Arrays;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The steps of a publication, and the fault injection of the crash tests: with
 * {@code nomenclator.releases.crash-at=<step>} the process halts at that step, as a power cut
 * would (no shutdown hook, no flush), and the next start must find the old state or the new one.
 * Never set it in production.
 */
final class CrashPoints {

    enum Step {
        /** The quality checks passed; nothing is written yet. */
        CHECKED,
        /** Every write of the publication is made in its transaction, not committed. */
        IN_TRANSACTION,
        /** The transaction committed; memory still serves the old state; no event delivered. */
        COMMITTED,
        /** The served state swapped; the outbox not dispatched yet. */
        SWAPPED;

        String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private static final Logger log = LoggerFactory.getLogger(CrashPoints.class);

    private final Step crashAt;

    CrashPoints(String crashAt) {
        this.crashAt = crashAt == null || crashAt.isBlank() ? null : Arrays.stream(Step.values())
                .filter(s -> s.id().equals(crashAt)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                        "nomenclator.releases.crash-at: '" + crashAt + "' is not a step (checked, in-transaction,"
                                + " committed, swapped)"));
        if (this.crashAt != null) {
            log.warn("nomenclator.releases.crash-at={}: the process will halt at that step of a publication (tests only)",
                    crashAt);
        }
    }

    void reached(Step step) {
        if (step == crashAt) {
            log.warn("Publication step '{}' reached: halting the process (nomenclator.releases.crash-at)", step.id());
            Runtime.getRuntime().halt(86);
        }
    }
}
