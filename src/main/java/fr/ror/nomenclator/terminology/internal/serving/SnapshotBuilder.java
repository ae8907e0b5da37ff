package fr.ror.nomenclator.terminology.internal.serving;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.terminology.ConceptProperty;
import fr.ror.nomenclator.terminology.PropertyValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compiles a CodeSystem's FHIR JSON into a {@link CodeSystemSnapshot}. The hierarchy is the union
 * of nesting ({@code concept.concept}) and of {@code parent}/{@code child} properties, kept both
 * ways so that parents and children are each one map read.
 */
final class SnapshotBuilder {

    static final String PARENT = "parent";
    static final String CHILD = "child";
    static final String STANDARDS_STATUS = "http://hl7.org/fhir/StructureDefinition/structuredefinition-standards-status";
    static final String NOT_SELECTABLE_URI = PropertyDefinition.CONCEPT_PROPERTIES + "notSelectable";

    private final Map<String, Draft> drafts = new LinkedHashMap<>();
    private final Set<String> notSelectableCodes = new LinkedHashSet<>(List.of("abstract", "not-selectable", "notSelectable"));
    private final Language language;

    private SnapshotBuilder(Language language) {
        this.language = language;
    }

    static CodeSystemSnapshot build(String versionId, String contentHash, ObjectNode codeSystem) {
        Language language = Language.of(text(codeSystem, "language").orElse(null));
        SnapshotBuilder builder = new SnapshotBuilder(language);
        List<PropertyDefinition> properties = new ArrayList<>();
        for (JsonNode p : codeSystem.path("property")) {
            PropertyDefinition definition = new PropertyDefinition(text(p, "code").orElse(null),
                    text(p, "uri").orElse(null), text(p, "type").orElse(null));
            if (definition.code() != null) {
                properties.add(definition);
                if (NOT_SELECTABLE_URI.equals(definition.uri())) {
                    builder.notSelectableCodes.add(definition.code());
                }
            }
        }
        builder.collect(codeSystem.path("concept"), null);
        builder.linkBothWays();
        Map<String, SnapshotConcept> concepts = new LinkedHashMap<>();
        List<String> roots = new ArrayList<>();
        int ordinal = 0;
        for (Draft draft : builder.drafts.values()) {
            concepts.put(draft.code, draft.toConcept(ordinal++));
            if (draft.parents.stream().noneMatch(builder.drafts::containsKey)) {
                roots.add(draft.code);
            }
        }
        boolean caseSensitive = !codeSystem.path("caseSensitive").isBoolean()
                || codeSystem.path("caseSensitive").booleanValue();
        CodeSystemSnapshot.Header header = new CodeSystemSnapshot.Header(text(codeSystem, "url").orElse(null),
                text(codeSystem, "version").orElse(null), versionAlgorithm(codeSystem),
                text(codeSystem, "name").orElse(null), text(codeSystem, "title").orElse(null),
                text(codeSystem, "status").orElse(null), codeSystem.path("experimental").asBoolean(false),
                extensionValue(codeSystem, STANDARDS_STATUS), text(codeSystem, "content").orElse(null),
                caseSensitive, language, text(codeSystem, "valueSet").orElse(null),
                text(codeSystem, "supplements").orElse(null), codeSystem.path("versionNeeded").asBoolean(false));
        return new CodeSystemSnapshot(versionId, contentHash, header, properties, concepts, roots, List.of());
    }

    /** The base code system with the designations and properties its supplements add to its concepts. */
    static CodeSystemSnapshot withSupplements(CodeSystemSnapshot base, List<CodeSystemSnapshot> supplements) {
        if (supplements.isEmpty()) {
            return base;
        }
        Map<String, SnapshotConcept> concepts = new LinkedHashMap<>();
        for (SnapshotConcept concept : base.all()) {
            List<SnapshotDesignation> designations = new ArrayList<>();
            List<ConceptProperty> properties = new ArrayList<>();
            List<JsonNode> extensions = new ArrayList<>();
            for (CodeSystemSnapshot supplement : supplements) {
                supplement.find(concept.code()).ifPresent(extra -> {
                    for (SnapshotDesignation d : extra.designations()) {
                        designations.add(new SnapshotDesignation(d.language(), d.useSystem(), d.useCode(),
                                d.useDisplay(), d.value(), d.status(), d.extensions(), supplement.canonical()));
                    }
                    properties.addAll(extra.properties());
                    if (extra.extensions() != null) {
                        extra.extensions().forEach(extensions::add);
                    }
                });
            }
            concepts.put(concept.code(), designations.isEmpty() && properties.isEmpty() && extensions.isEmpty() ? concept
                    : concept.withTerms(designations, properties, extensions));
        }
        List<PropertyDefinition> properties = new ArrayList<>(base.properties());
        supplements.forEach(s -> s.properties().stream()
                .filter(p -> base.property(p.code()).isEmpty()).forEach(properties::add));
        List<String> used = new ArrayList<>(base.supplementsUsed());
        supplements.forEach(s -> used.add(s.canonical()));
        return new CodeSystemSnapshot(base.versionId(), base.contentHash(), base.header(), properties, concepts,
                base.roots().stream().map(SnapshotConcept::code).toList(), used);
    }

