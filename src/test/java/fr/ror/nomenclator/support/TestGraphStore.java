package fr.ror.nomenclator.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Data directories for tests that start the embedded graph store. They live under the build
 * directory ({@code <build>/neo4j-it/}), not in a JUnit temporary folder: Spring caches test
 * contexts beyond the class that created them, and a store deleted under a running DBMS breaks
 * the next class. The folder is emptied once per test JVM, and by {@code mvn clean}.
 *
 * <pre>{@code
 * @SpringBootTest
 * class CatalogueIT {
 *     @DynamicPropertySource
 *     static void graph(DynamicPropertyRegistry registry) {
 *         TestGraphStore.embedded(registry);
 *     }
 * }
 * }</pre>
 */
public final class TestGraphStore {

    private static final Path ROOT = buildDirectory().resolve("neo4j-it");

    static {
        deleteRecursively(ROOT);
    }

    private TestGraphStore() {
    }

    /** Points {@code nomenclator.neo4j.data-dir} at a fresh directory for the context being created. */
    public static Path embedded(DynamicPropertyRegistry registry) {
        Path dataDir = newDataDir("context");
        registry.add("nomenclator.neo4j.uri", () -> "");
        registry.add("nomenclator.neo4j.data-dir", dataDir::toString);
        return dataDir;
    }

    /** A directory that does not exist yet, unique to this call. */
    public static Path newDataDir(String name) {
        return ROOT.resolve(name + "-" + UUID.randomUUID());
    }

    /** The Maven build directory, found from where the test classes were compiled to. */
    private static Path buildDirectory() {
        try {
            Path testClasses = Path.of(TestGraphStore.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return testClasses.getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clean " + root, e);
        }
    }
}
