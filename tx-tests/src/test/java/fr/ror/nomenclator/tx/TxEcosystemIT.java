package fr.ror.nomenclator.tx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every tx-ecosystem test against the real server, started from the root project's jar,
 * prints the pass count and the per-suite table, and holds the count to the ratchet
 * {@code tx.minimum.pass} of tx-tests/pom.xml. The report is left in {@code tx.report.dir}.
 */
class TxEcosystemIT {

    private final Path jar = Path.of(System.getProperty("nomenclator.jar", "../target/nomenclator.jar"));
    private final Path fixtures = Path.of(System.getProperty("tx.fixtures.dir", "src/test/resources/tx-ecosystem/tests"));
    private final Path reportDir = Path.of(System.getProperty("tx.report.dir", "target/tx-report"));
    private final int minimumPass = Integer.parseInt(required("tx.minimum.pass"));
    private final int expectedTests = Integer.parseInt(required("tx.expected.tests"));
    private final Duration readyTimeout = Duration.ofSeconds(Long.parseLong(System.getProperty("tx.server.ready.seconds", "600")));

    @Test
    void theServerPassesAtLeastAsManyTestsAsTheRatchet(@TempDir Path serverDir) throws Exception {
        TxResults results;
        try (NomenclatorServer server = NomenclatorServer.start(jar, serverDir)) {
            try {
                server.awaitReady(readyTimeout);
                results = new TxSuiteRunner(fixtures, reportDir).run(server.fhirBase(), TestFilter.ALL, outcome -> { });
                assertTrue(server.isAlive(), () -> "the server stopped during the run; its log:\n" + server.logTail());
            } finally {
                Files.createDirectories(reportDir);
                Files.copy(server.log(), reportDir.resolve("server.log"), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        new TxReport(reportDir).write(results);
        System.out.println();
        System.out.print(TxReport.summary(results));
        System.out.println("ratchet (tx.minimum.pass): " + minimumPass + "; report: " + reportDir.toAbsolutePath());
        if (results.passed() > minimumPass) {
            System.out.println("More tests pass than the ratchet: raise tx.minimum.pass in tx-tests/pom.xml to "
                    + results.passed() + ".");
        }

        assertEquals(expectedTests, results.total(), "tests run (tx.expected.tests: the fixtures' count)");
        assertTrue(results.passed() >= minimumPass, () -> results.headline() + ", below the ratchet tx.minimum.pass="
                + minimumPass + "; see " + reportDir.toAbsolutePath().resolve("results.json"));
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set (tx-tests/pom.xml sets it)");
        }
        return value;
    }
}
