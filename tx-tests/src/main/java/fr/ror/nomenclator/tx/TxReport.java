package fr.ror.nomenclator.tx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hl7.fhir.utilities.json.model.JsonArray;
import org.hl7.fhir.utilities.json.model.JsonObject;
import org.hl7.fhir.utilities.json.parser.JsonParser;

/** Writes a run's {@code results.json} and {@code summary.txt} into the report folder. */
public final class TxReport {

    private final Path reportDir;

    public TxReport(Path reportDir) {
        this.reportDir = reportDir;
    }

    public void write(TxResults results) throws IOException {
        Files.createDirectories(reportDir);
        Files.writeString(reportDir.resolve("results.json"), JsonParser.compose(json(results), true),
                StandardCharsets.UTF_8);
        Files.writeString(reportDir.resolve("summary.txt"), summary(results), StandardCharsets.UTF_8);
    }

    public static String summary(TxResults results) {
        String newline = System.lineSeparator();
        StringBuilder summary = new StringBuilder(results.headline()).append(newline)
                .append("server: ").append(results.server()).append(newline);
        if (results.connectionProblem() != null) {
            summary.append("first requests failed: ").append(results.connectionProblem()).append(newline);
        }
        return summary.append(newline).append(results.table()).toString();
    }

    private static JsonObject json(TxResults results) {
        JsonObject root = new JsonObject()
                .add("server", results.server())
                .add("passed", results.passed())
                .add("failed", results.failed())
                .add("notApplicable", results.notApplicable())
                .add("total", results.total());
        addIfPresent(root, "connectionProblem", results.connectionProblem());
        JsonArray tests = root.forceArray("tests");
        for (TestOutcome outcome : results.outcomes()) {
            JsonObject test = new JsonObject()
                    .add("suite", outcome.suite())
                    .add("name", outcome.name())
                    .add("status", outcome.status().label());
            addIfPresent(test, "message", outcome.message());
            addIfPresent(test, "actual", outcome.actual());
            addIfPresent(test, "expected", outcome.expected());
            tests.add(test);
        }
        return root;
    }

    private static void addIfPresent(JsonObject object, String name, String value) {
        if (value != null) {
            object.add(name, value);
        }
    }
}
