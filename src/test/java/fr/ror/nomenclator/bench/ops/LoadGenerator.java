package fr.ror.nomenclator.bench.ops;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.function.IntFunction;
import org.HdrHistogram.Histogram;

/**
 * Closed-loop load: {@code connections} workers, each with its own keep-alive connection, send
 * the next request as soon as the previous answer is read. A warm-up window, then a measured
 * window of the same requests; latencies go to an HdrHistogram (microseconds). The client's and
 * the server's CPU time over the measured window tell whether the client could be the limit.
 */
final class LoadGenerator {

    /** Latencies above a minute are recorded as a minute. */
    private static final long MAX_MICROS = Duration.ofMinutes(1).toNanos() / 1_000;

    private final String host;
    private final int connections;

    LoadGenerator(String host, int connections) {
        this.host = host;
        this.connections = connections;
    }

    /**
     * @param paths request {@code i} of a worker goes to {@code paths.apply(i)} (one path, or a rotation)
     * @param headers extra request header lines, each ending with CRLF (or empty)
     * @param serverPid the server process, for its CPU time
     */
    Measurement run(int port, IntFunction<String> paths, String headers, ResponseCheck check, Duration warmUp, Duration measure,
                    long serverPid) throws InterruptedException {
        CyclicBarrier start = new CyclicBarrier(connections + 1);
        CyclicBarrier measured = new CyclicBarrier(connections + 1);
        List<Worker> workers = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            Worker worker = new Worker(new HttpConnection(host, port, headers), paths, check, start, measured, warmUp, measure, i);
            workers.add(worker);
            Thread thread = new Thread(worker, "load-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        await(start);
        // The measured window starts when every worker has finished its warm-up.
        await(measured);
        long clientCpu = clientCpuNanos();
        long serverCpu = CpuTime.ofProcess(serverPid);
        long began = System.nanoTime();
        for (Thread thread : threads) {
            thread.join();
        }
        long elapsed = System.nanoTime() - began;
        Measurement.Builder result = new Measurement.Builder(elapsed, clientCpuNanos() - clientCpu,
                CpuTime.ofProcess(serverPid) - serverCpu);
        workers.forEach(w -> w.addTo(result));
        return result.build();
    }

    private static long clientCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException("load generator interrupted", e);
        }
    }

    /** One connection's loop. */
    private static final class Worker implements Runnable {

        private final HttpConnection connection;
        private final IntFunction<String> paths;
        private final ResponseCheck check;
        private final CyclicBarrier start;
        private final CyclicBarrier measured;
        private final Duration warmUp;
        private final Duration measure;
        private final Histogram latencies = new Histogram(MAX_MICROS, 3);
        private final StatusCounts statuses = new StatusCounts();
        private long wrong;
        private int next;

        Worker(HttpConnection connection, IntFunction<String> paths, ResponseCheck check, CyclicBarrier start,
               CyclicBarrier measured, Duration warmUp, Duration measure, int offset) {
            this.connection = connection;
            this.paths = paths;
            this.check = check;
            this.start = start;
            this.measured = measured;
            this.warmUp = warmUp;
            this.measure = measure;
            // Workers start at different places of a rotation, so they do not ask the same thing in step.
            this.next = offset * 7919;
        }

        @Override
        public void run() {
            try (connection) {
                await(start);
                loop(System.nanoTime() + warmUp.toNanos(), false);
                await(measured);
                loop(System.nanoTime() + measure.toNanos(), true);
            }
        }

        private void loop(long until, boolean record) {
            while (System.nanoTime() < until) {
                String path = paths.apply(next++);
                long sent = System.nanoTime();
                int status;
                boolean right;
                try {
                    HttpConnection.Response response = connection.get(path);
                    status = response.status();
                    right = check.accepts(status, response.body());
                } catch (IOException e) {
                    status = StatusCounts.IO_ERROR;
                    right = false;
                }
                long micros = (System.nanoTime() - sent) / 1_000;
                if (record) {
                    latencies.recordValue(Math.min(micros, MAX_MICROS));
                    statuses.add(status);
                    if (!right) {
                        wrong++;
                    }
                }
            }
        }

        void addTo(Measurement.Builder result) {
            result.add(latencies, statuses, wrong, connection.reconnects());
        }
    }
}
