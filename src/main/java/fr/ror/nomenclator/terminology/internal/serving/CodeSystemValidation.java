package fr.ror.nomenclator.terminology.internal.serving;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.terminology.CodeValidation;
import fr.ror.nomenclator.terminology.OperationException;
import fr.ror.nomenclator.terminology.OperationException.Refusal;
import fr.ror.nomenclator.terminology.ValidationIssue;
import fr.ror.nomenclator.terminology.ValidationIssue.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code CodeSystem/$validate-code}: validation against the implicit value set of the whole code
 * system the request names (by {@code url}, the coding's system, or inline). A code system that
 * cannot be found is an answer (result false, naming it), not an error.
 */
final class CodeSystemValidation {

    private final TxContext context;

    CodeSystemValidation(TxContext context) {
        this.context = context;
    }

    CodeValidation validate(RequestInputs inputs, SnapshotTerminology.Coded coded) {
        CodedValidation.Coding first = coded.codings().isEmpty() ? null : coded.codings().get(0);
        String path = switch (coded.mode()) {
            case CODE -> "system";
            case CODING -> "Coding.system";
            case CODEABLE_CONCEPT -> "CodeableConcept.coding[0].system";
        };
        CodeSystemSnapshot codeSystem;
        ObjectNode inline = inputs.resource("codeSystem", "CodeSystem");
        if (inline != null) {
            codeSystem = SnapshotBuilder.build(null, null, inline);
        } else {
            String url = inputs.text("url");
            String version = inputs.text("version");
            if (url != null && coded.mode() != CodedValidation.Mode.CODE) {
                for (CodedValidation.Coding c : coded.codings()) {
                    if (c.system() != null && !context.sameSystem(url, c.system())) {
                        throw RequestInputs.bad("The coding's system " + c.system() + " is not the url " + url);
                    }
                }
            }
            if (url == null && first != null) {
                url = first.system();
                if (version == null) {
                    version = first.version();
                }
            }
            if (url == null) {
                String message = context.messages.format("Coding_has_no_system__cannot_validate");
                return SnapshotTerminology.Coded.failure(List.of(new ValidationIssue(Severity.WARNING, "invalid",
                        "invalid-data", "Coding_has_no_system__cannot_validate", message,
                        coded.mode() == CodedValidation.Mode.CODE ? null : path.replace(".system", ""))), coded, null);
            }
            version = context.determineVersion(url, version);
            Optional<CodeSystemSnapshot> found = context.codeSystem(url, version);
            if (found.isEmpty()) {
                return unknown(url, version, coded, path);
            }
            codeSystem = found.get();
        }
        if (codeSystem.isSupplement()) {
            throw new OperationException("TE431", Refusal.BAD_REQUEST, new ValidationIssue(Severity.ERROR, "invalid",
                    "invalid-data", "CODESYSTEM_CS_NO_SUPPLEMENT", context.messages.format("CODESYSTEM_CS_NO_SUPPLEMENT",
                    codeSystem.canonical()), path));
        }
        List<ValidationIssue> checks = context.versionChecks(codeSystem.url(), codeSystem.version());
        if (!checks.isEmpty()) {
            throw new OperationException("TE426", Refusal.BAD_REQUEST, checks);
        }
        if (!context.missingSupplements().isEmpty()) {
            throw context.missingSupplementsError();
        }
        ValueSetChecker checker = new ValueSetChecker(context, ValueSetDefinition.allOf(codeSystem), new ArrayList<>());
        return new CodedValidation(context, checker).validate(coded.codings(), coded.mode(), coded.codeableConcept());
    }

    private CodeValidation unknown(String url, String version, SnapshotTerminology.Coded coded, String path) {
        ValidationIssue issue;
        String unknownSystem;
        Optional<CodeSystemSnapshot> supplement = context.resources.supplementByUrl(url, version);
        if (supplement.isPresent()) {
            issue = new ValidationIssue(Severity.ERROR, "invalid", "invalid-data", "CODESYSTEM_CS_NO_SUPPLEMENT",
                    context.messages.format("CODESYSTEM_CS_NO_SUPPLEMENT", supplement.get().canonical()), path);
            unknownSystem = null;
        } else if (context.resources.isValueSet(url)) {
            issue = new ValidationIssue(Severity.ERROR, "invalid", "invalid-data", "Terminology_TX_System_ValueSet2",
                    context.messages.format("Terminology_TX_System_ValueSet2", url), path);
            unknownSystem = null;
        } else if (version == null) {
            issue = new ValidationIssue(Severity.ERROR, "not-found", "not-found", "UNKNOWN_CODESYSTEM",
                    context.messages.format("UNKNOWN_CODESYSTEM", url), path);
            unknownSystem = url;
        } else {
            List<String> known = context.versionsOf(url);
            String id = known.isEmpty() ? "UNKNOWN_CODESYSTEM_VERSION_NONE" : "UNKNOWN_CODESYSTEM_VERSION";
            issue = new ValidationIssue(Severity.ERROR, "not-found", "not-found", id,
                    context.messages.format(id, url, version, TxContext.presentVersions(known)), path);
            unknownSystem = known.isEmpty() ? url : url + "|" + version;
        }
        CodeValidation failed = SnapshotTerminology.Coded.failure(List.of(issue), coded, null);
        if (unknownSystem == null) {
            return failed;
        }
        return new CodeValidation(false, failed.system(), failed.code(), failed.version(), null, failed.message(),
                failed.issues(), null, null, null, List.of(), List.of(unknownSystem), failed.codeableConcept());
    }
}
