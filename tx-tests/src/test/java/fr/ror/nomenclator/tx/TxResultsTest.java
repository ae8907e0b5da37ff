package fr.ror.nomenclator.tx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TxResultsTest {

    private final TxResults results = new TxResults("http://localhost:1/fhir", null, List.of(
            TestOutcome.pass("simple-cases", "simple-expand-all"),
            TestOutcome.fail("simple-cases", "simple-lookup-1", "Response Code fail"),
            TestOutcome.notApplicable("simple-cases", "simple-expand-isa-o2", "n/a"),
            TestOutcome.fail("metadata", "term-caps", "properties differ")));

    @Test
    void theHeadlineCountsPassesOutOfEveryTestSelected() {
        assertEquals("tx-ecosystem: 1 of 4 tests pass (25.0%)", results.headline());
    }

    @Test
    void suitesAreTalliedInTheOrderTheyRan() {
        assertEquals(List.of(new SuiteTally("simple-cases", 1, 1, 1), new SuiteTally("metadata", 0, 1, 0)),
                results.suites());
    }

    @Test
    void theTableEndsWithTheTotalLine() {
        List<String> lines = results.table().lines().toList();
        assertTrue(lines.get(1).matches("simple-cases +1 +1 +1 +1/3"), lines.get(1));
        assertTrue(lines.get(lines.size() - 1).matches("all suites +1 +2 +1 +1/4"), lines.get(lines.size() - 1));
    }

    @Test
    void anEmptyRunPassesNothing() {
        assertEquals("tx-ecosystem: 0 of 0 tests pass (0.0%)", new TxResults("x", null, List.of()).headline());
    }
}
