package fr.ror.nomenclator.bench.ops;

import fr.ror.nomenclator.bench.FreePort;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** How each server is started and when it counts as ready. */
final class Servers {

    /** The JVM options the README recommends for our jar. */
    static final List<String> OUR_JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Xms32m");

    private Servers() {
    }

    /**
     * Our packaged server on an empty data directory: it loads its shipped content (R211, J17…) at
     * first start. {@code -Dbench.ours.jvm-options="..."} adds JVM options (a profiler, a flight recording).
     */
    static ServerProcess ours(Path jar, Path directory) throws IOException {
        int port = FreePort.find();
        List<String> options = new java.util.ArrayList<>(OUR_JVM_OPTIONS);
        String extra = System.getProperty("bench.ours.jvm-options", "").strip();
        if (!extra.isEmpty()) {
            options.addAll(List.of(extra.split("\\s+")));
        }
        return ServerProcess.start(OperationsBenchmark.OURS, port, jar, options,
                List.of("--server.port=" + port, "--nomenclator.neo4j.data-dir=" + directory.resolve("data")), directory);
    }

    /** The stock HAPI JPA server with JVM defaults, its H2 database and Lucene index in {@code directory}. */
    static ServerProcess baseline(Path jar, Path directory) throws IOException {
        int port = FreePort.find();
        return ServerProcess.start(OperationsBenchmark.BASELINE, port, jar, List.of(),
                List.of("--server.port=" + port, "--spring.datasource.url=jdbc:h2:file:" + directory.resolve("h2"),
                        "--spring.jpa.properties.hibernate.search.backend.directory.root=" + directory.resolve("lucene")),
                directory);
    }

    static Duration awaitOurs(ServerProcess ours, Duration timeout) throws InterruptedException {
        return ours.awaitReady("/actuator/health/readiness", body -> body.contains("\"UP\""), timeout);
    }

    static Duration awaitBaseline(ServerProcess hapi, Duration timeout) throws InterruptedException {
        return hapi.awaitReady("/fhir/metadata", body -> body.contains("CapabilityStatement"), timeout);
    }
}
