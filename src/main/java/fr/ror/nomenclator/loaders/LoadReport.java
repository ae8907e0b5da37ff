package fr.ror.nomenclator.loaders;

import fr.ror.nomenclator.terminology.ImportOutcome;
import java.time.Duration;
import java.util.List;

/**
 * What a batch load did.
 *
 * @param sourcesRead sources (files, archive entries, classpath resources) attempted
 * @param created     resource versions new to the store
 * @param unchanged   resource versions already stored with the same content
 * @param replaced    draft versions replaced by new content
 * @param failed      sources or resources not stored (one per entry of {@code failures})
 * @param skipped     archive entries left out because they are not terminology resources
 */
public record LoadReport(int sourcesRead, int created, int unchanged, int replaced, int failed, List<String> skipped,
                         List<LoadFailure> failures, List<ImportOutcome> outcomes, Duration elapsed) {

    public LoadReport {
        skipped = List.copyOf(skipped);
        failures = List.copyOf(failures);
        outcomes = List.copyOf(outcomes);
    }

    static LoadReport of(int sourcesRead, List<String> skipped, List<LoadFailure> failures,
                         List<ImportOutcome> outcomes, Duration elapsed) {
        return new LoadReport(sourcesRead, count(outcomes, ImportOutcome.Result.CREATED),
                count(outcomes, ImportOutcome.Result.UNCHANGED), count(outcomes, ImportOutcome.Result.REPLACED),
                failures.size(), skipped, failures, outcomes, elapsed);
    }

    public boolean succeeded() {
        return failures.isEmpty();
    }

    /** One line, for logs. */
    public String summary() {
        return "%d sources read in %.1f s: %d created, %d unchanged, %d replaced, %d failed, %d skipped".formatted(
                sourcesRead, elapsed.toMillis() / 1000.0, created, unchanged, replaced, failed, skipped.size());
    }

    private static int count(List<ImportOutcome> outcomes, ImportOutcome.Result result) {
        return (int) outcomes.stream().filter(o -> o.result() == result).count();
    }
}
