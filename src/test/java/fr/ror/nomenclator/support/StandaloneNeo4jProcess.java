package fr.ror.nomenclator.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs {@link StandaloneNeo4j} in a separate JVM on a free port, for tests of the external mode:
 * {@code try (var server = StandaloneNeo4jProcess.start(dir, "secret")) { server.boltUri() … }}.
 */
public final class StandaloneNeo4jProcess implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);

    private final Process process;
    private final int port;
    private final Path log;

    private StandaloneNeo4jProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts a server with its home in {@code home}; a null password turns authentication off. */
    public static StandaloneNeo4jProcess start(Path home, String password) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "--add-opens=java.base/java.nio=ALL-UNNAMED",
                "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"),
                StandaloneNeo4j.class.getName(),
                home.toAbsolutePath().toString(), Integer.toString(port)));
        if (password != null) {
            command.add(password);
        }
        try {
            Files.createDirectories(home);
            Path log = home.resolveSibling(home.getFileName() + "-process.log");
            Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
            StandaloneNeo4jProcess server = new StandaloneNeo4jProcess(process, port, log);
            server.awaitReady();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady() {
        CompletableFuture<Boolean> ready = new CompletableFuture<>();
        // Keeps draining the server's output after READY, so that it never blocks on a full pipe.
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.equals("READY " + port)) {
                        ready.complete(true);
                    }
                }
            } catch (IOException e) {
                // The process is gone; the future below says so.
            }
            ready.complete(false);
        }, "standalone-neo4j-output");
        reader.setDaemon(true);
        reader.start();
        try {
            if (!ready.get(READY_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("Standalone Neo4j exited before READY; see " + log);
            }
        } catch (TimeoutException | ExecutionException e) {
            close();
            throw new IllegalStateException("Standalone Neo4j not READY within " + READY_TIMEOUT + "; see " + log, e);
        } catch (InterruptedException e) {
            close();
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (IllegalStateException e) {
            close();
            throw e;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public String boltUri() {
        return "bolt://localhost:" + port;
    }

    /** Closes the server's standard input (it shuts down cleanly), then kills it if it lingers. */
    @Override
    public void close() {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
