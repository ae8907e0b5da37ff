package fr.ror.nomenclator.terminology.internal.serving;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.terminology.OperationException;
import fr.ror.nomenclator.terminology.OperationException.Refusal;
import fr.ror.nomenclator.terminology.ValidationIssue;
import fr.ror.nomenclator.terminology.ValidationIssue.Severity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The inputs of one operation read from its {@code Parameters}: single values by name, the
 * resources supplied with it, and the refusal of parameters the operation does not know (a typo
 * in a parameter name would otherwise change the answer silently).
 */
final class RequestInputs {

    /** Parameters every operation accepts: version rules, supplements, languages, tooling. */
    static final Set<String> COMMON = Set.of("tx-resource", "system-version", "check-system-version",
            "force-system-version", "default-valueset-version", "check-valueset-version", "force-valueset-version",
            "useSupplement", "displayLanguage", "profile", "cache-id", "uuid", "diagnostics", "__Accept-Language",
            "__Content-Language", "default-to-latest-version", "date", "_format", "_pretty", "_summary", "_elements",
            "no-cache", "mode");

    static final Set<String> RESOURCE_TYPES = Set.of("CodeSystem", "ValueSet", "ConceptMap");

    /** Parameters that take one value: given twice, the request contradicts itself. */
    static final Set<String> SINGLE = Set.of("url", "valueSet", "valueSetVersion", "codeSystem", "conceptMap",
            "conceptMapVersion", "code", "system", "systemVersion", "version", "display", "coding", "codeableConcept",
            "count", "offset", "filter", "activeOnly", "excludeNested", "includeDesignations", "includeDefinition",
            "displayLanguage", "date", "abstract", "inferSystem", "lenient-display-validation", "reverse", "codeA",
            "codeB", "codingA", "codingB", "sourceCode", "sourceSystem", "targetCode", "targetSystem", "targetsystem");

    private final ObjectNode parameters;

    RequestInputs(ObjectNode parameters) {
        this.parameters = parameters;
    }

    /** Refuses names outside {@link #COMMON} and {@code known}, and supplied resources of other types. */
    RequestInputs accept(String operation, Set<String> known) {
        Set<String> unknown = new LinkedHashSet<>();
        for (JsonNode p : parameters.path("parameter")) {
            String name = p.path("name").asText("");
            if (!COMMON.contains(name) && !known.contains(name)) {
                unknown.add(name.isEmpty() ? "(no name)" : name);
            }
        }
        if (!unknown.isEmpty()) {
            throw bad("The parameter" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown)
                    + (unknown.size() > 1 ? " are" : " is") + " not known to " + operation + " (known: "
                    + String.join(", ", new java.util.TreeSet<>(known)) + ")");
        }
        for (String name : SINGLE) {
            if (known.contains(name) || COMMON.contains(name)) {
                one(name);
            }
        }
        for (JsonNode p : all("tx-resource")) {
            JsonNode resource = p.get("resource");
            String type = resource == null ? null : resource.path("resourceType").asText(null);
            if (type == null || !RESOURCE_TYPES.contains(type)) {
                throw bad("A tx-resource must be a CodeSystem, a ValueSet or a ConceptMap, not "
                        + (type == null ? "a value without a resource" : "a " + type));
            }
        }
        return this;
    }

    List<JsonNode> all(String name) {
        List<JsonNode> result = new ArrayList<>();
        for (JsonNode p : parameters.path("parameter")) {
            if (name.equals(p.path("name").asText())) {
                result.add(p);
            }
        }
        return result;
    }

    Optional<JsonNode> one(String name) {
        List<JsonNode> found = all(name);
        if (found.size() > 1) {
            throw bad("The parameter " + name + " is given " + found.size() + " times; it takes one value");
        }
        return found.stream().findFirst();
    }

    /** The primitive value of a parameter, or null. */
    String text(String name) {
        return one(name).flatMap(ValueSetDefinition::primitive).filter(s -> !s.isBlank()).orElse(null);
    }

    /** A complex value ({@code valueCoding}, {@code valueCodeableConcept}), or null. */
    JsonNode value(String name, String type) {
        Optional<JsonNode> p = one(name);
        if (p.isEmpty()) {
            return null;
        }
        JsonNode value = p.get().get("value" + type);
        if (value == null) {
            String given = ValueSetDefinition.primitive(p.get()).orElse(null);
            if (given != null && "Coding".equals(type)) {
                return codingFromToken(name, given);
            }
            throw bad("The parameter " + name + " must be a " + type);
        }
        if (!value.isObject()) {
            throw bad("The parameter " + name + " must be a " + type + " object");
        }
        return value;
    }

    /** {@code system|code} (GET form of a coding). */
    private static JsonNode codingFromToken(String name, String token) {
        int bar = token.lastIndexOf('|');
        ObjectNode coding = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        if (bar < 0) {
            coding.put("code", token);
        } else {
            if (bar > 0) {
                coding.put("system", token.substring(0, bar));
            }
            coding.put("code", token.substring(bar + 1));
        }
        return coding;
    }

    /** A resource parameter ({@code valueSet}, {@code codeSystem}) of the type expected, or null. */
    ObjectNode resource(String name, String type) {
        Optional<JsonNode> p = one(name);
        if (p.isEmpty()) {
            return null;
        }
        JsonNode resource = p.get().get("resource");
        if (resource == null || !resource.isObject() || !type.equals(resource.path("resourceType").asText())) {
            throw bad("The parameter " + name + " must be a " + type + " resource");
        }
        return (ObjectNode) resource;
    }

    /** Every resource supplied with the request: {@code tx-resource}, and the subject given inline. */
    List<ObjectNode> supplied() {
        List<ObjectNode> result = new ArrayList<>();
        for (JsonNode p : all("tx-resource")) {
            if (p.get("resource") instanceof ObjectNode resource) {
                result.add(resource);
            }
        }
        for (String inline : List.of("valueSet", "codeSystem", "conceptMap")) {
            for (JsonNode p : all(inline)) {
                if (p.get("resource") instanceof ObjectNode resource && resource.hasNonNull("url")) {
                    result.add(resource);
                }
            }
        }
        return result;
    }

    static OperationException bad(String message) {
        return new OperationException("TE410", Refusal.BAD_REQUEST,
                new ValidationIssue(Severity.ERROR, "invalid", "invalid-data", null, message, null));
    }
}
