package fr.ror.nomenclator.bench.ops;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.function.IntFunction;
import org.HdrHistogram.Histogram;

/**
 * Closed-loop load: {@code connections} keep-alive connections, each sending its next request as
 * soon as the previous answer is read, driven by a few non-blocking event loops (one per core by
 * default) rather than a thread per connection: the client shares the machine with the server it
 * measures, and sixteen blocked threads woken once per answer cost it more than the server's own
 * work on a cached answer (19 µs per request, measured). A warm-up window, then a measured
 * window of the same requests; latencies go to an HdrHistogram (microseconds). The client's and
 * the server's CPU time over the measured window tell whether the client could be the limit.
 */
final class LoadGenerator {

    /** Latencies above a minute are recorded as a minute. */
    private static final long MAX_MICROS = Duration.ofMinutes(1).toNanos() / 1_000;

    private static final int CONNECT_TIMEOUT_MS = 5_000;
    private static final long READ_TIMEOUT_NANOS = Duration.ofMinutes(1).toNanos();

    private final String host;
    private final int connections;
    private final int threads;

    /** @param threads how many event loops share the connections (at most one per connection) */
    LoadGenerator(String host, int connections, int threads) {
        this.host = host;
        this.connections = connections;
        this.threads = threads;
    }

    /**
     * @param paths request {@code i} of a worker goes to {@code paths.apply(i)} (one path, or a rotation)
     * @param headers extra request header lines, each ending with CRLF (or empty)
     * @param serverPid the server process, for its CPU time
     */
    Measurement run(int port, IntFunction<String> paths, String headers, ResponseCheck check, Duration warmUp, Duration measure,
                    long serverPid) throws InterruptedException {
        int loopCount = Math.min(threads, connections);
        CyclicBarrier start = new CyclicBarrier(loopCount + 1);
        CyclicBarrier measured = new CyclicBarrier(loopCount + 1);
        List<EventLoop> loops = new ArrayList<>();
        try {
            for (int i = 0; i < loopCount; i++) {
                // Opened here: a selector that cannot open fails the run instead of leaving the barriers waiting.
                loops.add(new EventLoop(Selector.open(), port, paths, headers, check, start, measured, warmUp, measure));
            }
        } catch (IOException e) {
            loops.forEach(EventLoop::closeSelector);
            throw new UncheckedIOException("load generator's selector failed", e);
        }
        for (int i = 0; i < connections; i++) {
            loops.get(i % loopCount).add(i);
        }
        List<Thread> threadList = new ArrayList<>();
        for (int i = 0; i < loopCount; i++) {
            Thread thread = new Thread(loops.get(i), "load-" + i);
            thread.setDaemon(true);
            threadList.add(thread);
            thread.start();
        }
        await(start);
        // The measured window starts when every loop has finished its warm-up.
        await(measured);
        long clientCpu = clientCpuNanos();
        long serverCpu = CpuTime.ofProcess(serverPid);
        long began = System.nanoTime();
        for (Thread thread : threadList) {
            thread.join();
        }
        long elapsed = System.nanoTime() - began;
        Measurement.Builder result = new Measurement.Builder(elapsed, clientCpuNanos() - clientCpu,
                CpuTime.ofProcess(serverPid) - serverCpu);
        loops.forEach(loop -> loop.addTo(result));
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

    /**
     * One thread's share of the connections, driven by one selector: send a request on each, and
     * on each answer check it, record it and send the next, until the phase's deadline; then wait
     * for the answers still on their way.
     */
    private final class EventLoop implements Runnable {

        private final int port;
        private final IntFunction<String> paths;
        private final String headers;
        private final ResponseCheck check;
        private final CyclicBarrier start;
        private final CyclicBarrier measured;
        private final Duration warmUp;
        private final Duration measure;
        private final List<Connection> connections = new ArrayList<>();
        private final Map<String, byte[]> requests = new HashMap<>();
        private final Histogram latencies = new Histogram(MAX_MICROS, 3);
        private final StatusCounts statuses = new StatusCounts();
        private final Selector selector;
        private long wrong;
        private long reconnects;
        private long until;
        private boolean record;

        EventLoop(Selector selector, int port, IntFunction<String> paths, String headers, ResponseCheck check, CyclicBarrier start,
                  CyclicBarrier measured, Duration warmUp, Duration measure) {
            this.selector = selector;
            this.port = port;
            this.paths = paths;
            this.headers = headers;
            this.check = check;
            this.start = start;
            this.measured = measured;
            this.warmUp = warmUp;
            this.measure = measure;
        }

        void closeSelector() {
            try {
                selector.close();
            } catch (IOException ignored) {
                // failing anyway
            }
        }

        void add(int offset) {
            connections.add(new Connection(offset));
        }

        @Override
        public void run() {
            try (selector) {
                await(start);
                phase(System.nanoTime() + warmUp.toNanos(), false);
                await(measured);
                phase(System.nanoTime() + measure.toNanos(), true);
            } catch (IOException e) {
                throw new UncheckedIOException("load generator's selector failed", e);
            } finally {
                connections.forEach(Connection::close);
            }
        }

        private void phase(long deadline, boolean recorded) throws IOException {
            until = deadline;
            record = recorded;
            connections.forEach(this::send);
            while (anyInFlight()) {
                selector.select(1_000);
                for (SelectionKey key : selector.selectedKeys()) {
                    if (key.isValid()) {
                        progress((Connection) key.attachment(), key);
                    }
                }
                selector.selectedKeys().clear();
                long now = System.nanoTime();
                for (Connection connection : connections) {
                    if (connection.inFlight && now - connection.sentAt > READ_TIMEOUT_NANOS) {
                        failed(connection);
                    }
                }
            }
        }

        /** A loop over the few connections of this loop: no stream allocated per wake-up of the client. */
        private boolean anyInFlight() {
            for (Connection connection : connections) {
                if (connection.inFlight) {
                    return true;
                }
            }
            return false;
        }

        private void progress(Connection connection, SelectionKey key) {
            try {
                if (key.isWritable()) {
                    connection.channel.write(connection.pending);
                    if (!connection.pending.hasRemaining()) {
                        connection.pending = null;
                        key.interestOps(SelectionKey.OP_READ);
                    }
                }
                if (!key.isValid() || !key.isReadable()) {
                    return;
                }
                ResponseBytes.Response response = connection.read();
                if (response == null) {
                    return;
                }
                answered(connection, response.status(), check.accepts(response.status(), response.body()));
                if (response.closing()) {
                    connection.close();
                }
                send(connection);
            } catch (IOException e) {
                failed(connection);
            }
        }

        /** Records a request that got no answer, and sends the next one on a new connection. */
        private void failed(Connection connection) {
            answered(connection, StatusCounts.IO_ERROR, false);
            connection.close();
            send(connection);
        }

        private void answered(Connection connection, int status, boolean right) {
            connection.inFlight = false;
            if (record) {
                latencies.recordValue(Math.min((System.nanoTime() - connection.sentAt) / 1_000, MAX_MICROS));
                statuses.add(status);
                if (!right) {
                    wrong++;
                }
            }
        }

        /** Sends the connection's next request unless the phase is over. */
        private void send(Connection connection) {
            while (System.nanoTime() < until) {
                String path = paths.apply(connection.next++);
                byte[] request = requests.computeIfAbsent(path, p -> HttpConnection.request(host, port, p, headers));
                connection.sentAt = System.nanoTime();
                try {
                    connection.send(request);
                    connection.inFlight = true;
                    return;
                } catch (IOException e) {
                    answered(connection, StatusCounts.IO_ERROR, false);
                    connection.close();
                }
            }
        }

        void addTo(Measurement.Builder result) {
            result.add(latencies, statuses, wrong, reconnects);
        }

        /** One keep-alive connection of this loop, opened again when the server closes it. */
        private final class Connection {

            private byte[] input = new byte[64 * 1024];
            private ByteBuffer in = ByteBuffer.wrap(input);
            private int filled;
            private int next;
            private SocketChannel channel;
            private SelectionKey key;
            private ByteBuffer pending;
            private long sentAt;
            private boolean inFlight;
            private boolean opened;

            Connection(int offset) {
                // Connections start at different places of a rotation, so they do not ask the same thing in step.
                this.next = offset * 7919;
            }

            void send(byte[] request) throws IOException {
                if (channel == null) {
                    open();
                }
                ByteBuffer out = ByteBuffer.wrap(request);
                channel.write(out);
                if (out.hasRemaining()) {
                    pending = out;
                    key.interestOps(SelectionKey.OP_WRITE);
                }
            }

            /** Reads what has arrived; @return the whole response once it is there */
            ResponseBytes.Response read() throws IOException {
                if (filled == input.length) {
                    input = Arrays.copyOf(input, input.length * 2);
                    in = ByteBuffer.wrap(input);
                }
                in.limit(input.length).position(filled);
                if (channel.read(in) < 0) {
                    throw new EOFException("connection closed by the server");
                }
                filled = in.position();
                ResponseBytes.Response response = ResponseBytes.parse(input, 0, filled);
                if (response != null) {
                    filled -= response.length();
                    System.arraycopy(input, response.length(), input, 0, filled);
                }
                return response;
            }

            private void open() throws IOException {
                if (opened) {
                    reconnects++;
                }
                opened = true;
                filled = 0;
                SocketChannel socket = SocketChannel.open();
                try {
                    socket.setOption(StandardSocketOptions.TCP_NODELAY, true);
                    socket.socket().connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MS);
                    socket.configureBlocking(false);
                    key = socket.register(selector, SelectionKey.OP_READ, this);
                } catch (IOException e) {
                    socket.close();
                    throw e;
                }
                channel = socket;
            }

            void close() {
                if (channel != null) {
                    try {
                        channel.close();
                    } catch (IOException ignored) {
                        // closing anyway
                    }
                    channel = null;
                    key = null;
                    pending = null;
                }
            }
        }
    }
}
