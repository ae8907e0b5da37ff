package fr.ror.nomenclator.terminology.internal.serving;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.terminology.ConceptProperty;
import fr.ror.nomenclator.terminology.PropertyValue;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Turns the codes an expansion collected into the FHIR R4 {@code ValueSet.expansion}: the page
 * asked for, nested when the hierarchy could be kept, each code with the display chosen for the
 * request's languages, its status, and the designations and properties asked for. R5 elements
 * ({@code expansion.property}, {@code contains.property}) travel as the standard cross-version
 * extensions.
 */
final class ExpansionRenderer {

    static final String PROPERTY_EXTENSION = "http://hl7.org/fhir/5.0/StructureDefinition/extension-ValueSet.expansion.property";
    static final String CONTAINS_PROPERTY_EXTENSION =
            "http://hl7.org/fhir/5.0/StructureDefinition/extension-ValueSet.expansion.contains.property";
    private static final String STATUS_URI = PropertyDefinition.CONCEPT_PROPERTIES + "status";
    private static final String DEFINITION_URI = PropertyDefinition.CONCEPT_PROPERTIES + "definition";
    private static final Set<String> CODE_SYSTEM_EXTENSIONS = Set.of(
            "http://hl7.org/fhir/StructureDefinition/coding-sctdescid",
            "http://hl7.org/fhir/StructureDefinition/rendering-style",
            "http://hl7.org/fhir/StructureDefinition/rendering-xhtml",
            "http://hl7.org/fhir/StructureDefinition/codesystem-alternate");
    private static final Set<String> VALUE_SET_EXTENSIONS = Set.of(
            "http://hl7.org/fhir/StructureDefinition/valueset-supplement",
            "http://hl7.org/fhir/StructureDefinition/valueset-deprecated",
            "http://hl7.org/fhir/StructureDefinition/structuredefinition-standards-status",
            "http://hl7.org/fhir/StructureDefinition/valueset-concept-definition",
            "http://hl7.org/fhir/StructureDefinition/coding-sctdescid",
            "http://hl7.org/fhir/StructureDefinition/rendering-style",
            "http://hl7.org/fhir/StructureDefinition/rendering-xhtml");
    private static final Set<String> DESIGNATION_EXTENSIONS = Set.of(
            "http://hl7.org/fhir/StructureDefinition/coding-sctdescid",
            "http://hl7.org/fhir/StructureDefinition/rendering-style",
            "http://hl7.org/fhir/StructureDefinition/rendering-xhtml",
            "http://hl7.org/fhir/StructureDefinition/structuredefinition-standards-status",
            "http://hl7.org/fhir/StructureDefinition/codesystem-alternate");
    private static final String EXTENSION = "http://hl7.org/fhir/StructureDefinition/";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final TxContext context;
    private final boolean versioned;
    private final Map<String, String> declaredProperties = new LinkedHashMap<>();

    ExpansionRenderer(TxContext context, boolean versioned) {
        this.context = context;
        this.versioned = versioned;
    }

    /**
     * The page of the expansion, nested or flat.
     *
     * @param offset the first code (-1: none asked)
     * @param count  how many codes (-1: all)
     */
    void render(ObjectNode expansion, ValueSetExpander.Result result, int offset, int count) {
        boolean nested = result.hierarchical() && offset <= 0 && (count < 0 || count > result.full().size());
        List<ExpansionCandidate> list = nested ? result.roots() : result.full();
        int from = Math.max(offset, 0);
        int to = count < 0 ? list.size() : (int) Math.min((long) from + count, list.size());
        ArrayNode contains = JSON.arrayNode();
        for (int i = from; i < to; i++) {
            contains.add(item(list.get(i), nested));
        }
        if (!declaredProperties.isEmpty()) {
            ArrayNode extensions = expansion.withArray("extension");
            declaredProperties.forEach((code, uri) -> {
                ObjectNode e = extensions.addObject().put("url", PROPERTY_EXTENSION);
                ArrayNode parts = e.putArray("extension");
                parts.addObject().put("url", "code").put("valueCode", code);
                if (uri != null) {
                    parts.addObject().put("url", "uri").put("valueUri", uri);
                }
            });
        }
        if (!contains.isEmpty()) {
            expansion.set("contains", contains);
        }
    }

