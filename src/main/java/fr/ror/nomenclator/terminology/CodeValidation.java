package fr.ror.nomenclator.terminology;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A {@code $validate-code} answer.
 *
 * @param result  whether the code is valid (warnings do not make it invalid)
 * @param system  the system URL as asked
 * @param version the version validated against, or null when none was found
 * @param code    the code as the code system writes it, or as asked when unknown
 * @param display the concept's display, or null when the code is unknown
 * @param issues  what is wrong or worth a warning, errors first
 */
public record CodeValidation(boolean result, String system, String version, String code, String display,
                             List<ValidationIssue> issues) {
    public CodeValidation {
        issues = List.copyOf(issues);
    }

    /** The issues' messages joined with "; ", or null without issues. */
    public String message() {
        return issues.isEmpty() ? null
                : issues.stream().map(ValidationIssue::message).collect(Collectors.joining("; "));
    }
}
