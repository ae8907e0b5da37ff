package fr.ror.nomenclator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, started from a directory that is not the project, comes up with the shipped
 * nomenclatures loaded into its default ./data (failsafe runs after the jar is packaged).
 */
class JarStartIT {

    @Test
    void theJarStartsFromAnyDirectoryWithTheShippedContentLoaded(@TempDir Path elsewhere) throws Exception {
        Path jar = Path.of(System.getProperty("nomenclator.jar", "target/nomenclator.jar")).toAbsolutePath();
        assertThat(jar).exists();
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-jar", jar.toString(), "--server.port=" + port)
                .directory(elsewhere.toFile()).redirectErrorStream(true)
                .redirectOutput(elsewhere.resolve("server.log").toFile()).start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            awaitReady(http, port, server, elsewhere);
            String url = URLEncoder.encode("https://mos.esante.gouv.fr/NOS/TRE_R211-ActiviteOperationnelle",
                    StandardCharsets.UTF_8);
            HttpResponse<String> r211 = http.send(HttpRequest.newBuilder(URI.create(
                    "http://localhost:" + port + "/fhir/CodeSystem?_summary=count&url=" + url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r211.body()).containsPattern("\"total\"\\s*:\\s*2\\b");
            assertThat(elsewhere.resolve("data")).isDirectory();

            URI ping = URI.create("http://localhost:" + port + "/ping");
            HttpResponse<String> pong = http.send(HttpRequest.newBuilder(ping).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(pong.statusCode()).isEqualTo(200);
            assertThat(pong.body()).isEqualTo("ok");
            assertThat(pong.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
            HttpResponse<String> posted = http.send(HttpRequest.newBuilder(ping).POST(HttpRequest.BodyPublishers.ofString("x"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(posted.statusCode()).as("only GET is open: the fallback chain refuses the rest").isBetween(401, 403);
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    /**
     * What {@code ./mvnw package} lays out beside the jar (README "Start time") starts on its
     * class-data sharing archive: {@code -Xshare:on} makes the JVM refuse to start if it cannot use
     * the archive, and the class-loading log shows the classes coming from it.
     */
    @Test
    void theExtractedLayoutStartsOnItsClassDataArchive(@TempDir Path elsewhere) throws Exception {
        Assumptions.assumeFalse(Boolean.getBoolean("nomenclator.cds.skip"), "packaged with -Dcds.skip=true");
        Path jar = Path.of(System.getProperty("nomenclator.jar", "target/nomenclator.jar")).toAbsolutePath();
        Path extracted = jar.resolveSibling("nomenclator");
        Path archive = extracted.resolve("nomenclator.jsa");
        assertThat(extracted.resolve("nomenclator.jar")).isRegularFile();
        assertThat(archive).isRegularFile();
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path classLog = elsewhere.resolve("classes.log");
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:on", "-XX:SharedArchiveFile=" + archive, "-Xlog:class+load=info:file=" + classLog,
                "-XX:+UseSerialGC", "-Xmx1g", "-jar", extracted.resolve("nomenclator.jar").toString(),
                "--server.port=" + port, "--nomenclator.loaders.load-shipped-content=false")
                .directory(elsewhere.toFile()).redirectErrorStream(true)
                .redirectOutput(elsewhere.resolve("server.log").toFile()).start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            awaitReady(http, port, server, elsewhere);
            HttpResponse<String> metadata = http.send(HttpRequest.newBuilder(URI.create(
                    "http://localhost:" + port + "/fhir/metadata?_format=json")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(metadata.statusCode()).isEqualTo(200);
            assertThat(metadata.body()).contains("\"CapabilityStatement\"");
            List<String> loaded = Files.readAllLines(classLog);
            long shared = loaded.stream().filter(line -> line.contains("source: shared objects file")).count();
            assertThat(shared).as("classes mapped from the archive, of %d loaded", loaded.size()).isGreaterThan(15_000);
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    private static void awaitReady(HttpClient http, int port, Process server, Path dir) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(8).toNanos();
        URI ready = URI.create("http://localhost:" + port + "/actuator/health/readiness");
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new AssertionError("server exited: " + Files.readString(dir.resolve("server.log")));
            }
            try {
                if (http.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.ofString())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not ready after 8 minutes: " + Files.readString(dir.resolve("server.log")));
    }
}
