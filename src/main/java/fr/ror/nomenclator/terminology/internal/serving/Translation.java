package fr.ror.nomenclator.terminology.internal.serving;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.terminology.OperationException;
import fr.ror.nomenclator.terminology.OperationException.Refusal;
import fr.ror.nomenclator.terminology.ValidationIssue;
import fr.ror.nomenclator.terminology.ValidationIssue.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code ConceptMap/$translate}, R4 parameters and their R5 names: forward (a source code to its
 * targets) or {@code reverse} (a target code back to the sources mapped to it), through one concept
 * map (by url or inline) or every map whose groups join the systems asked. Answers carry the R4
 * {@code equivalence} and the R5 {@code relationship} of each match, and the map it came from.
 */
final class Translation {

    static final Set<String> PARAMETERS = Set.of("url", "conceptMap", "conceptMapVersion", "code", "system", "version",
            "source", "coding", "codeableConcept", "target", "targetsystem", "reverse", "dependency", "sourceCode",
            "sourceSystem", "sourceVersion", "sourceCoding", "sourceCodeableConcept", "sourceScope", "targetCode",
            "targetCoding", "targetCodeableConcept", "targetScope", "targetSystem");

    private static final Map<String, String> RELATIONSHIP = Map.of("equivalent", "equivalent", "equal", "equivalent",
            "wider", "source-is-narrower-than-target", "subsumes", "source-is-narrower-than-target",
            "narrower", "source-is-broader-than-target", "specializes", "source-is-broader-than-target",
            "relatedto", "related-to", "inexact", "related-to", "unmatched", "not-related-to", "disjoint", "not-related-to");
    private static final Map<String, String> EQUIVALENCE = Map.of("equivalent", "equivalent",
            "source-is-narrower-than-target", "wider", "source-is-broader-than-target", "narrower",
            "related-to", "relatedto", "not-related-to", "disjoint");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final TxContext context;

    Translation(TxContext context) {
        this.context = context;
    }

    ObjectNode translate(RequestInputs inputs) {
        boolean reverse = "true".equals(inputs.text("reverse"));
        String code = first(inputs.text("sourceCode"), inputs.text("code"));
        String system = first(inputs.text("sourceSystem"), inputs.text("system"));
        JsonNode coding = first(inputs.value("sourceCoding", "Coding"), inputs.value("coding", "Coding"));
        String targetCode = inputs.text("targetCode");
        JsonNode targetCoding = inputs.value("targetCoding", "Coding");
        String targetSystem = first(inputs.text("targetSystem"), inputs.text("targetsystem"));
        if (targetCode != null || targetCoding != null) {
            reverse = true;
            code = targetCode != null ? targetCode : targetCoding.path("code").asText(null);
            String codingSystem = targetCoding == null ? null : targetCoding.path("system").asText(null);
            String sourceSystem = system;
            system = codingSystem != null ? codingSystem : targetSystem;
            targetSystem = sourceSystem;
        } else if (coding != null) {
            code = coding.path("code").asText(null);
            system = first(coding.path("system").asText(null), system);
        }
        JsonNode concept = first(inputs.value("sourceCodeableConcept", "CodeableConcept"),
                inputs.value("codeableConcept", "CodeableConcept"));
        if (code == null && concept != null && concept.path("coding").size() > 0) {
            code = concept.path("coding").get(0).path("code").asText(null);
            system = first(concept.path("coding").get(0).path("system").asText(null), system);
        }
        if (code == null) {
            throw RequestInputs.bad("$translate needs a code (with its system), a coding or a codeableConcept");
        }
        if (system == null) {
            throw RequestInputs.bad("$translate needs the system of the code");
        }
        List<ObjectNode> maps = maps(inputs);
        ArrayNode matches = JSON.arrayNode();
        for (ObjectNode map : maps) {
            String canonical = map.path("url").asText("") + (map.hasNonNull("version") ? "|" + map.get("version").asText() : "");
            for (JsonNode group : map.path("group")) {
                String from = group.path("source").asText(null);
                String to = group.path("target").asText(null);
                if (!reverse && context.sameSystem(system, from)
                        && (targetSystem == null || context.sameSystem(targetSystem, to))) {
                    forward(group, code, canonical, matches);
                } else if (reverse && context.sameSystem(system, to)
                        && (targetSystem == null || context.sameSystem(targetSystem, from))) {
                    backward(group, code, canonical, matches);
                }
            }
        }
        ObjectNode out = JSON.objectNode().put("resourceType", "Parameters");
        ArrayNode parameters = out.putArray("parameter");
        boolean result = false;
        for (JsonNode match : matches) {
            String equivalence = "";
            for (JsonNode part : match.path("part")) {
                if ("equivalence".equals(part.path("name").asText())) {
                    equivalence = part.path("valueCode").asText();
                }
            }
            if (!equivalence.equals("unmatched") && !equivalence.equals("disjoint")) {
                result = true;
            }
        }
        parameters.addObject().put("name", "result").put("valueBoolean", result);
        if (!result) {
            parameters.addObject().put("name", "message").put("valueString", "No translations found for " + system
                    + "#" + code + (maps.isEmpty() ? ": no concept map applies" : " in the concept maps considered"));
        }
        matches.forEach(parameters::add);
        return out;
    }

