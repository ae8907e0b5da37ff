package fr.ror.nomenclator.bench.ops;

import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The knobs of the operations benchmark, as system properties (README: "Benchmarks").
 *
 * @param warmUp        {@code bench.warmup}: seconds of load before each measured window
 * @param firstWarmUp   {@code bench.first-warmup}: seconds of load on each server before a scenario's first round, so
 *                      that its JIT has compiled the operation's path before any round counts (HAPI still ran a
 *                      third faster in a third round than in its first two without it)
 * @param measure       {@code bench.measure}: seconds of each measured window
 * @param rounds        {@code bench.rounds}: windows per scenario and server; the median one is reported
 * @param connections   {@code bench.connections}: concurrent keep-alive connections of the side-by-side scenarios
 * @param clientThreads {@code bench.client-threads}: event loops of the load generator (default: one per core)
 * @param scaleConnections {@code bench.scale.connections}: connections of the scale scenario (1: latency of one client)
 * @param syntheticConcepts {@code bench.synthetic.concepts}: concepts of the synthetic code system
 * @param syntheticDepth {@code bench.synthetic.depth}: levels of its hierarchy
 * @param baselineReady {@code bench.baseline.ready-timeout}: seconds to wait for HAPI's scheduled pre-expansion
 * @param parts         {@code bench.parts}: {@code side-by-side}, {@code scale} or both (comma-separated)
 * @param scenarios     {@code bench.scenarios}: names of the side-by-side scenarios to run, comma-separated;
 *                      empty: all of them (the trivial one runs anyway: the other ratios need it)
 */
record BenchSettings(Duration warmUp, Duration firstWarmUp, Duration measure, int rounds, int connections, int clientThreads,
                     int scaleConnections,
                     int syntheticConcepts, int syntheticDepth, Duration baselineReady, Set<String> parts,
                     Set<String> scenarios) {

    static final String SIDE_BY_SIDE = "side-by-side";
    static final String SCALE = "scale";

    static BenchSettings fromSystemProperties() {
        return new BenchSettings(Duration.ofSeconds(Long.getLong("bench.warmup", 5)),
                Duration.ofSeconds(Long.getLong("bench.first-warmup", 30)),
                Duration.ofSeconds(Long.getLong("bench.measure", 15)),
                Integer.getInteger("bench.rounds", 3),
                Integer.getInteger("bench.connections", 16),
                Integer.getInteger("bench.client-threads", Runtime.getRuntime().availableProcessors()),
                Integer.getInteger("bench.scale.connections", 1),
                Integer.getInteger("bench.synthetic.concepts", 500_000),
                Integer.getInteger("bench.synthetic.depth", 6),
                // HAPI's pre-expansion task runs every 10 minutes.
                Duration.ofSeconds(Long.getLong("bench.baseline.ready-timeout", 900)),
                Set.of(System.getProperty("bench.parts", SIDE_BY_SIDE + "," + SCALE).split("\\s*,\\s*")),
                Arrays.stream(System.getProperty("bench.scenarios", "").split("\\s*,\\s*")).filter(name -> !name.isBlank())
                        .collect(Collectors.toSet()));
    }

    boolean runs(String part) {
        return parts.contains(part);
    }

    boolean runsScenario(String name) {
        return scenarios.isEmpty() || scenarios.contains(name) || name.equals(OperationsBenchmark.TRIVIAL);
    }

    @Override
    public String toString() {
        return "%d connections on %d client event loops, %d s warm-up + %d s measured, %d rounds (median reported), %d s of warm-up per server before a scenario's first round"
                .formatted(connections, clientThreads, warmUp.toSeconds(), measure.toSeconds(), rounds, firstWarmUp.toSeconds());
    }
}
