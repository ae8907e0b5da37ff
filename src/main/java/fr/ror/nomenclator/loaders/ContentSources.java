package fr.ror.nomenclator.loaders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Expands what a user names (files, directories, FHIR NPM packages) into named sources.
 *
 * <ul>
 *   <li>a file ending {@code .tgz} or {@code .tar.gz} is a FHIR NPM package (see {@link NpmPackages});</li>
 *   <li>any other file is one source, whatever its name: the reader tells JSON from XML by content;</li>
 *   <li>a directory gives its {@code .json}, {@code .xml} (FHIR or SVS), {@code .tabs} and {@code .tabs.txt}
 *       files, recursively, in sorted path order (packages and spreadsheets inside it are not opened: name
 *       them explicitly).</li>
 * </ul>
 */
public final class ContentSources {

    private final NpmPackages packages;

    public ContentSources(LoaderProperties properties) {
        this.packages = new NpmPackages(properties.maxResourceSize().toBytes(), properties.maxArchiveSize().toBytes(),
                properties.maxArchiveEntries());
    }

    /**
     * The sources of one path.
     *
     * @throws LoadException when the path does not exist or is a package that cannot be read or is refused
     */
    public Expansion expand(Path path) {
        if (Files.isDirectory(path)) {
            return new Expansion(directory(path), List.of());
        }
        if (!Files.isRegularFile(path)) {
            throw new LoadException(LoadError.UNREADABLE, path.toString(), "no such file or directory");
        }
        if (isPackage(path)) {
            return packages.read(path);
        }
        return new Expansion(List.of(LoadSource.of(path)), List.of());
    }

    static boolean isPackage(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".tgz") || name.endsWith(".tar.gz");
    }

    private static List<LoadSource> directory(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(ContentSources::isContentFile)
                    .sorted()
                    .map(LoadSource::of)
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new LoadException(LoadError.UNREADABLE, dir.toString(), "cannot list the directory: " + e.getMessage(), e);
        }
    }

    private static boolean isContentFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".xml") || name.endsWith(".tabs") || name.endsWith(".tabs.txt");
    }

    /**
     * The sources found under one path.
     *
     * @param sources what to load, in order
     * @param skipped archive entries left out because they are not terminology resources
     */
    public record Expansion(List<LoadSource> sources, List<String> skipped) {
        public Expansion {
            sources = List.copyOf(sources);
            skipped = List.copyOf(skipped);
        }

        static Expansion merge(List<Expansion> parts) {
            List<LoadSource> sources = new ArrayList<>();
            List<String> skipped = new ArrayList<>();
            parts.forEach(p -> {
                sources.addAll(p.sources());
                skipped.addAll(p.skipped());
            });
            return new Expansion(sources, skipped);
        }
    }
}
