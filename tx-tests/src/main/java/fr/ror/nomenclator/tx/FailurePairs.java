package fr.ror.nomenclator.tx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.hl7.fhir.utilities.json.model.JsonObject;

/**
 * The scrubbed {@code expected/} and {@code actual/} files TxTester writes for a failed test,
 * named after the test's response file. A few tests share a response file, and TxTester deletes
 * the pair before each test, so the pairs of failures are kept and written back at the end.
 */
final class FailurePairs {

    private final Path reportDir;
    private final Map<Path, byte[]> kept = new LinkedHashMap<>();

    private FailurePairs(Path reportDir) {
        this.reportDir = reportDir;
    }

    /**
     * Empties what TxTester writes in the report folder (the pairs, and the R4 responses it keeps
     * in {@code conversions/}), so that it describes this run only.
     */
    static FailurePairs fresh(Path reportDir) throws IOException {
        for (String folder : new String[] {"actual", "expected", "conversions"}) {
            deleteTree(reportDir.resolve(folder));
        }
        Files.createDirectories(reportDir.resolve("actual"));
        Files.createDirectories(reportDir.resolve("expected"));
        return new FailurePairs(reportDir);
    }

    TestOutcome keep(TestOutcome outcome, JsonObject test) throws IOException {
        if (outcome.status() != TestOutcome.Status.FAIL) {
            return outcome;
        }
        String response = responseFile(test);
        String actual = "actual/" + response;
        String expected = "expected/" + response;
        if (!Files.isRegularFile(reportDir.resolve(actual)) || !Files.isRegularFile(reportDir.resolve(expected))) {
            return outcome;
        }
        if ("term-caps".equals(test.asString("operation"))) {
            // TxTester 6.10.4 writes the term-caps pair the wrong way round.
            swap(reportDir.resolve(actual), reportDir.resolve(expected));
        }
        kept.put(reportDir.resolve(actual), Files.readAllBytes(reportDir.resolve(actual)));
        kept.put(reportDir.resolve(expected), Files.readAllBytes(reportDir.resolve(expected)));
        return outcome.withDiff(actual, expected);
    }

    void restore() throws IOException {
        for (Map.Entry<Path, byte[]> file : kept.entrySet()) {
            if (!Files.exists(file.getKey())) {
                Files.createDirectories(file.getKey().getParent());
                Files.write(file.getKey(), file.getValue());
            }
        }
    }

    /** The response file TxTester compares with in our mode, as it chooses it. */
    private static String responseFile(JsonObject test) {
        for (String mode : TxSuiteRunner.MODES) {
            if (test.has("response:" + mode)) {
                return test.asString("response:" + mode);
            }
        }
        return test.asString("response");
    }

    private static void swap(Path one, Path other) throws IOException {
        Path aside = one.resolveSibling(one.getFileName() + ".swap");
        Files.move(one, aside);
        Files.move(other, one);
        Files.move(aside, other);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
