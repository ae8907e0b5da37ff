package fr.ror.nomenclator.bench.ops;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * A server the benchmark started as a separate {@code java -jar} process. It is stopped by
 * {@link #close()}, and by a shutdown hook if the benchmark ends any other way (failure, Ctrl-C):
 * the benchmark never leaves a server running.
 */
final class ServerProcess implements AutoCloseable {

    private static final Set<ServerProcess> RUNNING = ConcurrentHashMap.newKeySet();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> List.copyOf(RUNNING).forEach(ServerProcess::close),
                "stop-benchmark-servers"));
    }

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;

    private ServerProcess(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** Starts {@code java OPTIONS -jar JAR ARGS} in {@code directory}, output to {@code directory/server.log}. */
    static ServerProcess start(String name, int port, Path jar, List<String> jvmOptions, List<String> arguments,
                               Path directory) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(arguments);
        Files.createDirectories(directory);
        Path log = directory.resolve("server.log");
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        ServerProcess server = new ServerProcess(name, port, process, log);
        RUNNING.add(server);
        return server;
    }

    /** Polls {@code path} until {@code ready} accepts its body with status 200; returns the wait. */
    Duration awaitReady(String path, Predicate<String> ready, Duration timeout) throws InterruptedException {
        return awaitReady(path, ready, timeout, Duration.ofMillis(250));
    }

    Duration awaitReady(String path, Predicate<String> ready, Duration timeout, Duration interval)
            throws InterruptedException {
        long start = System.nanoTime();
        URI uri = uri(path);
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ", see " + log);
            }
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && ready.test(response.body())) {
                    return Duration.ofNanos(System.nanoTime() - start);
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (System.nanoTime() - start > timeout.toNanos()) {
                throw new IllegalStateException(name + " not ready after " + timeout + ", see " + log);
            }
            Thread.sleep(interval.toMillis());
        }
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** Resident memory, from /proc. */
    long residentMegabytes() {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS")).findFirst()
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024).orElse(-1L);
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        RUNNING.remove(this);
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(Duration.ofSeconds(20).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
