package fr.ror.nomenclator.loaders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The real nomenclature files in {@code ../shared/nomenclatures}, beside the clone in CI. */
public final class SharedNomenclatures {

    public static final Path ROOT = Path.of(System.getProperty("user.dir")).resolve("../shared/nomenclatures").normalize();
    public static final Path PRIOUR = ROOT.resolve("M-Priour_IG-terminologie-de-sante/input");
    /** The official public-distribution files: FHIR JSON, FHIR XML, SVS XML and .tabs. */
    public static final Path DISTRIBUTION = PRIOUR.resolve("images/NOS");

    private SharedNomenclatures() {
    }

    public static List<Path> files(Path folder, Predicate<String> nameFilter) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> nameFilter.test(f.getFileName().toString()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
