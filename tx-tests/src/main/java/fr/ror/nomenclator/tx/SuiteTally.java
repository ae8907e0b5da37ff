package fr.ror.nomenclator.tx;

/** One suite's line in the summary. */
public record SuiteTally(String suite, int passed, int failed, int notApplicable) {

    public int total() {
        return passed + failed + notApplicable;
    }

    SuiteTally add(TestOutcome outcome) {
        return switch (outcome.status()) {
            case PASS -> new SuiteTally(suite, passed + 1, failed, notApplicable);
            case FAIL -> new SuiteTally(suite, passed, failed + 1, notApplicable);
            case NOT_APPLICABLE -> new SuiteTally(suite, passed, failed, notApplicable + 1);
        };
    }
}
