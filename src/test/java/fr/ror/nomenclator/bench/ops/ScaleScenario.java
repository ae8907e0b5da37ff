package fr.ror.nomenclator.bench.ops;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The synthetic scale scenario, on our server only: a generated CodeSystem of
 * {@code bench.synthetic.concepts} concepts, loaded over {@code POST /fhir/CodeSystem} as the
 * demo editor account, then resident memory, the first {@code $validate-code} (which compiles
 * the snapshot), validate-code latency over codes of every level, and {@code $expand?filter=} on
 * a value set of the whole system. (HAPI is not run here: its deferred concept storage is
 * another benchmark.)
 */
final class ScaleScenario {

    /** The demo account of the embedded default (README: "The FHIR API"). */
    static final String DEMO_USER = "nos-admin";
    static final String DEMO_PASSWORD = "nomenclator-demo";
    static final double FILTER_P50_TARGET_MILLIS = 50;
    static final int FILTER_MAX_CODES = 100;
    private static final int SAMPLE_CODES = 1_000;

    private final BenchSettings settings;
    private final SideBySide runner;
    private final PrintStream out;

    ScaleScenario(BenchSettings settings, SideBySide runner, PrintStream out) {
        this.settings = settings;
        this.runner = runner;
        this.out = out;
    }

    void run(ServerProcess ours, Path work) throws IOException, InterruptedException {
        SyntheticCodeSystem synthetic = new SyntheticCodeSystem(settings.syntheticConcepts(), settings.syntheticDepth());
        Path file = work.resolve("synthetic-codesystem.json");
        long generating = System.nanoTime();
        synthetic.write(file, SAMPLE_CODES);
        out.printf("generated %,d concepts, %d levels (fan-out %d), %,d bytes, in %.1f s%n", settings.syntheticConcepts(),
                settings.syntheticDepth(), synthetic.fanOut(), Files.size(file), (System.nanoTime() - generating) / 1e9);

        long before = ours.residentMegabytes();
        FhirUpload editor = FhirUpload.as(ours, DEMO_USER, DEMO_PASSWORD);
        FhirUpload.Answer loaded = editor.create("CodeSystem", file);
        out.printf("load (POST /fhir/CodeSystem): HTTP %d in %.1f s%n", loaded.status(), loaded.took().toMillis() / 1000.0);
        if (loaded.status() >= 300) {
            out.println("not available: the load failed, "
                    + Preflight.describe(loaded.status(), loaded.body().getBytes(StandardCharsets.UTF_8)));
            return;
        }
        FhirUpload.Answer valueSet = editor.create("ValueSet", SyntheticCodeSystem.valueSetJson());
        out.printf("value set of the whole system (POST /fhir/ValueSet): HTTP %d%n", valueSet.status());
        long afterLoad = ours.residentMegabytes();

        String first = synthetic.sampleCodes().get(synthetic.sampleCodes().size() / 2);
        long firstUse = System.nanoTime();
        Preflight firstValidation = Preflight.of(ours, validate(first), ResponseCheck.resultTrue(), "");
        out.printf("first $validate-code (compiles the snapshot): %.2f s, %s%n", (System.nanoTime() - firstUse) / 1e9,
                firstValidation.summary());
        long afterFirstUse = ours.residentMegabytes();
        out.printf("resident memory of our server: %,d MB before the load, %,d MB after it, %,d MB after first use%n",
                before, afterLoad, afterFirstUse);

        List<String> codes = synthetic.sampleCodes();
        // No-cache: every request is answered from the snapshot and rendered, none from a pre-rendered answer.
        Scenario validation = Scenario.rotation("scale $validate-code",
                i -> validate(codes.get(Math.floorMod(i, codes.size()))), ResponseCheck.resultTrue()).uncached();
        Scenario filter = Scenario.ours("scale $expand?filter=", Scenario.fhir("ValueSet/$expand", "url",
                SyntheticCodeSystem.VALUE_SET_URL, "filter", synthetic.filterWord()),
                ResponseCheck.expansionOfAtMost(FILTER_MAX_CODES)).uncached();
        out.printf("filter word \"%s\": %d concepts carry it%n", synthetic.filterWord(), synthetic.filterMatches());

        Map<String, ServerResult> validated = runner.run(validation, List.of(ours));
        Map<String, ServerResult> filtered = runner.run(filter, List.of(ours));
        out.println();
        out.printf("| Scale scenario (%d connection%s) | req/s | p50 ms | p99 ms | errors (all rounds) | HTTP statuses | target |%n",
                settings.scaleConnections(), settings.scaleConnections() == 1 ? "" : "s");
        out.println("|---|---|---|---|---|---|---|");
        out.println(row("scale $validate-code (codes of every level, no-cache)", validated.get(ours.name()),
                Optional.empty()));
        out.println(row("scale $expand?filter=" + synthetic.filterWord() + " (≤ " + FILTER_MAX_CODES + " codes, no-cache)",
                filtered.get(ours.name()), Optional.of(FILTER_P50_TARGET_MILLIS)));
        out.printf("resident memory of our server after the scale scenario: %,d MB%n", ours.residentMegabytes());
    }

    private static String validate(String code) {
        return Scenario.fhir("CodeSystem/$validate-code", "url", SyntheticCodeSystem.URL, "code", code);
    }

    private static String row(String name, ServerResult result, Optional<Double> p50Target) {
        Optional<Measurement> median = result.median();
        if (median.isEmpty()) {
            return "| %s | not available: %s | | | | | |".formatted(name, result.preflight().summary().replace("|", "\\|"));
        }
        Measurement m = median.get();
        String target = p50Target.map(t -> "p50 < %.0f ms: %s".formatted(t, m.p50Millis() < t ? "met" : "NOT met"))
                .orElse("");
        return "| %s | %,.0f | %.2f | %.2f | %,d (%,d) | %s | %s |".formatted(name, m.requestsPerSecond(), m.p50Millis(),
                m.p99Millis(), m.errors(), result.errorsInAllRounds(), m.statuses(), target);
    }
}
