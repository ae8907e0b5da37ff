package fr.ror.nomenclator.terminology.internal.serving;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.terminology.ConceptProperty;
import fr.ror.nomenclator.terminology.Designation;
import fr.ror.nomenclator.terminology.PropertyValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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

    private final Map<String, Draft> drafts = new LinkedHashMap<>();

    private SnapshotBuilder() {
    }

    static CodeSystemSnapshot build(String versionId, String contentHash, ObjectNode codeSystem) {
        SnapshotBuilder builder = new SnapshotBuilder();
        builder.collect(codeSystem.path("concept"), null);
        builder.linkBothWays();
        Map<String, SnapshotConcept> concepts = new LinkedHashMap<>();
        builder.drafts.forEach((code, draft) -> concepts.put(code, draft.toConcept()));
        boolean caseSensitive = !codeSystem.path("caseSensitive").isBoolean()
                || codeSystem.path("caseSensitive").booleanValue();
        Map<String, SnapshotConcept> byLowerCase = new LinkedHashMap<>();
        if (!caseSensitive) {
            concepts.forEach((code, concept) -> byLowerCase.putIfAbsent(code.toLowerCase(Locale.ROOT), concept));
        }
        String name = text(codeSystem, "title").orElse(text(codeSystem, "name").orElse(null));
        return new CodeSystemSnapshot(versionId, contentHash, text(codeSystem, "url").orElse(null),
                text(codeSystem, "version").orElse(null), name, caseSensitive, concepts, byLowerCase);
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
            for (String parent : draft.parents) {
                Optional.ofNullable(drafts.get(parent)).ifPresent(p -> p.children.add(draft.code));
            }
            for (String child : draft.children) {
                Optional.ofNullable(drafts.get(child)).ifPresent(c -> c.parents.add(draft.code));
            }
        }
        // A child property may have added parents after their own pass: complete the children again.
        for (Draft draft : drafts.values()) {
            for (String parent : draft.parents) {
                Optional.ofNullable(drafts.get(parent)).ifPresent(p -> p.children.add(draft.code));
            }
        }
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isValueNode() ? Optional.of(value.asText()) : Optional.empty();
    }

    /** A concept being compiled; parents and children fill in as the whole code system is read. */
    private static final class Draft {
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

        SnapshotConcept toConcept() {
            NosDates dates = NosDates.of(stated("dateValid"), stated("dateMaj"), stated("dateFin"));
            String status = stated("status");
            boolean inactive = properties.stream().anyMatch(p -> p.code().equals("inactive")
                    && p.value() instanceof PropertyValue.BooleanValue b && b.value());
            return new SnapshotConcept(code, text(node, "display").orElse(null),
                    text(node, "definition").orElse(null), designations(node), List.copyOf(properties),
                    List.copyOf(parents), List.copyOf(children), dates, status, inactive);
        }

        /** The first value of a property as text (a date as written, a code…), or null. */
        private String stated(String propertyCode) {
            return properties.stream().filter(p -> p.code().equals(propertyCode)).findFirst()
                    .flatMap(p -> codeOf(p.value()).or(() -> p.value() instanceof PropertyValue.DateTimeValue d
                            ? Optional.ofNullable(d.value()) : Optional.empty()))
                    .orElse(null);
        }
    }

    private static Optional<String> codeOf(PropertyValue value) {
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

    private static List<Designation> designations(JsonNode concept) {
        List<Designation> designations = new ArrayList<>();
        for (JsonNode d : concept.path("designation")) {
            JsonNode use = d.path("use");
            designations.add(new Designation(text(d, "language").orElse(null), text(use, "system").orElse(null),
                    text(use, "code").orElse(null), text(use, "display").orElse(null),
                    text(d, "value").orElse(null)));
        }
        return List.copyOf(designations);
    }
}
