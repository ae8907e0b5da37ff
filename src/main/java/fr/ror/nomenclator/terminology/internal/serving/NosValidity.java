package fr.ror.nomenclator.terminology.internal.serving;

import fr.ror.nomenclator.terminology.ValidationIssue;
import fr.ror.nomenclator.terminology.ValidationIssue.Severity;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The NOS validity rule (DESIGN.md §4): a code is valid from its {@code dateValid} until its
 * {@code dateFin}. Validated on a date (the {@code date} parameter, default today) outside that
 * window it is invalid: an error, so {@code result=false}, naming the replacement when the code
 * system says which code replaces it. Distinct from a FHIR status, which only warns.
 */
final class NosValidity {

    private NosValidity() {
    }

    static Optional<ValidationIssue> check(TxContext context, CodeSystemSnapshot codeSystem, SnapshotConcept concept,
                                           String path) {
        NosDates dates = concept.nosDates();
        String on = context.date.atOffset(ZoneOffset.UTC).toLocalDate().toString();
        if (dates.retiredOn(context.date)) {
            Optional<String> replacement = Replacements.of(concept);
            String message = replacement.isPresent()
                    ? context.messages.format("NOS_CODE_RETIRED_REPLACED", concept.code(), codeSystem.url(),
                    codeSystem.version(), NosDates.day(dates.dateFin()), dates.dateFin(), on, replacement.get())
                    : context.messages.format("NOS_CODE_RETIRED", concept.code(), codeSystem.url(), codeSystem.version(),
                    NosDates.day(dates.dateFin()), dates.dateFin(), on);
            return Optional.of(new ValidationIssue(Severity.ERROR, "business-rule", "code-rule", "NOS_CODE_RETIRED",
                    message, IssueList.path(path, "code")));
        }
        if (dates.notYetValidOn(context.date)) {
            return Optional.of(new ValidationIssue(Severity.ERROR, "business-rule", "code-rule", "NOS_CODE_NOT_YET_VALID",
                    context.messages.format("NOS_CODE_NOT_YET_VALID", concept.code(), codeSystem.url(),
                            codeSystem.version(), NosDates.day(dates.dateValid()), dates.dateValid(), on),
                    IssueList.path(path, "code")));
        }
        return Optional.empty();
    }
}
