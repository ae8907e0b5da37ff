import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Build step of {@code ./mvnw package} (README: "Start time"): lays the Spring Boot jar out as a
 * plain class path and gives it a class-data sharing archive, the fastest way to start it on the
 * JVM that built it.
 *
 * <ol>
 *   <li>{@code java -Djarmode=tools -jar nomenclator.jar extract}: {@code nomenclator.jar} with its
 *       libraries in {@code lib/}, loaded by the JVM's own class loader instead of Spring Boot's
 *       nested-jar one;</li>
 *   <li>a training start on an empty store ({@code -XX:DumpLoadedClassList}, the context closed once
 *       refreshed: {@code spring.context.exit=onRefresh}) lists the classes a start loads: Spring,
 *       HAPI FHIR, the embedded Neo4j and its Cypher compiler;</li>
 *   <li>{@code -Xshare:dump} writes them, parsed and verified, to {@code nomenclator.jsa}.</li>
 * </ol>
 *
 * Run with {@code java ClassDataArchive.java <boot jar> <destination>} (a single-file program: it
 * needs nothing but the JDK). The archive holds the absolute path of the extracted jar and is
 * only used by the JVM that wrote it: elsewhere, or on another JVM, the JVM ignores it and starts
 * as usual. The dynamic archive of Spring Boot's documentation ({@code -XX:ArchiveClassesAtExit})
 * crashes OpenJDK 17.0.15 on this application, hence the static one, without lambda proxies.
 */
public final class ClassDataArchive {

    /** The longest class-list line {@code -Xshare:dump} reads. */
    private static final int MAX_LINE = 4096;

    /**
     * Lambda proxy classes are left out: OpenJDK 17.0.15 crashes archiving this application's
     * ({@code SystemDictionaryShared::adjust_lambda_proxy_class_dictionary}); they are spun at run
     * time as without an archive.
     */
    private static final String LAMBDA_PROXY = "@lambda-proxy";

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: java ClassDataArchive.java <spring boot jar> <destination directory>");
            System.exit(2);
        }
        Path bootJar = Path.of(args[0]).toAbsolutePath().normalize();
        Path destination = Path.of(args[1]).toAbsolutePath().normalize();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        long started = System.nanoTime();

        deleteRecursively(destination);
        run(destination.getParent(), destination.resolveSibling("cds-extract.log"), 2,
                java.toString(), "-Djarmode=tools", "-jar", bootJar.toString(), "extract", "--destination",
                destination.toString());
        Path jar = destination.resolve(bootJar.getFileName());
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("extract did not write " + jar);
        }

        Path classList = destination.resolve("classes.lst");
        Path store = Files.createTempDirectory("nomenclator-cds-training");
        try {
            run(destination, destination.resolve("cds-training.log"), 10,
                    java.toString(), "-XX:+UseSerialGC", "-XX:DumpLoadedClassList=" + classList,
                    "-Dspring.context.exit=onRefresh", "-jar", jar.toString(), "--server.port=0",
                    "--nomenclator.neo4j.data-dir=" + store.resolve("data"),
                    "--nomenclator.loaders.load-shipped-content=false");
        } finally {
            deleteRecursively(store);
        }
        List<String> lines = Files.readAllLines(classList);
        List<String> kept = lines.stream().filter(line -> line.length() < MAX_LINE && !line.startsWith(LAMBDA_PROXY)).collect(Collectors.toList());
        Files.write(classList, kept);

        Path archive = destination.resolve("nomenclator.jsa");
        run(destination, destination.resolve("cds-dump.log"), 10,
                java.toString(), "-Xshare:dump", "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-XX:SharedClassListFile=" + classList, "-XX:SharedArchiveFile=" + archive,
                "-jar", jar.toString());
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException("-Xshare:dump wrote no archive; see " + destination.resolve("cds-dump.log"));
        }
        System.out.printf("Class-data sharing: %,d classes (%,d lambda proxies and long lines left out) in %s (%,d MB) in %d s%n",
                kept.size(), lines.size() - kept.size(), archive, Files.size(archive) >> 20,
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
    }

    private static void run(Path directory, Path log, int minutes, String... command) throws Exception {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("timed out after " + minutes + " min: " + String.join(" ", command)
                    + "; see " + log);
        }
        if (process.exitValue() != 0) {
            List<String> tail = Files.readAllLines(log);
            throw new IllegalStateException("exit " + process.exitValue() + ": " + String.join(" ", command) + "\n"
                    + String.join("\n", tail.subList(Math.max(0, tail.size() - 30), tail.size())));
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            List<Path> all = new ArrayList<>(paths.sorted(Comparator.reverseOrder()).toList());
            for (Path path : all) {
                Files.delete(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
