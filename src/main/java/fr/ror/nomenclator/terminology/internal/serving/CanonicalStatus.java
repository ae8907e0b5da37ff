package fr.ror.nomenclator.terminology.internal.serving;

import fr.ror.nomenclator.terminology.ValidationIssue;
import fr.ror.nomenclator.terminology.ValidationIssue.Severity;
import java.util.Optional;

/**
 * Warnings about the status of what a value set draws on: a deprecated, withdrawn, retired,
 * experimental or draft code system or value set, when the value set itself is not. Expansions
 * carry them as {@code warning-*} parameters, validations as information issues.
 */
final class CanonicalStatus {

    private CanonicalStatus() {
    }

    private enum Kind {
        DEPRECATED("warning-deprecated", "MSG_DEPRECATED"),
        WITHDRAWN("warning-withdrawn", "MSG_WITHDRAWN"),
        RETIRED("warning-retired", "MSG_RETIRED"),
        EXPERIMENTAL("warning-experimental", "MSG_EXPERIMENTAL"),
        DRAFT("warning-draft", "MSG_DRAFT");

        final String parameter;
        final String messageId;

        Kind(String parameter, String messageId) {
            this.parameter = parameter;
            this.messageId = messageId;
        }
    }

    private static Optional<Kind> kind(String status, String standardsStatus, boolean experimental,
                                       ValueSetDefinition source) {
        String sourceStatus = source == null ? null : source.status();
        String sourceStandards = source == null ? null : source.standardsStatus();
        if ("deprecated".equals(standardsStatus)) {
            return "deprecated".equals(sourceStandards) ? Optional.empty() : Optional.of(Kind.DEPRECATED);
        }
        if ("withdrawn".equals(standardsStatus)) {
            return "withdrawn".equals(sourceStandards) ? Optional.empty() : Optional.of(Kind.WITHDRAWN);
        }
        if ("retired".equals(status)) {
            return "retired".equals(sourceStatus) ? Optional.empty() : Optional.of(Kind.RETIRED);
        }
        if (experimental) {
            return source != null && source.experimental() ? Optional.empty() : Optional.of(Kind.EXPERIMENTAL);
        }
        if ("draft".equals(status) || "draft".equals(standardsStatus)) {
            boolean sourceDraft = "draft".equals(sourceStatus) || "draft".equals(sourceStandards);
            return sourceDraft ? Optional.empty() : Optional.of(Kind.DRAFT);
        }
        return Optional.empty();
    }

    static void check(ExpansionParameters parameters, String type, String canonical, String status,
                      String standardsStatus, boolean experimental, ValueSetDefinition source) {
        kind(status, standardsStatus, experimental, source).ifPresent(k -> parameters.uri(k.parameter, canonical));
    }

    /** A value set that is itself deprecated or withdrawn says so in its own expansion. */
    static void checkSelf(ExpansionParameters parameters, ValueSetDefinition valueSet) {
        selfKind(valueSet).ifPresent(k -> parameters.uri(k.parameter, valueSet.canonical()));
    }

    static Optional<ValidationIssue> selfIssue(TxMessages messages, ValueSetDefinition valueSet) {
        return selfKind(valueSet).map(k -> new ValidationIssue(Severity.INFORMATION, "business-rule", "status-check",
                k.messageId, messages.format(k.messageId, valueSet.display(), "", "ValueSet"), null));
    }

    private static Optional<Kind> selfKind(ValueSetDefinition valueSet) {
        if (valueSet.internal() || valueSet.url() == null) {
            return Optional.empty();
        }
        if ("deprecated".equals(valueSet.standardsStatus())) {
            return Optional.of(Kind.DEPRECATED);
        }
        if ("withdrawn".equals(valueSet.standardsStatus())) {
            return Optional.of(Kind.WITHDRAWN);
        }
        return Optional.empty();
    }

    static Optional<ValidationIssue> issue(TxMessages messages, String type, String canonical, String status,
                                           String standardsStatus, boolean experimental, ValueSetDefinition source) {
        return kind(status, standardsStatus, experimental, source).map(k -> new ValidationIssue(Severity.INFORMATION,
                "business-rule", "status-check", k.messageId, messages.format(k.messageId, canonical, "", type), null));
    }
}