    private void forward(JsonNode group, String code, String canonical, ArrayNode matches) {
        for (JsonNode element : group.path("element")) {
            if (!code.equals(element.path("code").asText())) {
                continue;
            }
            for (JsonNode target : element.path("target")) {
                ObjectNode match = matches.addObject().put("name", "match");
                ArrayNode parts = match.putArray("part");
                relationship(parts, target);
                parts.addObject().put("name", "concept").set("valueCoding",
                        coding(group.path("target").asText(null), target.path("code").asText(null),
                                target.path("display").asText(null)));
                parts.addObject().put("name", "originMap").put("valueCanonical", canonical);
            }
        }
    }

    private void backward(JsonNode group, String code, String canonical, ArrayNode matches) {
        for (JsonNode element : group.path("element")) {
            for (JsonNode target : element.path("target")) {
                if (!code.equals(target.path("code").asText())) {
                    continue;
                }
                ObjectNode match = matches.addObject().put("name", "match");
                ArrayNode parts = match.putArray("part");
                relationship(parts, target);
                parts.addObject().put("name", "concept").set("valueCoding",
                        coding(group.path("target").asText(null), target.path("code").asText(null),
                                target.path("display").asText(null)));
                parts.addObject().put("name", "source").set("valueCoding",
                        coding(group.path("source").asText(null), element.path("code").asText(null),
                                element.path("display").asText(null)));
                parts.addObject().put("name", "originMap").put("valueCanonical", canonical);
            }
        }
    }

    private static void relationship(ArrayNode parts, JsonNode target) {
        String equivalence = target.path("equivalence").asText(null);
        String relationship = target.path("relationship").asText(null);
        if (equivalence == null && relationship != null) {
            equivalence = EQUIVALENCE.getOrDefault(relationship, "relatedto");
        }
        if (relationship == null && equivalence != null) {
            relationship = RELATIONSHIP.getOrDefault(equivalence, "related-to");
        }
        if (equivalence != null) {
            parts.addObject().put("name", "equivalence").put("valueCode", equivalence);
        }
        if (relationship != null) {
            parts.addObject().put("name", "relationship").put("valueCode", relationship);
        }
    }

    private List<ObjectNode> maps(RequestInputs inputs) {
        ObjectNode inline = inputs.resource("conceptMap", "ConceptMap");
        if (inline != null) {
            return List.of(inline);
        }
        String url = inputs.text("url");
        if (url != null) {
            Optional<ObjectNode> map = context.resources.conceptMap(url, inputs.text("conceptMapVersion"));
            if (map.isEmpty()) {
                throw new OperationException("TE404", Refusal.NOT_FOUND, new ValidationIssue(Severity.ERROR, "not-found",
                        "not-found", null, "A definition for the ConceptMap '" + url + "' could not be found", null));
            }
            return List.of(map.get());
        }
        String sourceScope = first(inputs.text("sourceScope"), inputs.text("source"));
        String targetScope = first(inputs.text("targetScope"), inputs.text("target"));
        List<ObjectNode> result = new ArrayList<>();
        for (ObjectNode map : context.resources.conceptMaps()) {
            if (sourceScope != null && !sourceScope.equals(scope(map, "source"))) {
                continue;
            }
            if (targetScope != null && !targetScope.equals(scope(map, "target"))) {
                continue;
            }
            result.add(map);
        }
        return result;
    }

    private static String scope(ObjectNode map, String side) {
        for (String field : List.of(side + "Uri", side + "Canonical", side + "ScopeUri", side + "ScopeCanonical")) {
            if (map.hasNonNull(field)) {
                return map.get(field).asText();
            }
        }
        return null;
    }

    private static ObjectNode coding(String system, String code, String display) {
        ObjectNode coding = JSON.objectNode();
        if (system != null) {
            coding.put("system", system);
        }
        if (code != null) {
            coding.put("code", code);
        }
        if (display != null) {
            coding.put("display", display);
        }
        return coding;
    }

    private static <T> T first(T a, T b) {
        return a != null ? a : b;
    }
}
