package fr.ror.nomenclator.tx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hl7.fhir.utilities.json.model.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FailurePairsTest {

    @TempDir
    Path report;

    @Test
    void aFailureIsLinkedToThePairWrittenUnderItsResponseFile() throws Exception {
        FailurePairs pairs = FailurePairs.fresh(report);
        write("actual/simple/lookup-response.json", "server");
        write("expected/simple/lookup-response.json", "fixture");

        TestOutcome outcome = pairs.keep(TestOutcome.fail("simple-cases", "simple-lookup-1", "differs"),
                test("lookup", "simple/lookup-response.json"));

        assertEquals("actual/simple/lookup-response.json", outcome.actual());
        assertEquals("expected/simple/lookup-response.json", outcome.expected());
    }

    @Test
    void theTermCapsPairIsPutTheRightWayRound() throws Exception {
        FailurePairs pairs = FailurePairs.fresh(report);
        write("actual/capterms.json", "fixture");
        write("expected/capterms.json", "server");

        pairs.keep(TestOutcome.fail("metadata", "term-caps", "differs"), test("term-caps", "capterms.json"));

        assertEquals("server", Files.readString(report.resolve("actual/capterms.json")));
        assertEquals("fixture", Files.readString(report.resolve("expected/capterms.json")));
    }

    @Test
    void aPairDeletedByALaterTestOfTheSameResponseIsWrittenBack() throws Exception {
        FailurePairs pairs = FailurePairs.fresh(report);
        write("actual/shared.json", "server");
        write("expected/shared.json", "fixture");
        pairs.keep(TestOutcome.fail("version", "first", "differs"), test("validate-code", "shared.json"));
        Files.delete(report.resolve("actual/shared.json"));
        Files.delete(report.resolve("expected/shared.json"));

        pairs.restore();

        assertEquals("server", Files.readString(report.resolve("actual/shared.json")));
    }

    @Test
    void aFreshReportHoldsNoPairOfAnEarlierRun() throws Exception {
        write("actual/old.json", "old");

        FailurePairs.fresh(report);

        assertFalse(Files.exists(report.resolve("actual/old.json")));
    }

    @Test
    void aFailureWithoutAPairHasNoDiff() throws Exception {
        TestOutcome outcome = FailurePairs.fresh(report)
                .keep(TestOutcome.fail("s", "t", "not run"), test("expand", "none.json"));

        assertNull(outcome.actual());
    }

    private static JsonObject test(String operation, String response) {
        return new JsonObject().add("operation", operation).add("response", response);
    }

    private void write(String relative, String content) throws Exception {
        Files.createDirectories(report.resolve(relative).getParent());
        Files.writeString(report.resolve(relative), content);
    }
}
