package fr.ror.nomenclator.bench.ops;

import org.HdrHistogram.Histogram;

/**
 * One measured window against one server: throughput, latency percentiles, wrong answers (an
 * unexpected status or body counts as an error) and CPU spent per request on each side.
 */
record Measurement(long requests, double seconds, double p50Millis, double p99Millis, long errors,
                   StatusCounts statuses, long reconnects, double clientCpuMicrosPerRequest,
                   double serverCpuMicrosPerRequest, double clientCores, double serverCores) {

    double requestsPerSecond() {
        return requests / seconds;
    }

    static final class Builder {

        private final long elapsedNanos;
        private final long clientCpuNanos;
        private final long serverCpuNanos;
        private final Histogram latencies = new Histogram(3);
        private final StatusCounts statuses = new StatusCounts();
        private long errors;
        private long reconnects;

        Builder(long elapsedNanos, long clientCpuNanos, long serverCpuNanos) {
            this.elapsedNanos = elapsedNanos;
            this.clientCpuNanos = clientCpuNanos;
            this.serverCpuNanos = serverCpuNanos;
        }

        void add(Histogram worker, StatusCounts workerStatuses, long wrong, long workerReconnects) {
            latencies.add(worker);
            statuses.addAll(workerStatuses);
            errors += wrong;
            reconnects += workerReconnects;
        }

        Measurement build() {
            long requests = latencies.getTotalCount();
            double seconds = elapsedNanos / 1e9;
            double perRequest = Math.max(requests, 1);
            return new Measurement(requests, seconds, latencies.getValueAtPercentile(50) / 1000.0,
                    latencies.getValueAtPercentile(99) / 1000.0, errors, statuses, reconnects,
                    clientCpuNanos / 1e3 / perRequest, serverCpuNanos / 1e3 / perRequest,
                    clientCpuNanos / 1e9 / seconds, serverCpuNanos / 1e9 / seconds);
        }
    }
}
