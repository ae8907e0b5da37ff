package fr.ror.nomenclator.terminology.internal.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.terminology.InvalidContentException;
import fr.ror.nomenclator.terminology.ResourceKind;
import fr.ror.nomenclator.terminology.internal.model.DecomposedVersion.ComposeRuleState;
import fr.ror.nomenclator.terminology.internal.model.DecomposedVersion.ConceptState;
import fr.ror.nomenclator.terminology.internal.model.DecomposedVersion.MapElementState;
import fr.ror.nomenclator.terminology.internal.model.DecomposedVersion.MapGroupState;
import fr.ror.nomenclator.terminology.internal.model.DecomposedVersion.MapTargetState;
import fr.ror.nomenclator.terminology.internal.model.DecomposedVersion.MemberState;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Takes FHIR R4 JSON of a CodeSystem, ValueSet or ConceptMap apart into a {@link DecomposedVersion},
 * checking on the way the rules without which it cannot be stored.
 */
public final class ResourceDecomposer {

    private static final List<String> NOT_CONTENT = List.of("id", "meta", "text");
    private final UnaryOperator<String> keyOfUrl;

    /** @param keyOfUrl maps a canonical URL (or alias) to its nomenclature key */
    public ResourceDecomposer(UnaryOperator<String> keyOfUrl) {
        this.keyOfUrl = keyOfUrl;
    }

    public DecomposedVersion decompose(String source, ObjectNode resource) {
        String type = resource.path("resourceType").asText("");
        ResourceKind kind = ResourceKind.ofFhirType(type).orElseThrow(() -> new InvalidContentException("TE101",
                source + ": expected a CodeSystem, ValueSet or ConceptMap, found " + (type.isEmpty() ? "no resourceType" : type)));
        String url = requiredText(source, resource, "url", "TE102", type + " has no url");
        String version = requiredText(source, resource, "version", "TE103",
                type + " " + url + " has no version: every stored version needs one");

        ObjectNode content = resource.deepCopy();
        NOT_CONTENT.forEach(content::remove);
        String contentHash = ContentHash.of(content.toString());
        ObjectNode header = content.deepCopy();

        List<ConceptState> concepts = List.of();
        List<ComposeRuleState> rules = List.of();
        List<MapGroupState> groups = List.of();
        boolean nested = false;
        String key = keyOfUrl.apply(url);
        switch (kind) {
            case CODE_SYSTEM -> {
                JsonNode list = header.remove("concept");
                concepts = new ArrayList<>();
                nested = flatten(source, key, list, null, concepts, new HashSet<>());
            }
            case VALUE_SET -> rules = rules(source, header.path("compose"));
            case CONCEPT_MAP -> groups = groups(header.remove("group"));
        }
        if (header.path("compose") instanceof ObjectNode compose) {
            compose.remove("include");
            compose.remove("exclude");
        }
        return new DecomposedVersion(kind, key, url, version, text(resource, "status"), text(resource, "name"),
                text(resource, "title"), text(resource, "publisher"), text(resource, "date"), identifiers(resource),
                contentHash, header, nested, concepts, rules, groups);
    }

    private boolean flatten(String source, String key, JsonNode list, String parent, List<ConceptState> out,
                            Set<String> seen) {
        if (list == null || !list.isArray()) {
            return false;
        }
        boolean nested = false;
        for (JsonNode node : list) {
            if (!(node instanceof ObjectNode concept)) {
                throw new InvalidContentException("TE104", source + ": a concept entry is not an object");
            }
            String code = concept.path("code").asText("");
            if (code.isBlank()) {
                throw new InvalidContentException("TE104", source + ": concept #" + (out.size() + 1) + " has no code");
            }
            if (!seen.add(code)) {
                throw new InvalidContentException("TE105", source + ": duplicate code '" + code
                        + "' in CodeSystem: each code may appear only once");
            }
            ObjectNode own = concept.deepCopy();
            JsonNode children = own.remove("concept");
            List<String> parents = new ArrayList<>();
            if (parent != null) {
                parents.add(parent);
            }
            parents.addAll(propertyCodes(own, "parent"));
            String json = own.toString();
            out.add(new ConceptState(out.size(), code, ContentHash.of(key, json, parent, String.join("\u001e", parents)),
                    json, parent, List.copyOf(parents), text(own, "display"), text(own, "definition"), ConceptStatus.of(own),
                    propertyValue(own, "dateValid"), propertyValue(own, "dateMaj"), propertyValue(own, "dateFin")));
            if (children != null && children.isArray() && !children.isEmpty()) {
                nested = true;
                flatten(source, key, children, code, out, seen);
            }
        }
        return nested;
    }

