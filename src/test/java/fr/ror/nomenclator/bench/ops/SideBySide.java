package fr.ror.nomenclator.bench.ops;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs scenarios against the servers in one run: for each scenario, {@code rounds} rounds, each
 * measuring every server once with the same warm-up and window, in alternating order so that
 * neither server always goes first; before the first round, each server gets a longer warm-up
 * ({@code bench.first-warmup}) so that no round measures a JIT still compiling the operation.
 */
final class SideBySide {

    private final LoadGenerator load;
    private final BenchSettings settings;
    private final PrintStream out;

    SideBySide(LoadGenerator load, BenchSettings settings, PrintStream out) {
        this.load = load;
        this.settings = settings;
        this.out = out;
    }

    /** Results by server name, in the order given. */
    Map<String, ServerResult> run(Scenario scenario, List<ServerProcess> servers) throws InterruptedException {
        Map<String, Preflight> preflights = new LinkedHashMap<>();
        Map<String, List<Measurement>> rounds = new LinkedHashMap<>();
        List<ServerProcess> measured = new ArrayList<>();
        for (ServerProcess server : servers) {
            Preflight preflight = Preflight.of(server, scenario.firstPath(), scenario.check(), scenario.headers());
            preflights.put(server.name(), preflight);
            rounds.put(server.name(), new ArrayList<>());
            out.printf("  %-24s %s: %s%s%n", scenario.name(), server.name(), preflight.summary(),
                    preflight.available() ? (preflight.right() ? "" : "  [WRONG ANSWER: counted as errors]")
                            : "  -> not available, not measured");
            if (preflight.available()) {
                measured.add(server);
            }
        }
        for (ServerProcess server : measured) {
            if (!settings.firstWarmUp().isZero()) {
                Measurement discarded = load.run(server.port(), scenario.paths(), scenario.headers(), scenario.check(),
                        settings.firstWarmUp(), java.time.Duration.ofSeconds(1), server.pid());
                out.printf("  %-24s %s warmed up %d s (then %,.0f req/s, not counted)%n", scenario.name(), server.name(),
                        settings.firstWarmUp().toSeconds(), discarded.requestsPerSecond());
            }
        }
        for (int round = 0; round < settings.rounds(); round++) {
            List<ServerProcess> order = new ArrayList<>(measured);
            if (round % 2 == 1) {
                java.util.Collections.reverse(order);
            }
            for (ServerProcess server : order) {
                Measurement m = load.run(server.port(), scenario.paths(), scenario.headers(), scenario.check(), settings.warmUp(),
                        settings.measure(), server.pid());
                rounds.get(server.name()).add(m);
                out.printf("  %-24s %s round %d/%d: %,.0f req/s, p50 %.2f ms, p99 %.2f ms, errors %,d [%s]%n",
                        scenario.name(), server.name(), round + 1, settings.rounds(), m.requestsPerSecond(),
                        m.p50Millis(), m.p99Millis(), m.errors(), m.statuses());
            }
        }
        Map<String, ServerResult> results = new LinkedHashMap<>();
        preflights.forEach((name, preflight) -> results.put(name, new ServerResult(name, preflight, rounds.get(name))));
        return results;
    }
}
