package fr.ror.nomenclator.terminology.internal.serving;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ror.nomenclator.terminology.ConceptDetails;
import fr.ror.nomenclator.terminology.ConceptProperty;
import fr.ror.nomenclator.terminology.Designation;
import fr.ror.nomenclator.terminology.OperationException;
import fr.ror.nomenclator.terminology.OperationException.Refusal;
import fr.ror.nomenclator.terminology.PropertyValue;
import fr.ror.nomenclator.terminology.ValidationIssue;
import fr.ror.nomenclator.terminology.ValidationIssue.Severity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code CodeSystem/$lookup}: the concept's display in the languages asked, its designations, its
 * definition and properties. NOS code systems also get the concept's {@code status} on the date
 * asked (default today), derived from {@code dateValid}/{@code dateFin}.
 */
final class ConceptLookup {

    private final TxContext context;

    ConceptLookup(TxContext context) {
        this.context = context;
    }

    ConceptDetails lookup(RequestInputs inputs) {
        String system = inputs.text("system");
        String code = inputs.text("code");
        String version = inputs.text("version");
        JsonNode coding = inputs.value("coding", "Coding");
        if (coding != null) {
            if (code != null) {
                throw RequestInputs.bad("$lookup takes either code (with system) or coding, not both");
            }
            code = coding.path("code").asText(null);
            String codingSystem = coding.path("system").asText(null);
            if (system != null && codingSystem != null && !system.equals(codingSystem)) {
                throw RequestInputs.bad("The coding's system " + codingSystem + " is not the system parameter " + system);
            }
            system = codingSystem != null ? codingSystem : system;
            if (version == null) {
                version = coding.path("version").asText(null);
            }
        }
        if (code == null) {
            throw RequestInputs.bad("$lookup needs a code (with system) or a coding");
        }
        if (system == null) {
            throw RequestInputs.bad("$lookup needs system with code");
        }
        String resolved = context.determineVersion(system, version);
        Optional<CodeSystemSnapshot> found = context.codeSystem(system, resolved);
        if (found.isEmpty()) {
            String message;
            if (resolved == null) {
                message = context.messages.format("UNKNOWN_CODESYSTEM", system).replace("validated", "looked up");
            } else {
                message = context.messages.format("UNKNOWN_CODESYSTEM_VERSION", system, resolved,
                        TxContext.presentVersions(context.versionsOf(system))).replace("validated", "looked up");
            }
            throw new OperationException(resolved == null ? "TE401" : "TE402", Refusal.NOT_FOUND,
                    new ValidationIssue(Severity.ERROR, "not-found", "not-found",
                            resolved == null ? "UNKNOWN_CODESYSTEM" : "UNKNOWN_CODESYSTEM_VERSION", message, "system"));
        }
        if (!context.missingSupplements().isEmpty()) {
            throw context.missingSupplementsError();
        }
        CodeSystemSnapshot codeSystem = found.get();
        String asked = code;
        SnapshotConcept concept = codeSystem.find(code).orElseThrow(() -> new OperationException("TE403",
                Refusal.NOT_FOUND, new ValidationIssue(Severity.ERROR, "not-found", "invalid-code",
                "Unknown_Code_in_Version", context.messages.format("Unknown_Code_in_Version", asked, codeSystem.url(),
                codeSystem.version()), "code")));
        Set<String> wanted = new LinkedHashSet<>();
        inputs.all("property").forEach(p -> ValueSetDefinition.primitive(p).ifPresent(wanted::add));
        boolean all = wanted.isEmpty() || wanted.contains("*");
        Displays displays = new Displays().add(concept.designations());
        String display = displays.preferredValue(context.params.workingLanguages());
        List<Designation> designations = new ArrayList<>();
        for (SnapshotDesignation d : concept.designations()) {
            designations.add(new Designation(d.language() == null ? null : d.language().code(), d.useSystem(),
                    d.useCode(), d.useDisplay() != null ? d.useDisplay() : d.useCode(), d.value(), d.source()));
        }
        List<ConceptDetails.Property> properties = new ArrayList<>();
        for (ConceptProperty p : concept.properties()) {
            if ((all || wanted.contains(p.code())) && !p.code().equals("parent") && !p.code().equals("child")) {
                properties.add(new ConceptDetails.Property(p.code(), p.value(), null));
            }
        }
        boolean nos = concept.nosDates().validFrom() != null || concept.nosDates().validUntil() != null;
        if (nos && (all || wanted.contains("status"))
                && concept.properties().stream().noneMatch(p -> p.code().equals("status"))) {
            String status = concept.nosDates().notYetValidOn(context.date) ? "not-yet-valid"
                    : concept.statusOn(context.date) == null ? "active" : concept.statusOn(context.date);
            properties.add(new ConceptDetails.Property("status", new PropertyValue.CodeValue(status), null));
        }
        if (all || wanted.contains("inactive")) {
            properties.add(new ConceptDetails.Property("inactive",
                    new PropertyValue.BooleanValue(concept.inactiveOn(context.date)), null));
        }
        if (all || wanted.contains("parent")) {
            for (String parent : concept.parents()) {
                properties.add(new ConceptDetails.Property("parent", new PropertyValue.CodeValue(parent),
                        codeSystem.find(parent).map(SnapshotConcept::display).orElse(null)));
            }
        }
        if (all || wanted.contains("child")) {
            for (String child : concept.children()) {
                properties.add(new ConceptDetails.Property("child", new PropertyValue.CodeValue(child),
                        codeSystem.find(child).map(SnapshotConcept::display).orElse(null)));
            }
        }
        return new ConceptDetails(codeSystem.url(), codeSystem.version(), codeSystem.name() != null ? codeSystem.name()
                : codeSystem.header().title(), concept.code(), display,
                all || wanted.contains("definition") ? concept.definition() : null, designations, properties,
                concept.abstractCode(), codeSystem.supplementsUsed());
    }
}
