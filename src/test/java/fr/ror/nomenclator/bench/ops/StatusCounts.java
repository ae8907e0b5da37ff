package fr.ror.nomenclator.bench.ops;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** How many answers of each HTTP status; {@link #IO_ERROR} for requests that got no answer. */
final class StatusCounts {

    static final int IO_ERROR = -1;

    private final Map<Integer, Long> counts = new TreeMap<>();

    void add(int status) {
        counts.merge(status, 1L, Long::sum);
    }

    void addAll(StatusCounts other) {
        other.counts.forEach((status, count) -> counts.merge(status, count, Long::sum));
    }

    long count(int status) {
        return counts.getOrDefault(status, 0L);
    }

    @Override
    public String toString() {
        return counts.entrySet().stream()
                .map(e -> (e.getKey() == IO_ERROR ? "no answer" : e.getKey().toString()) + " ×" + "%,d".formatted(e.getValue()))
                .collect(Collectors.joining(", "));
    }
}
