package fr.ror.nomenclator.tx;

/**
 * What one tx-ecosystem test gave. {@code actual} and {@code expected} are the scrubbed pair
 * TxTester wrote for a failure, relative to the report folder, or null when there is none
 * (a pass, or a failure before any response came back).
 */
public record TestOutcome(String suite, String name, Status status, String message, String actual, String expected) {

    public enum Status {
        PASS("pass"), FAIL("fail"), NOT_APPLICABLE("n/a");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    static TestOutcome pass(String suite, String name) {
        return new TestOutcome(suite, name, Status.PASS, null, null, null);
    }

    static TestOutcome notApplicable(String suite, String name, String reason) {
        return new TestOutcome(suite, name, Status.NOT_APPLICABLE, reason, null, null);
    }

    static TestOutcome fail(String suite, String name, String message) {
        return new TestOutcome(suite, name, Status.FAIL, message, null, null);
    }

    TestOutcome withDiff(String actual, String expected) {
        return new TestOutcome(suite, name, status, message, actual, expected);
    }

    public String id() {
        return suite + "/" + name;
    }
}
