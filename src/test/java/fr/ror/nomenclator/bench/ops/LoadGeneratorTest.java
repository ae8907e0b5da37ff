package fr.ror.nomenclator.bench.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LoadGeneratorTest {

    private final AtomicLong served = new AtomicLong();
    private final Set<String> paths = ConcurrentHashMap.newKeySet();
    private HttpServer server;

    /** Answers {@code body} with {@code status}; every 25th answer closes its connection, as Tomcat does after 100. */
    private int serve(int status, String body) throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> {
            paths.add(exchange.getRequestURI().toString());
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            if (served.incrementAndGet() % 25 == 0) {
                exchange.getResponseHeaders().set("Connection", "close");
            }
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        return server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static Measurement run(int port) throws InterruptedException {
        return new LoadGenerator("localhost", 6, 2).run(port, i -> "/p" + Math.floorMod(i, 3), "", ResponseCheck.pong(),
                Duration.ofMillis(200), Duration.ofSeconds(1), ProcessHandle.current().pid());
    }

    @Test
    void everyAnswerOfTheMeasuredWindowIsCountedAndCheckedAcrossReconnects() throws Exception {
        int port = serve(200, "{\"ok\":true}");

        Measurement m = run(port);

        assertThat(m.requests()).isGreaterThan(100);
        assertThat(m.statuses().count(200)).isEqualTo(m.requests());
        assertThat(m.errors()).isZero();
        assertThat(m.reconnects()).isPositive();
        assertThat(m.requests()).isLessThanOrEqualTo(served.get());
        assertThat(paths).containsExactlyInAnyOrder("/p0", "/p1", "/p2");
        assertThat(m.p50Millis()).isPositive().isLessThanOrEqualTo(m.p99Millis());
    }

    @Test
    void wrongAnswersAreErrors() throws Exception {
        int port = serve(503, "{\"ok\":false}");

        Measurement m = run(port);

        assertThat(m.requests()).isPositive();
        assertThat(m.statuses().count(503)).isEqualTo(m.requests());
        assertThat(m.errors()).isEqualTo(m.requests());
    }

    @Test
    void aServerThatIsGoneGivesRequestsWithoutAnswerNotAHang() throws Exception {
        int port = serve(200, "ok");
        server.stop(0);

        Measurement m = run(port);

        assertThat(m.requests()).isPositive();
        assertThat(m.statuses().count(StatusCounts.IO_ERROR)).isEqualTo(m.requests());
        assertThat(m.errors()).isEqualTo(m.requests());
    }
}
