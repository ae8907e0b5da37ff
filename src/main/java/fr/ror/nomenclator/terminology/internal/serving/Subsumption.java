package fr.ror.nomenclator.terminology.internal.serving;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ror.nomenclator.terminology.OperationException;
import fr.ror.nomenclator.terminology.OperationException.Refusal;
import fr.ror.nomenclator.terminology.ValidationIssue;
import fr.ror.nomenclator.terminology.ValidationIssue.Severity;
import java.util.Optional;

/** {@code CodeSystem/$subsumes} on the hierarchy of one code system version (SERAFIN-PH is one). */
final class Subsumption {

    private final TxContext context;

    Subsumption(TxContext context) {
        this.context = context;
    }

    String subsumes(RequestInputs inputs) {
        String system = inputs.text("system");
        String version = inputs.text("version");
        String a = inputs.text("codeA");
        String b = inputs.text("codeB");
        JsonNode codingA = inputs.value("codingA", "Coding");
        JsonNode codingB = inputs.value("codingB", "Coding");
        if (codingA != null) {
            a = codingA.path("code").asText(null);
            system = sameSystem(system, codingA.path("system").asText(null));
        }
        if (codingB != null) {
            b = codingB.path("code").asText(null);
            system = sameSystem(system, codingB.path("system").asText(null));
        }
        if (a == null || b == null) {
            throw RequestInputs.bad("$subsumes needs codeA and codeB (with system), or codingA and codingB");
        }
        if (system == null) {
            throw RequestInputs.bad("$subsumes needs the system of the codes");
        }
        String resolved = context.determineVersion(system, version);
        CodeSystemSnapshot codeSystem = context.codeSystem(system, resolved).orElseThrow(() -> new OperationException(
                "TE401", Refusal.NOT_FOUND, new ValidationIssue(Severity.ERROR, "not-found", "not-found",
                "UNKNOWN_CODESYSTEM", context.messages.format("UNKNOWN_CODESYSTEM", inputs.text("system") != null
                ? inputs.text("system") : "?"), "system")));
        SnapshotConcept conceptA = find(codeSystem, a, "codeA");
        SnapshotConcept conceptB = find(codeSystem, b, "codeB");
        if (conceptA.code().equals(conceptB.code())) {
            return "equivalent";
        }
        if (codeSystem.isSelfOrDescendantOf(conceptB, conceptA.code())) {
            return "subsumes";
        }
        if (codeSystem.isSelfOrDescendantOf(conceptA, conceptB.code())) {
            return "subsumed-by";
        }
        return "not-subsumed";
    }

    private SnapshotConcept find(CodeSystemSnapshot codeSystem, String code, String parameter) {
        Optional<SnapshotConcept> concept = codeSystem.find(code);
        return concept.orElseThrow(() -> new OperationException("TE403", Refusal.NOT_FOUND, new ValidationIssue(
                Severity.ERROR, "code-invalid", "invalid-code", "Unknown_Code_in_Version", context.messages.format(
                "Unknown_Code_in_Version", code, codeSystem.url(), codeSystem.version()), parameter)));
    }

    private static String sameSystem(String system, String codingSystem) {
        if (system != null && codingSystem != null && !system.equals(codingSystem)) {
            throw RequestInputs.bad("$subsumes compares codes of one system, not " + system + " and " + codingSystem);
        }
        return system != null ? system : codingSystem;
    }
}
