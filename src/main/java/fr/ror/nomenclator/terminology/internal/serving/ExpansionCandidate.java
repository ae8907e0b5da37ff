package fr.ror.nomenclator.terminology.internal.serving;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.terminology.internal.serving.ValueSetDefinition.EnumeratedConcept;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One code an expansion contains, before rendering: where it comes from (a code system concept,
 * possibly with the display a value set include gives it, or an entry of a published expansion)
 * and the codes nested under it. Cheap, so that a large expansion only renders the page asked for.
 */
final class ExpansionCandidate {

    private final String system;
    private final String version;
    private final String code;
    private final CodeSystemSnapshot codeSystem;
    private final SnapshotConcept concept;
    private final EnumeratedConcept enumerated;
    private final Language valueSetLanguage;
    private final ObjectNode published;
    private final List<ExpansionCandidate> children = new ArrayList<>();

    ExpansionCandidate(String system, String version, String code, CodeSystemSnapshot codeSystem,
                       SnapshotConcept concept, EnumeratedConcept enumerated, Language valueSetLanguage) {
        this(system, version, code, codeSystem, concept, enumerated, valueSetLanguage, null);
    }

    private ExpansionCandidate(String system, String version, String code, CodeSystemSnapshot codeSystem,
                               SnapshotConcept concept, EnumeratedConcept enumerated, Language valueSetLanguage,
                               ObjectNode published) {
        this.system = system;
        this.version = version;
        this.code = code;
        this.codeSystem = codeSystem;
        this.concept = concept;
        this.enumerated = enumerated;
        this.valueSetLanguage = valueSetLanguage;
        this.published = published;
    }

    static ExpansionCandidate published(String system, String version, String code, ObjectNode contains) {
        return new ExpansionCandidate(system, version, code, null, null, null, null, contains);
    }

    ExpansionCandidate copyWithoutChildren() {
        return new ExpansionCandidate(system, version, code, codeSystem, concept, enumerated, valueSetLanguage, published);
    }

    String system() {
        return system;
    }

    String version() {
        return version;
    }

    String code() {
        return code;
    }

    CodeSystemSnapshot codeSystem() {
        return codeSystem;
    }

    SnapshotConcept concept() {
        return concept;
    }

    EnumeratedConcept enumerated() {
        return enumerated;
    }

    Language valueSetLanguage() {
        return valueSetLanguage;
    }

    ObjectNode published() {
        return published;
    }

    List<ExpansionCandidate> children() {
        return children;
    }

    boolean inactive(Instant date) {
        if (concept != null) {
            return concept.inactiveOn(date);
        }
        return published != null && published.path("inactive").asBoolean(false);
    }

    /** The displays of the code: the code system's, then those the value set include gives. */
    Displays displays() {
        Displays displays = new Displays();
        if (concept != null) {
            displays.add(concept.designations());
        }
        if (enumerated != null) {
            displays.addIncludeDisplay(enumerated.display(), valueSetLanguage);
            displays.add(enumerated.designations());
        }
        return displays;
    }
}
