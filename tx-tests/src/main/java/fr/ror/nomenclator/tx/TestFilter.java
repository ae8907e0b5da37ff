package fr.ror.nomenclator.tx;

/**
 * Which tests to run: every test, one suite ({@code version}) or one test
 * ({@code version/vs-expand-versionless}). Names are matched exactly.
 */
public record TestFilter(String suite, String test) {

    public static final TestFilter ALL = new TestFilter(null, null);

    public static TestFilter parse(String expression) {
        if (expression == null || expression.isBlank()) {
            return ALL;
        }
        String trimmed = expression.trim();
        int slash = trimmed.indexOf('/');
        if (slash < 0) {
            return new TestFilter(trimmed, null);
        }
        return new TestFilter(trimmed.substring(0, slash), trimmed.substring(slash + 1));
    }

    public boolean matches(String suiteName, String testName) {
        return (suite == null || suite.equals(suiteName)) && (test == null || test.equals(testName));
    }

    public boolean isAll() {
        return suite == null && test == null;
    }

    @Override
    public String toString() {
        return isAll() ? "all tests" : test == null ? suite : suite + "/" + test;
    }
}
