package fr.ror.nomenclator.bench.ops;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A scenario on one server: the preflight answer, and the measured rounds when it was available. */
record ServerResult(String server, Preflight preflight, List<Measurement> rounds) {

    /** The round of median throughput. */
    Optional<Measurement> median() {
        if (rounds.isEmpty()) {
            return Optional.empty();
        }
        List<Measurement> sorted = rounds.stream().sorted(Comparator.comparingDouble(Measurement::requestsPerSecond))
                .toList();
        return Optional.of(sorted.get(sorted.size() / 2));
    }

    long errorsInAllRounds() {
        return rounds.stream().mapToLong(Measurement::errors).sum();
    }
}
