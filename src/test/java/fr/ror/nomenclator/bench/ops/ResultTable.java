package fr.ror.nomenclator.bench.ops;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** The side-by-side table, in Markdown, with the ratios and whether each target is met. */
final class ResultTable {

    record Row(Scenario scenario, Map<String, ServerResult> results) {
    }

    private final String ours;
    private final String baseline;
    private final List<Row> rows = new ArrayList<>();

    ResultTable(String ours, String baseline) {
        this.ours = ours;
        this.baseline = baseline;
    }

    void add(Scenario scenario, Map<String, ServerResult> results) {
        rows.add(new Row(scenario, results));
    }

    /** Our throughput on the trivial endpoint, the ceiling of the HTTP stack. */
    OptionalDouble trivial() {
        return rows.stream().filter(r -> r.scenario().name().equals(OperationsBenchmark.TRIVIAL)).findFirst()
                .flatMap(r -> r.results().get(ours).median()).map(m -> OptionalDouble.of(m.requestsPerSecond()))
                .orElse(OptionalDouble.empty());
    }

    void print(PrintStream out) {
        out.println("| Scenario | Server | req/s | p50 ms | p99 ms | errors (all rounds) | HTTP statuses | CPU µs/req client / server | ours/HAPI | ours/trivial | targets |");
        out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        OptionalDouble trivial = trivial();
        for (Row row : rows) {
            for (ServerResult result : row.results().values()) {
                out.println(line(row, result, trivial));
            }
        }
    }

    private String line(Row row, ServerResult result, OptionalDouble trivial) {
        String cells = "| %s | %s | ".formatted(row.scenario().name(), result.server());
        Optional<Measurement> median = result.median();
        if (median.isEmpty()) {
            return cells + "not available: " + result.preflight().summary().replace("|", "\\|") + " | | | | | | | | |";
        }
        Measurement m = median.get();
        cells += "%,.0f | %.2f | %.2f | %,d (%,d) | %s | %.0f / %.0f | ".formatted(m.requestsPerSecond(), m.p50Millis(),
                m.p99Millis(), m.errors(), result.errorsInAllRounds(), m.statuses(), m.clientCpuMicrosPerRequest(),
                m.serverCpuMicrosPerRequest());
        if (!result.server().equals(ours)) {
            return cells + " | | |";
        }
        OptionalDouble vsBaseline = ratioToBaseline(row, m);
        OptionalDouble vsTrivial = row.scenario().name().equals(OperationsBenchmark.TRIVIAL) || trivial.isEmpty()
                ? OptionalDouble.empty() : OptionalDouble.of(m.requestsPerSecond() / trivial.getAsDouble());
        return cells + format(vsBaseline, "×") + " | " + format(vsTrivial, "") + " | " + targets(row.scenario(),
                vsBaseline, vsTrivial) + " |";
    }

    private OptionalDouble ratioToBaseline(Row row, Measurement m) {
        ServerResult theirs = row.results().get(baseline);
        if (theirs == null) {
            return OptionalDouble.empty();
        }
        return theirs.median().filter(h -> h.requestsPerSecond() > 0)
                .map(h -> OptionalDouble.of(m.requestsPerSecond() / h.requestsPerSecond())).orElse(OptionalDouble.empty());
    }

    private static String targets(Scenario scenario, OptionalDouble vsBaseline, OptionalDouble vsTrivial) {
        List<String> targets = new ArrayList<>();
        scenario.timesBaseline().ifPresent(t -> targets.add("≥ %.0f× HAPI: %s".formatted(t, verdict(vsBaseline, t))));
        scenario.ofTrivial().ifPresent(t -> targets.add("≥ %.1f of trivial: %s".formatted(t, verdict(vsTrivial, t))));
        return String.join("; ", targets);
    }

    private static String verdict(OptionalDouble ratio, double target) {
        if (ratio.isEmpty()) {
            return "no ratio";
        }
        return ratio.getAsDouble() >= target ? "met" : "NOT met";
    }

    private static String format(OptionalDouble ratio, String suffix) {
        return ratio.isPresent() ? "%.2f%s".formatted(ratio.getAsDouble(), suffix) : "";
    }
}
