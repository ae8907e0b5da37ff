package fr.ror.nomenclator.tx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real server, started from its jar as a separate process, the way it is deployed: a free
 * port, an empty embedded store in its own folder, and no shipped content (the suites bring
 * their code systems and value sets inline with each request, and loading the ROR
 * nomenclatures would add ~30 s to every run).
 */
final class NomenclatorServer implements AutoCloseable {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final int LOG_TAIL_LINES = 200;

    private final Process process;
    private final int port;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private NomenclatorServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static NomenclatorServer start(Path jar, Path workDir) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no server jar at " + jar.toAbsolutePath()
                    + ": build it first (./mvnw package -DskipTests at the repository root)");
        }
        int port = freePort();
        Path log = workDir.resolve("server.log");
        // No --add-opens: the jar's manifest carries Add-Opens, which java -jar honours.
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-Xms32m", "-Xmx1g",
                "-jar", jar.toAbsolutePath().toString(),
                "--server.port=" + port,
                "--nomenclator.neo4j.data-dir=" + workDir.resolve("data"),
                "--nomenclator.loaders.load-shipped-content=false");
        Process process = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new NomenclatorServer(process, port, log);
    }

    String fhirBase() {
        return "http://localhost:" + port + "/fhir";
    }

    /** Waits for readiness UP; fails with the server's log if it exits or takes too long. */
    void awaitReady(Duration timeout) throws InterruptedException {
        URI readiness = URI.create("http://localhost:" + port + "/actuator/health/readiness");
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited with status " + process.exitValue()
                        + " before it was ready; its log:\n" + logTail());
            }
            if (isUp(readiness)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the server was not ready after " + timeout.toSeconds() + " s; its log:\n"
                + logTail());
    }

    boolean isAlive() {
        return process.isAlive();
    }

    Path log() {
        return log;
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private boolean isUp(URI readiness) throws InterruptedException {
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200 && answer.body().contains("\"UP\"");
        } catch (IOException notListeningYet) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