    private ObjectNode item(ExpansionCandidate c, boolean nested) {
        ObjectNode node;
        if (c.published() != null) {
            node = c.published().deepCopy();
            node.remove("contains");
        } else {
            node = JSON.objectNode();
            node.put("system", c.system());
            if (versioned && c.version() != null) {
                node.put("version", c.version());
            }
            SnapshotConcept concept = c.concept();
            if (concept.abstractCode()) {
                node.put("abstract", true);
            }
            boolean inactive = concept.inactiveOn(context.date);
            if (inactive) {
                node.put("inactive", true);
            }
            node.put("code", c.code());
            Displays displays = c.displays();
            SnapshotDesignation preferred = displays.preferredOrDefault(context.params.workingLanguages());
            if (preferred != null) {
                node.put("display", preferred.value());
            }
            if (context.params.includeDesignations()) {
                ArrayNode designations = JSON.arrayNode();
                for (SnapshotDesignation d : displays.all()) {
                    if (d != preferred && d.value() != null && wanted(d) && !redundant(d, preferred)) {
                        designations.add(designation(d));
                    }
                }
                if (!designations.isEmpty()) {
                    node.set("designation", designations);
                }
            }
            List<ObjectNode> properties = properties(c, concept);
            if (!properties.isEmpty()) {
                ArrayNode extensions = node.withArray("extension");
                properties.forEach(extensions::add);
            }
            extensions(node, concept.extensions(), CODE_SYSTEM_EXTENSIONS);
            if (c.enumerated() != null) {
                extensions(node, c.enumerated().extensions(), VALUE_SET_EXTENSIONS);
            }
        }
        if (nested && !c.children().isEmpty()) {
            ArrayNode children = node.putArray("contains");
            c.children().forEach(child -> children.add(item(child, true)));
        }
        return node;
    }

    /** The display's twin: a designation with the same value, in no other language, of no other use. */
    private static boolean redundant(SnapshotDesignation d, SnapshotDesignation preferred) {
        return preferred != null && d.isCodeSystemDisplay() && d.value().equals(preferred.value());
    }

    private boolean wanted(SnapshotDesignation d) {
        List<String> asked = context.params.designations;
        if (asked.isEmpty()) {
            return true;
        }
        for (String s : asked) {
            int bar = s.indexOf('|');
            String left = bar < 0 ? s : s.substring(0, bar);
            String right = bar < 0 ? "" : s.substring(bar + 1);
            if (left.equals(d.useSystem()) && right.equals(d.useCode())) {
                return true;
            }
            if ("urn:ietf:bcp:47".equals(left) && d.language() != null && right.equals(d.language().code())) {
                return true;
            }
        }
        return false;
    }

    private static ObjectNode designation(SnapshotDesignation d) {
        ObjectNode node = JSON.objectNode();
        if (d.language() != null) {
            node.put("language", d.language().code());
        }
        if (d.hasUse()) {
            ObjectNode use = node.putObject("use");
            if (d.useSystem() != null) {
                use.put("system", d.useSystem());
            }
            if (d.useCode() != null) {
                use.put("code", d.useCode());
            }
            if (d.useDisplay() != null) {
                use.put("display", d.useDisplay());
            }
        }
        node.put("value", d.value());
        if (d.extensions() != null) {
            for (JsonNode e : d.extensions()) {
                if (DESIGNATION_EXTENSIONS.contains(e.path("url").asText())) {
                    node.withArray("extension").add(e.deepCopy());
                }
            }
        }
        return node;
    }

    private List<ObjectNode> properties(ExpansionCandidate c, SnapshotConcept concept) {
        List<ObjectNode> result = new ArrayList<>();
        String status = concept.statusOn(context.date);
        if (status != null && !"active".equalsIgnoreCase(status)) {
            result.add(property(STATUS_URI, "status", "valueCode", JSON.textNode(status)));
        } else if (concept.deprecated()) {
            result.add(property(STATUS_URI, "status", "valueCode", JSON.textNode("deprecated")));
        }
        JsonNode conceptExtensions = concept.extensions();
        JsonNode includeExtensions = c.enumerated() == null ? null : c.enumerated().extensions();
        extensionProperty(result, conceptExtensions, includeExtensions, "codesystem-label", "valueset-label",
                "label", "valueString");
        extensionProperty(result, conceptExtensions, includeExtensions, "codesystem-conceptOrder",
                "valueset-conceptOrder", "order", "valueDecimal");
        extensionProperty(result, conceptExtensions, includeExtensions, "itemWeight", "itemWeight", "weight",
                "valueDecimal");
        List<String> asked = context.params.properties;
        boolean all = asked.contains("*");
        for (String name : asked) {
            if (name.equals("definition")) {
                if (concept.definition() != null) {
                    result.add(property(DEFINITION_URI, "definition", "valueString", JSON.textNode(concept.definition())));
                }
                continue;
            }
            if (name.equals("*")) {
                continue;
            }
            for (ConceptProperty p : concept.properties()) {
                if (p.code().equals(name)) {
                    result.add(conceptProperty(c.codeSystem(), p));
                }
            }
        }
        if (all) {
            for (ConceptProperty p : concept.properties()) {
                result.add(conceptProperty(c.codeSystem(), p));
            }
        }
        return result;
    }