    private static String versionAlgorithm(ObjectNode codeSystem) {
        JsonNode coding = codeSystem.path("versionAlgorithmCoding");
        if (coding.isObject()) {
            return text(coding, "code").orElse(null);
        }
        if (codeSystem.hasNonNull("versionAlgorithmString")) {
            return codeSystem.get("versionAlgorithmString").asText();
        }
        for (JsonNode extension : codeSystem.path("extension")) {
            if (extension.path("url").asText().endsWith("versionAlgorithm")) {
                JsonNode value = extension.has("valueCoding") ? extension.get("valueCoding").get("code")
                        : extension.get("valueString");
                return value == null ? null : value.asText();
            }
        }
        return null;
    }

    private void collect(JsonNode concepts, String nestedUnder) {
        for (JsonNode node : concepts) {
            Optional<String> code = text(node, "code");
            if (code.isEmpty() || drafts.containsKey(code.get())) {
                continue; // the import refuses duplicates; a stray one must not break serving
            }
            Draft draft = new Draft(code.get(), node);
            if (nestedUnder != null) {
                draft.parents.add(nestedUnder);
            }
            drafts.put(draft.code, draft);
            collect(node.path("concept"), draft.code);
        }
    }

    private void linkBothWays() {
        for (Draft draft : drafts.values()) {
            for (String child : draft.children) {
                Optional.ofNullable(drafts.get(child)).ifPresent(c -> c.parents.add(draft.code));
            }
        }
        for (Draft draft : drafts.values()) {
            for (String parent : draft.parents) {
                Optional.ofNullable(drafts.get(parent)).ifPresent(p -> p.children.add(draft.code));
            }
        }
    }

