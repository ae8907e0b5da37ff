package fr.ror.nomenclator.tx;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TestFilterTest {

    @Test
    void noFilterSelectsEveryTest() {
        assertTrue(TestFilter.parse(null).matches("version", "vs-expand-versionless"));
        assertTrue(TestFilter.parse(" ").isAll());
    }

    @Test
    void aSuiteNameSelectsThatSuiteOnly() {
        TestFilter filter = TestFilter.parse("version");
        assertTrue(filter.matches("version", "vs-expand-versionless"));
        assertFalse(filter.matches("default-valueset-version", "vs-expand-versionless"));
    }

    @Test
    void suiteSlashTestSelectsOneTestByItsExactName() {
        TestFilter filter = TestFilter.parse("simple-cases/simple-expand-isa");
        assertTrue(filter.matches("simple-cases", "simple-expand-isa"));
        assertFalse(filter.matches("simple-cases", "simple-expand-isa-o2"));
        assertFalse(filter.matches("other", "simple-expand-isa"));
    }
}
