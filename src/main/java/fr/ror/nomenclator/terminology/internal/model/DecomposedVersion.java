package fr.ror.nomenclator.terminology.internal.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.terminology.ResourceKind;
import java.util.List;

/**
 * One resource version taken apart into what the graph stores: a header (the resource without
 * its concepts, compose rules or map groups) and the parts that are shared between versions.
 *
 * @param key          the nomenclature key all versions of this canonical share
 * @param header       the resource minus id, meta, text and the decomposed parts
 * @param nested       whether the code system nested its concepts (restored the same way)
 */
public record DecomposedVersion(ResourceKind kind, String key, String url, String version, String status,
                                String name, String title, String publisher, String date, List<String> identifiers,
                                String contentHash, ObjectNode header, boolean nested, List<ConceptState> concepts,
                                List<ComposeRuleState> rules, List<MapGroupState> groups) {

    /**
     * A concept as this version states it. Its hash names the revision shared with other versions.
     *
     * @param nestedUnder the code it was nested under in the source, if any
     * @param parents     every parent: the nesting one and those given by {@code parent} properties
     */
    public record ConceptState(int seq, String code, String hash, String json, String nestedUnder, List<String> parents,
                               String display,
                               String definition, String status, String dateValid, String dateMaj, String dateFin) {
    }

    /** A {@code compose.include} or {@code exclude}, with its enumerated concepts as members. */
    public record ComposeRuleState(int seq, String mode, String hash, String systemKey, String system, String version,
                                   List<String> valueSets, String json, List<MemberState> members) {
    }

    public record MemberState(int seq, String code, String json) {
    }

    public record MapGroupState(int seq, String hash, String source, String sourceKey, String sourceVersion,
                                String target, String targetKey, String targetVersion, String json,
                                List<MapElementState> elements) {
    }

    /** A source element; targets without a code stay inside its json. */
    public record MapElementState(int seq, String code, String json, List<MapTargetState> targets) {
    }

    public record MapTargetState(int seq, String code, String equivalence, String json) {
    }
}
