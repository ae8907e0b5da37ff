package fr.ror.nomenclator.tx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.hl7.fhir.r5.model.TestReport.TestReportActionResult;
import org.hl7.fhir.r5.model.TestReport.TestReportTestComponent;
import org.hl7.fhir.utilities.http.ManagedWebAccess;
import org.hl7.fhir.utilities.json.model.JsonObject;
import org.hl7.fhir.utilities.json.parser.JsonParser;
import org.hl7.fhir.validation.special.TxTester;
import org.hl7.fhir.validation.special.TxTester.ITxTesterLoader;
import org.hl7.fhir.validation.special.TxTesterLogFile;

/**
 * Runs the tx-ecosystem suites against a terminology server one test at a time, through
 * {@link TxTester#executeTest}, so that no failure stops the run: every selected test gets an
 * outcome. TxTester's own {@code execute} gives up on the whole run when its first requests
 * fail, and reports no per-test results. Once the server stops answering, the remaining tests
 * are failed as not run rather than left to TxTester's retries.
 */
public final class TxSuiteRunner {

    /** The execution mode this server is measured in; tests for tx.fhir.org's mode are n/a. */
    static final Set<String> MODES = Set.of("general");

    private final Path fixtures;
    private final Path reportDir;

    public TxSuiteRunner(Path fixtures, Path reportDir) {
        this.fixtures = fixtures.toAbsolutePath();
        this.reportDir = reportDir.toAbsolutePath();
    }

    public Path reportDir() {
        return reportDir;
    }

    /**
     * Runs the tests the filter selects against {@code fhirBase} ({@code http://host:port/fhir}),
     * telling {@code progress} of each outcome as it comes, and leaves the failures' pairs in
     * the report folder's {@code actual/} and {@code expected/}.
     */
    public TxResults run(String fhirBase, TestFilter filter, Consumer<TestOutcome> progress) throws IOException {
        TxTester.InternalTxLoader loader = new TxTester.InternalTxLoader(fixtures.toString());
        List<SelectedTest> selected = select(loader, filter);
        if (selected.isEmpty()) {
            return new TxResults(fhirBase, null, List.of());
        }
        // The runner refuses plain http and local addresses otherwise; the target is our own server.
        ManagedWebAccess.setSsrfProtectionEnabled(false);
        FailurePairs pairs = FailurePairs.fresh(reportDir);
        TxTester tester = new TxTester(loader, fhirBase, false, null, null).setOutput(reportDir.toString());
        ServerProbe probe = new ServerProbe(fhirBase);
        List<TestOutcome> outcomes = new ArrayList<>();
        String connectionProblem = probe.noAnswer();
        try {
            String noAnswer = connectionProblem;
            if (noAnswer == null) {
                connectionProblem = connect(tester);
            }
            for (SelectedTest one : selected) {
                TestOutcome outcome = noAnswer != null
                        ? TestOutcome.fail(one.suiteName(), one.testName(), "not run: " + noAnswer)
                        : pairs.keep(execute(tester, loader, one.suite(), one.test()), one.test());
                outcomes.add(outcome);
                progress.accept(outcome);
                if (noAnswer == null && gotNoResponse(outcome)) {
                    noAnswer = probe.noAnswer();
                }
            }
        } finally {
            TxTesterLogFile.stop();
            pairs.restore();
        }
        return new TxResults(fhirBase, connectionProblem, outcomes);
    }

    /** A failure with no response to compare: perhaps the server went away. */
    private static boolean gotNoResponse(TestOutcome outcome) {
        return outcome.status() == TestOutcome.Status.FAIL && outcome.actual() == null;
    }

    private record SelectedTest(JsonObject suite, JsonObject test) {

        String suiteName() {
            return suite.asString("name");
        }

        String testName() {
            return test.asString("name");
        }
    }

    private static List<SelectedTest> select(ITxTesterLoader loader, TestFilter filter) throws IOException {
        JsonObject testCases = JsonParser.parseObject(loader.loadContent(loader.testFileName()));
        List<SelectedTest> selected = new ArrayList<>();
        for (JsonObject suite : testCases.getJsonObjects("suites")) {
            for (JsonObject test : suite.getJsonObjects("tests")) {
                if (filter.matches(suite.asString("name"), test.asString("name"))) {
                    selected.add(new SelectedTest(suite, test));
                }
            }
        }
        return selected;
    }

    /**
     * TxTester's first requests ({@code $versions}, {@code metadata},
     * {@code metadata?mode=terminology}), made once here so that their failure is reported as
     * such rather than charged to whichever test happens to come first. Returns null when all
     * went well, else what failed. When the CapabilityStatement came back, the tests run
     * anyway; when it did not, TxTester tries again at each test, which then fails.
     */
    private static String connect(TxTester tester) {
        try {
            tester.initialise(MODES);
            return null;
        } catch (VirtualMachineError fatal) {
            throw fatal;
        } catch (Exception | Error failed) {
            return failed.getClass().getSimpleName() + ": " + failed.getMessage();
        }
    }

    private static TestOutcome execute(TxTester tester, ITxTesterLoader loader, JsonObject suite, JsonObject test) {
        String suiteName = suite.asString("name");
        String testName = test.asString("name");
        // executeTest applies the mode gates only; execute() would also skip disabled tests.
        if (suite.asBoolean("disabled") || test.asBoolean("disabled")) {
            return TestOutcome.notApplicable(suiteName, testName, "n/a: disabled in test-cases.json");
        }
        int reportedBefore = tester.getTestReport().getTest().size();
        try {
            String failure = tester.executeTest(loader, suite, test, MODES);
            if (failure == null) {
                return recordedAsPassed(tester, reportedBefore)
                        ? TestOutcome.pass(suiteName, testName)
                        // TxTester turns an exception without a message into a null result, as if it passed.
                        : TestOutcome.fail(suiteName, testName,
                                "TxTester recorded no pass for this test (an exception without a message, see test.log)");
            }
            return failure.startsWith("n/a")
                    ? TestOutcome.notApplicable(suiteName, testName, failure)
                    : TestOutcome.fail(suiteName, testName, failure);
        } catch (VirtualMachineError fatal) {
            throw fatal;
        } catch (Exception | Error notRun) {
            return TestOutcome.fail(suiteName, testName,
                    "not run: " + notRun.getClass().getSimpleName() + ": " + notRun.getMessage());
        }
    }

    private static boolean recordedAsPassed(TxTester tester, int reportedBefore) {
        List<TestReportTestComponent> reported = tester.getTestReport().getTest();
        return reported.size() == reportedBefore + 1
                && reported.get(reportedBefore).getActionFirstRep().getOperation().getResult()
                        == TestReportActionResult.PASS;
    }
}