    private List<ComposeRuleState> rules(String source, JsonNode compose) {
        List<ComposeRuleState> rules = new ArrayList<>();
        for (String mode : List.of("include", "exclude")) {
            for (JsonNode node : compose.path(mode)) {
                ObjectNode rule = ((ObjectNode) node).deepCopy();
                String system = text(rule, "system");
                String hash = ContentHash.of(mode, rule.toString());
                JsonNode concepts = rule.remove("concept");
                List<MemberState> members = new ArrayList<>();
                if (concepts != null) {
                    for (JsonNode member : concepts) {
                        String code = member.path("code").asText("");
                        if (code.isBlank()) {
                            throw new InvalidContentException("TE104", source + ": a concept in compose." + mode
                                    + " of " + system + " has no code");
                        }
                        members.add(new MemberState(members.size(), code, member.toString()));
                    }
                }
                List<String> valueSets = new ArrayList<>();
                rule.path("valueSet").forEach(v -> valueSets.add(v.asText()));
                rules.add(new ComposeRuleState(rules.size(), mode, hash, system == null ? null : keyOfUrl.apply(system),
                        system, text(rule, "version"), valueSets, rule.toString(), members));
            }
        }
        return rules;
    }

    private List<MapGroupState> groups(JsonNode list) {
        List<MapGroupState> groups = new ArrayList<>();
        if (list == null) {
            return groups;
        }
        for (JsonNode node : list) {
            ObjectNode group = ((ObjectNode) node).deepCopy();
            String hash = ContentHash.of(group.toString());
            JsonNode elements = group.remove("element");
            List<MapElementState> states = new ArrayList<>();
            if (elements != null) {
                for (JsonNode e : elements) {
                    states.add(element(states.size(), ((ObjectNode) e).deepCopy()));
                }
            }
            String source = text(group, "source");
            String target = text(group, "target");
            groups.add(new MapGroupState(groups.size(), hash, source, source == null ? null : keyOfUrl.apply(source),
                    text(group, "sourceVersion"), target, target == null ? null : keyOfUrl.apply(target),
                    text(group, "targetVersion"), group.toString(), states));
        }
        return groups;
    }

    private static MapElementState element(int seq, ObjectNode element) {
        JsonNode targets = element.path("target");
        boolean allCoded = targets.isArray() && !targets.isEmpty();
        for (JsonNode t : targets) {
            allCoded &= t.hasNonNull("code");
        }
        List<MapTargetState> coded = new ArrayList<>();
        if (allCoded) {
            element.remove("target");
            for (JsonNode t : targets) {
                coded.add(new MapTargetState(coded.size(), t.get("code").asText(), text(t, "equivalence"), t.toString()));
            }
        }
        return new MapElementState(seq, text(element, "code"), element.toString(), coded);
    }

    private static List<String> identifiers(ObjectNode resource) {
        List<String> out = new ArrayList<>();
        JsonNode ids = resource.path("identifier");
        // identifier is 0..* in CodeSystem and ValueSet, 0..1 in ConceptMap (R4)
        for (JsonNode id : ids.isArray() ? ids : (ids.isObject() ? List.of(ids) : List.<JsonNode>of())) {
            out.add(id.path("system").asText("") + "|" + id.path("value").asText(""));
        }
        return out;
    }

    static List<String> propertyCodes(ObjectNode concept, String property) {
        List<String> out = new ArrayList<>();
        for (JsonNode p : concept.path("property")) {
            if (property.equals(p.path("code").asText()) && p.hasNonNull("valueCode")) {
                out.add(p.get("valueCode").asText());
            }
        }
        return out;
    }

    static String propertyValue(ObjectNode concept, String property) {
        for (JsonNode p : concept.path("property")) {
            if (property.equals(p.path("code").asText())) {
                for (var field : (Iterable<java.util.Map.Entry<String, JsonNode>>) p::fields) {
                    if (field.getKey().startsWith("value")) {
                        return field.getValue().asText();
                    }
                }
            }
        }
        return null;
    }

    private static String requiredText(String source, ObjectNode node, String field, String code, String message) {
        String value = text(node, field);
        if (value == null || value.isBlank()) {
            throw new InvalidContentException(code, source + ": " + message);
        }
        return value;
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