    static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isValueNode() && !value.isNull() ? Optional.of(value.asText()) : Optional.empty();
    }

    static String extensionValue(JsonNode node, String url) {
        for (JsonNode extension : node.path("extension")) {
            if (url.equals(extension.path("url").asText())) {
                for (var it = extension.fields(); it.hasNext(); ) {
                    var field = it.next();
                    if (field.getKey().startsWith("value") && field.getValue().isValueNode()) {
                        return field.getValue().asText();
                    }
                }
            }
        }
        return null;
    }

    /** A concept being compiled; parents and children fill in as the whole code system is read. */
    private final class Draft {
        final String code;
        final JsonNode node;
        final List<ConceptProperty> properties = new ArrayList<>();
        final Set<String> parents = new LinkedHashSet<>();
        final Set<String> children = new LinkedHashSet<>();

        Draft(String code, JsonNode node) {
            this.code = code;
            this.node = node;
            for (JsonNode property : node.path("property")) {
                Optional<String> propertyCode = text(property, "code");
                Optional<PropertyValue> value = valueOf(property);
                if (propertyCode.isEmpty() || value.isEmpty()) {
                    continue;
                }
                properties.add(new ConceptProperty(propertyCode.get(), value.get()));
                codeOf(value.get()).ifPresent(target -> {
                    if (PARENT.equals(propertyCode.get())) {
                        parents.add(target);
                    } else if (CHILD.equals(propertyCode.get())) {
                        children.add(target);
                    }
                });
            }
        }

        SnapshotConcept toConcept(int ordinal) {
            NosDates dates = NosDates.of(stated("dateValid"), stated("dateMaj"), stated("dateFin"));
            String statusProperty = stated("status");
            boolean inactive = isTrue("inactive") || "inactive".equals(statusProperty) || "retired".equals(statusProperty)
                    || "withdrawn".equalsIgnoreCase(String.valueOf(extensionValue(node, STANDARDS_STATUS)));
            boolean deprecated = isTrue("deprecated") || "deprecated".equals(statusProperty)
                    || "retired".equals(statusProperty);
            boolean abstractCode = properties.stream().anyMatch(p -> notSelectableCodes.contains(p.code())
                    && p.value() instanceof PropertyValue.BooleanValue b && b.value());
            String display = text(node, "display").map(String::trim).orElse(null);
            List<SnapshotDesignation> designations = new ArrayList<>();
            if (display != null) {
                designations.add(SnapshotDesignation.display(language, display, null));
            }
            designations.addAll(designations(node));
            JsonNode extensions = node.path("extension").isArray() && !node.path("extension").isEmpty()
                    ? node.get("extension") : null;
            return new SnapshotConcept(ordinal, code, display, text(node, "definition").orElse(null),
                    List.copyOf(designations), List.copyOf(properties), List.copyOf(parents), List.copyOf(children),
                    dates, status(statusProperty), inactive, deprecated, abstractCode, extensions);
        }

        private String status(String statusProperty) {
            if (statusProperty != null) {
                return statusProperty;
            }
            if (isTrue("deprecated")) {
                return "deprecated";
            }
            if (isTrue("inactive")) {
                return "inactive";
            }
            if (isTrue("retired")) {
                return "retired";
            }
            return extensionValue(node, STANDARDS_STATUS);
        }

        private boolean isTrue(String propertyCode) {
            return properties.stream().anyMatch(p -> p.code().equals(propertyCode)
                    && ((p.value() instanceof PropertyValue.BooleanValue b && b.value())
                    || (p.value() instanceof PropertyValue.CodeValue c && "true".equals(c.code()))));
        }

        /** The first value of a property as text (a date as written, a code…), or null. */
        private String stated(String propertyCode) {
            return properties.stream().filter(p -> p.code().equals(propertyCode)).findFirst()
                    .flatMap(p -> codeOf(p.value()).or(() -> p.value() instanceof PropertyValue.DateTimeValue d
                            ? Optional.ofNullable(d.value()) : Optional.empty()))
                    .orElse(null);
        }
    }

    static Optional<String> codeOf(PropertyValue value) {
        if (value instanceof PropertyValue.CodeValue c) {
            return Optional.ofNullable(c.code());
        }
        if (value instanceof PropertyValue.CodingValue c) {
            return Optional.ofNullable(c.code());
        }
        if (value instanceof PropertyValue.StringValue s) {
            return Optional.ofNullable(s.value());
        }
        return Optional.empty();
    }

    static Optional<PropertyValue> valueOf(JsonNode property) {
        if (property.hasNonNull("valueCode")) {
            return Optional.of(new PropertyValue.CodeValue(property.get("valueCode").asText()));
        }
        if (property.hasNonNull("valueCoding")) {
            JsonNode coding = property.get("valueCoding");
            return Optional.of(new PropertyValue.CodingValue(text(coding, "system").orElse(null),
                    text(coding, "code").orElse(null), text(coding, "display").orElse(null)));
        }
        if (property.hasNonNull("valueString")) {
            return Optional.of(new PropertyValue.StringValue(property.get("valueString").asText()));
        }
        if (property.hasNonNull("valueInteger")) {
            return Optional.of(new PropertyValue.IntegerValue(property.get("valueInteger").asInt()));
        }
        if (property.hasNonNull("valueBoolean")) {
            return Optional.of(new PropertyValue.BooleanValue(property.get("valueBoolean").asBoolean()));
        }
        if (property.hasNonNull("valueDateTime")) {
            return Optional.of(new PropertyValue.DateTimeValue(property.get("valueDateTime").asText()));
        }
        if (property.hasNonNull("valueDecimal")) {
            return Optional.of(new PropertyValue.DecimalValue(property.get("valueDecimal").decimalValue()));
        }
        return Optional.empty();
    }

    private static List<SnapshotDesignation> designations(JsonNode concept) {
        List<SnapshotDesignation> designations = new ArrayList<>();
        for (JsonNode d : concept.path("designation")) {
            Optional<String> value = text(d, "value");
            if (value.isEmpty()) {
                continue;
            }
            JsonNode use = d.path("use");
            String status = extensionValue(d, STANDARDS_STATUS);
            JsonNode extensions = d.path("extension").isArray() && !d.path("extension").isEmpty() ? d.get("extension") : null;
            designations.add(new SnapshotDesignation(Language.of(text(d, "language").orElse(null)),
                    text(use, "system").orElse(null), text(use, "code").orElse(null),
                    text(use, "display").orElse(null), value.get().trim(), status == null ? "active" : status,
                    extensions, null));
        }
        return designations;
    }
}