    /** A property some extensions stand for (label, order, item weight): the value set's wins over the code system's. */
    private void extensionProperty(List<ObjectNode> result, JsonNode conceptExtensions, JsonNode includeExtensions,
                                   String codeSystemExtension, String valueSetExtension, String code, String valueName) {
        JsonNode value = extensionValue(includeExtensions, EXTENSION + valueSetExtension);
        if (value == null) {
            value = extensionValue(conceptExtensions, EXTENSION + codeSystemExtension);
        }
        if (value == null) {
            return;
        }
        String uri = PropertyDefinition.CONCEPT_PROPERTIES + (code.equals("weight") ? "itemWeight" : code);
        JsonNode typed = valueName.equals("valueDecimal") && value.isNumber()
                ? JSON.numberNode(value.decimalValue()) : JSON.textNode(value.asText());
        result.add(property(uri, code, valueName, typed));
    }

    private static JsonNode extensionValue(JsonNode extensions, String url) {
        if (extensions == null) {
            return null;
        }
        for (JsonNode e : extensions) {
            if (url.equals(e.path("url").asText())) {
                for (var it = e.fields(); it.hasNext(); ) {
                    var field = it.next();
                    if (field.getKey().startsWith("value")) {
                        return field.getValue();
                    }
                }
            }
        }
        return null;
    }

    private ObjectNode conceptProperty(CodeSystemSnapshot codeSystem, ConceptProperty p) {
        String uri = codeSystem.property(p.code()).map(PropertyDefinition::uri).orElse(null);
        return property(uri, p.code(), valueName(p.value()), value(p.value()));
    }

    private ObjectNode property(String uri, String code, String valueName, JsonNode value) {
        declaredProperties.putIfAbsent(code, uri);
        ObjectNode e = JSON.objectNode().put("url", CONTAINS_PROPERTY_EXTENSION);
        ArrayNode parts = e.putArray("extension");
        parts.addObject().put("url", "code").put("valueCode", code);
        parts.addObject().put("url", "value").set(valueName, value);
        return e;
    }

    private static void extensions(ObjectNode node, JsonNode extensions, Set<String> kept) {
        if (extensions == null) {
            return;
        }
        for (JsonNode e : extensions) {
            if (kept.contains(e.path("url").asText())) {
                node.withArray("extension").add(e.deepCopy());
            }
        }
    }

    static String valueName(PropertyValue value) {
        if (value instanceof PropertyValue.CodeValue) {
            return "valueCode";
        }
        if (value instanceof PropertyValue.CodingValue) {
            return "valueCoding";
        }
        if (value instanceof PropertyValue.StringValue) {
            return "valueString";
        }
        if (value instanceof PropertyValue.IntegerValue) {
            return "valueInteger";
        }
        if (value instanceof PropertyValue.BooleanValue) {
            return "valueBoolean";
        }
        if (value instanceof PropertyValue.DateTimeValue) {
            return "valueDateTime";
        }
        return "valueDecimal";
    }

    static JsonNode value(PropertyValue value) {
        if (value instanceof PropertyValue.CodeValue v) {
            return JSON.textNode(v.code());
        }
        if (value instanceof PropertyValue.CodingValue v) {
            ObjectNode coding = JSON.objectNode();
            if (v.system() != null) {
                coding.put("system", v.system());
            }
            if (v.code() != null) {
                coding.put("code", v.code());
            }
            if (v.display() != null) {
                coding.put("display", v.display());
            }
            return coding;
        }
        if (value instanceof PropertyValue.StringValue v) {
            return JSON.textNode(v.value());
        }
        if (value instanceof PropertyValue.IntegerValue v) {
            return JSON.numberNode(v.value());
        }
        if (value instanceof PropertyValue.BooleanValue v) {
            return JSON.booleanNode(v.value());
        }
        if (value instanceof PropertyValue.DateTimeValue v) {
            return JSON.textNode(v.value());
        }
        return JSON.numberNode(((PropertyValue.DecimalValue) value).value());
    }

    static String timestamp(Instant now) {
        return now.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static String identifier() {
        return "urn:uuid:" + UUID.randomUUID();
    }
}
