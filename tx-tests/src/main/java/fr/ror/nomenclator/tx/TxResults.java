package fr.ror.nomenclator.tx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The outcomes of one run, in the order of test-cases.json, and their per-suite summary.
 * {@code connectionProblem} is what failed in the runner's first requests to the server, or null.
 */
public record TxResults(String server, String connectionProblem, List<TestOutcome> outcomes) {

    public TxResults {
        outcomes = List.copyOf(outcomes);
    }

    public int total() {
        return outcomes.size();
    }

    public int passed() {
        return count(TestOutcome.Status.PASS);
    }

    public int failed() {
        return count(TestOutcome.Status.FAIL);
    }

    public int notApplicable() {
        return count(TestOutcome.Status.NOT_APPLICABLE);
    }

    public List<SuiteTally> suites() {
        Map<String, SuiteTally> bySuite = new LinkedHashMap<>();
        for (TestOutcome outcome : outcomes) {
            bySuite.computeIfAbsent(outcome.suite(), name -> new SuiteTally(name, 0, 0, 0));
            bySuite.computeIfPresent(outcome.suite(), (name, tally) -> tally.add(outcome));
        }
        return new ArrayList<>(bySuite.values());
    }

    /** {@code tx-ecosystem: N of T tests pass (P%)}: the line CI logs and people quote. */
    public String headline() {
        double percent = total() == 0 ? 0 : 100.0 * passed() / total();
        return String.format(Locale.ROOT, "tx-ecosystem: %d of %d tests pass (%.1f%%)", passed(), total(), percent);
    }

    public String table() {
        List<SuiteTally> rows = new ArrayList<>(suites());
        rows.add(new SuiteTally("all suites", passed(), failed(), notApplicable()));
        int width = rows.stream().mapToInt(row -> row.suite().length()).max().orElse(0);
        String format = "%-" + width + "s  %6s  %6s  %4s  %12s%n";
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, format, "suite", "passed", "failed", "n/a", "passed/total"));
        for (int i = 0; i < rows.size(); i++) {
            SuiteTally row = rows.get(i);
            if (i == rows.size() - 1) {
                table.append("-".repeat(width + 36)).append(System.lineSeparator());
            }
            table.append(String.format(Locale.ROOT, format, row.suite(), row.passed(), row.failed(),
                    row.notApplicable(), row.passed() + "/" + row.total()));
        }
        return table.toString();
    }

    private int count(TestOutcome.Status status) {
        return (int) outcomes.stream().filter(outcome -> outcome.status() == status).count();
    }
}
