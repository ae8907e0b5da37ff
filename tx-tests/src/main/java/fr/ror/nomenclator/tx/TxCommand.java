package fr.ror.nomenclator.tx;

import java.nio.file.Path;

/**
 * The developer loop: runs the suites (or one suite, or one test) against a server that is
 * already running, printing each outcome and where its diff is. {@code tx-tests/run} calls it.
 *
 * <pre>TxCommand BASE_URL [SUITE | SUITE/TEST]</pre>
 *
 * Fixtures and report folder come from the system properties {@code tx.fixtures.dir} and
 * {@code tx.report.dir}. Exit status: 0 when no selected test fails, 1 when some fail, 2 when
 * the arguments are wrong or select no test.
 */
public final class TxCommand {

    private static final int MESSAGE_WIDTH = 240;

    private TxCommand() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: tx-tests/run BASE_URL [SUITE | SUITE/TEST]   e.g. http://localhost:8080/fhir simple-cases");
            System.exit(2);
        }
        TestFilter filter = TestFilter.parse(args.length == 2 ? args[1] : null);
        TxSuiteRunner runner = new TxSuiteRunner(Path.of(System.getProperty("tx.fixtures.dir")),
                Path.of(System.getProperty("tx.report.dir")));
        TxResults results = runner.run(args[0], filter, outcome -> print(outcome, runner.reportDir()));
        if (results.total() == 0) {
            System.err.println("no test matches '" + filter + "' (names are in test-cases.json)");
            System.exit(2);
        }
        new TxReport(runner.reportDir()).write(results);
        System.out.println();
        System.out.print(TxReport.summary(results));
        System.out.println("report: " + runner.reportDir().resolve("results.json"));
        System.exit(results.failed() == 0 ? 0 : 1);
    }

    private static void print(TestOutcome outcome, Path reportDir) {
        String label = switch (outcome.status()) {
            case PASS -> "PASS";
            case FAIL -> "FAIL";
            case NOT_APPLICABLE -> "n/a ";
        };
        System.out.println(label + "  " + outcome.id());
        if (outcome.status() == TestOutcome.Status.FAIL) {
            System.out.println("      " + firstLine(outcome.message()));
            if (outcome.actual() != null) {
                System.out.println("      diff " + reportDir.resolve(outcome.expected()) + " "
                        + reportDir.resolve(outcome.actual()));
            }
        }
    }

    private static String firstLine(String message) {
        String line = message.strip().lines().findFirst().orElse("");
        return line.length() <= MESSAGE_WIDTH ? line : line.substring(0, MESSAGE_WIDTH) + "...";
    }
}
