package fr.ror.nomenclator.terminology;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A {@code $validate-code} answer, every output parameter the operation may give.
 *
 * @param result                 whether the code is valid (warnings do not make it invalid)
 * @param system                 the system of the code reported on, or null
 * @param code                   the code reported on, or null
 * @param version                the code system version validated against, or null
 * @param display                the display the code system gives the code, or null
 * @param message                the error (and warning) messages joined, or null
 * @param issues                 every finding
 * @param inactive               true when the concept is inactive, else null
 * @param status                 the concept's status when it is not active, or null
 * @param normalizedCode         the code as the code system writes it, when it differs in case, or null
 * @param unknownSystems         systems that could not be found and made the answer impossible ({@code x-unknown-system})
 * @param causedByUnknownSystems systems that could not be found and made the answer false ({@code x-caused-by-unknown-system})
 * @param codeableConcept        the codeableConcept validated, echoed, or null
 */
public record CodeValidation(boolean result, String system, String code, String version, String display,
                             String message, List<ValidationIssue> issues, Boolean inactive, String status,
                             String normalizedCode, List<String> unknownSystems, List<String> causedByUnknownSystems,
                             JsonNode codeableConcept) {

    public CodeValidation {
        issues = List.copyOf(issues);
        unknownSystems = List.copyOf(unknownSystems);
        causedByUnknownSystems = List.copyOf(causedByUnknownSystems);
    }
}
