package fr.ror.nomenclator.bench.ops;

import fr.ror.nomenclator.bench.Machine;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The operations benchmark (README: "Benchmarks"). Not a test: it prints figures.
 *
 * <p>Starts our packaged server and the stock HAPI FHIR JPA baseline ({@code bench/hapi-baseline})
 * as separate processes on this machine, loads R211 and J17 into HAPI over REST (ours ships
 * them), then measures each terminology operation on both in the same run, and the synthetic
 * scale scenario on ours. Every process it starts is stopped at the end, also on failure.
 *
 * <p>Arguments: our jar, the baseline jar, {@code ../shared/nomenclatures}.
 */
public final class OperationsBenchmark {

    static final String OURS = "Nomenclator";
    static final String BASELINE = "HAPI JPA 8.8.0";
    static final String TRIVIAL = "trivial (GET /ping)";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(15);

    private OperationsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path ourJar = Path.of(args.length > 0 ? args[0] : "target/nomenclator.jar").toAbsolutePath();
        Path baselineJar = Path.of(args.length > 1 ? args[1] : "bench/hapi-baseline/target/hapi-baseline.jar")
                .toAbsolutePath();
        Path shared = Path.of(args.length > 2 ? args[2] : "../shared/nomenclatures").toAbsolutePath().normalize();
        BenchSettings settings = BenchSettings.fromSystemProperties();
        PrintStream out = System.out;
        RealContent content = RealContent.read(shared);
        Path work = Files.createTempDirectory("nomenclator-ops-bench");

        out.println("# Nomenclator operations benchmark");
        out.println(Machine.describe());
        out.println("load: " + settings + "; client: this JVM, same machine");
        out.printf("content: R211 %s, J17 %s (%d codes), code %s \"%s\"%n", content.codeSystemUrl(),
                content.valueSetUrl(), content.valueSetCodes(), content.code(), content.display());
        try (ServerProcess ours = Servers.ours(ourJar, work.resolve("nomenclator"))) {
            if (settings.runs(BenchSettings.SIDE_BY_SIDE)) {
                try (ServerProcess hapi = Servers.baseline(baselineJar, work.resolve("hapi"))) {
                    sideBySide(ours, hapi, content, settings, out);
                }
            } else {
                out.printf("%s ready after %.1f s%n", OURS, Servers.awaitOurs(ours, START_TIMEOUT).toMillis() / 1000.0);
            }
            if (settings.runs(BenchSettings.SCALE)) {
                out.println();
                out.println("## Scale: synthetic code system (ours only)");
                new ScaleScenario(settings, new SideBySide(new LoadGenerator("localhost", settings.scaleConnections(), settings.clientThreads()),
                        settings, out), out).run(ours, work);
            }
        } finally {
            deleteRecursively(work);
        }
    }

    /** Both servers were started together; HAPI is loaded, then every scenario runs on both. */
    private static void sideBySide(ServerProcess ours, ServerProcess hapi, RealContent content, BenchSettings settings,
                                   PrintStream out) throws IOException, InterruptedException {
        out.printf("%s ready after %.1f s, %s ready after %.1f s (started together)%n", OURS,
                Servers.awaitOurs(ours, START_TIMEOUT).toMillis() / 1000.0, BASELINE,
                Servers.awaitBaseline(hapi, START_TIMEOUT).toMillis() / 1000.0);
        BaselineContent.load(hapi, content, settings.baselineReady(), out);
        out.printf("resident memory once loaded: %s %,d MB, %s %,d MB%n", OURS, ours.residentMegabytes(), BASELINE,
                hapi.residentMegabytes());
        out.println();
        out.println("## Side by side");
        SideBySide runner = new SideBySide(new LoadGenerator("localhost", settings.connections(), settings.clientThreads()), settings, out);
        ResultTable table = new ResultTable(OURS, BASELINE);
        for (Scenario scenario : Scenarios.sideBySide(content)) {
            if (!settings.runsScenario(scenario.name())) {
                continue;
            }
            table.add(scenario, runner.run(scenario, scenario.onBaseline() ? List.of(ours, hapi) : List.of(ours)));
        }
        out.println();
        table.print(out);
        out.printf("resident memory after the side-by-side scenarios: %s %,d MB, %s %,d MB%n", OURS,
                ours.residentMegabytes(), BASELINE, hapi.residentMegabytes());
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
