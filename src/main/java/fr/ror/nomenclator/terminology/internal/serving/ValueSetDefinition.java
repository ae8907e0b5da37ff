package fr.ror.nomenclator.terminology.internal.serving;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A value set compiled for serving: its header, its compose rules (or the expansion it was
 * published with) and its contained value sets. Built once per stored version, or per request for
 * a {@code tx-resource}.
 *
 * @param json      the value set as given, echoed in expansions
 * @param internal  the implicit value set of a code system ({@code CodeSystem/$validate-code})
 */
record ValueSetDefinition(ObjectNode json, String url, String version, String name, String title, String status,
                          boolean experimental, String standardsStatus, Language language, Compose compose,
                          JsonNode expansion, Map<String, ObjectNode> contained, List<String> supplements,
                          boolean internal) {

    static final String SUPPLEMENT_EXTENSION = "http://hl7.org/fhir/StructureDefinition/valueset-supplement";

    /** {@code compose}: includes, excludes, and the compose-level switches. */
    record Compose(List<ConceptSet> include, List<ConceptSet> exclude, Boolean inactive, String lockedDate,
                   JsonNode extensions, List<String> properties) {
    }

    /** One {@code include} or {@code exclude}. */
    record ConceptSet(String system, String version, List<EnumeratedConcept> concepts, List<FilterRule> filters,
                      List<String> valueSets, JsonNode extensions, Map<String, List<EnumeratedConcept>> byCode) {

        ConceptSet(String system, String version, List<EnumeratedConcept> concepts, List<FilterRule> filters,
                   List<String> valueSets, JsonNode extensions) {
            this(system, version, concepts, filters, valueSets, extensions, index(concepts));
        }

        boolean wholeSystem() {
            return concepts.isEmpty() && filters.isEmpty();
        }

        /** The enumerated concepts with this code (a value set may list one twice), in order. */
        List<EnumeratedConcept> withCode(String code) {
            return byCode.getOrDefault(code, List.of());
        }

        private static Map<String, List<EnumeratedConcept>> index(List<EnumeratedConcept> concepts) {
            Map<String, List<EnumeratedConcept>> index = new java.util.HashMap<>();
            for (EnumeratedConcept c : concepts) {
                if (c.code() != null) {
                    index.computeIfAbsent(c.code(), k -> new ArrayList<>(1)).add(c);
                }
            }
            return index;
        }
    }

    /** One {@code concept} of an include, with the display and designations the value set gives it. */
    record EnumeratedConcept(String code, String display, List<SnapshotDesignation> designations, JsonNode extensions) {
    }

    /** One {@code filter}: property, operator, value as written (the value may be missing). */
    record FilterRule(String property, String op, String value) {
    }

    String canonical() {
        return url == null ? null : version == null ? url : url + "|" + version;
    }

    /** The canonical for messages: {@code url|version}, or what identifies it best. */
    String display() {
        String c = canonical();
        return c != null ? c : "(unidentified)";
    }

    boolean hasCompose() {
        return compose != null;
    }

    static ValueSetDefinition of(ObjectNode json) {
        Map<String, ObjectNode> contained = new LinkedHashMap<>();
        for (JsonNode c : json.path("contained")) {
            if (c.isObject() && "ValueSet".equals(c.path("resourceType").asText()) && c.hasNonNull("id")) {
                contained.put(c.get("id").asText(), (ObjectNode) c);
            }
        }
        List<String> supplements = new ArrayList<>();
        for (JsonNode e : json.path("extension")) {
            if (SUPPLEMENT_EXTENSION.equals(e.path("url").asText())) {
                primitive(e).ifPresent(supplements::add);
            }
        }
        JsonNode compose = json.get("compose");
        Compose rules = compose == null || !compose.isObject() ? null : new Compose(
                sets(compose.path("include")), sets(compose.path("exclude")),
                compose.path("inactive").isBoolean() ? compose.get("inactive").booleanValue() : null,
                SnapshotBuilder.text(compose, "lockedDate").orElse(null),
                compose.get("extension"), texts(compose.path("property")));
        return new ValueSetDefinition(json, SnapshotBuilder.text(json, "url").orElse(null),
                SnapshotBuilder.text(json, "version").orElse(null), SnapshotBuilder.text(json, "name").orElse(null),
                SnapshotBuilder.text(json, "title").orElse(null), SnapshotBuilder.text(json, "status").orElse(null),
                json.path("experimental").asBoolean(false),
                SnapshotBuilder.extensionValue(json, SnapshotBuilder.STANDARDS_STATUS),
                Language.of(SnapshotBuilder.text(json, "language").orElse(null)), rules, json.get("expansion"),
                contained, supplements, false);
    }

    /** The value set a code system's {@code $validate-code} validates against: the whole system. */
    static ValueSetDefinition allOf(CodeSystemSnapshot codeSystem) {
        String url = codeSystem.header().valueSet() != null ? codeSystem.header().valueSet() : codeSystem.url() + "/vs";
        ConceptSet all = new ConceptSet(codeSystem.url(), codeSystem.version(), List.of(), List.of(), List.of(), null);
        return new ValueSetDefinition(null, url, codeSystem.version(), null, null, "active", false, null, null,
                new Compose(List.of(all), List.of(), null, null, null, List.of()), null, Map.of(), List.of(), true);
    }

    private static List<ConceptSet> sets(JsonNode sets) {
        List<ConceptSet> result = new ArrayList<>();
        for (JsonNode set : sets) {
            List<EnumeratedConcept> concepts = new ArrayList<>();
            for (JsonNode c : set.path("concept")) {
                List<SnapshotDesignation> designations = new ArrayList<>();
                for (JsonNode d : c.path("designation")) {
                    JsonNode use = d.path("use");
                    SnapshotBuilder.text(d, "value").ifPresent(v -> designations.add(new SnapshotDesignation(
                            Language.of(SnapshotBuilder.text(d, "language").orElse(null)),
                            SnapshotBuilder.text(use, "system").orElse(null), SnapshotBuilder.text(use, "code").orElse(null),
                            SnapshotBuilder.text(use, "display").orElse(null), v.trim(), "active",
                            d.get("extension"), null)));
                }
                concepts.add(new EnumeratedConcept(SnapshotBuilder.text(c, "code").orElse(null),
                        SnapshotBuilder.text(c, "display").map(String::trim).orElse(null), List.copyOf(designations),
                        c.get("extension")));
            }
            List<FilterRule> filters = new ArrayList<>();
            for (JsonNode f : set.path("filter")) {
                filters.add(new FilterRule(SnapshotBuilder.text(f, "property").orElse(null),
                        SnapshotBuilder.text(f, "op").or(() -> crossVersion(f.path("_op"))).orElse(null),
                        filterValue(f).orElse(null)));
            }
            result.add(new ConceptSet(SnapshotBuilder.text(set, "system").orElse(null),
                    SnapshotBuilder.text(set, "version").orElse(null), List.copyOf(concepts), List.copyOf(filters),
                    texts(set.path("valueSet")), set.get("extension")));
        }
        return List.copyOf(result);
    }

    /** An R5 code R4 cannot hold ({@code child-of}), carried by a cross-version extension on the element. */
    private static Optional<String> crossVersion(JsonNode element) {
        for (JsonNode e : element.path("extension")) {
            if (e.path("url").asText().startsWith("http://hl7.org/fhir/5.0/StructureDefinition/extension-")) {
                Optional<String> value = primitive(e);
                if (value.isPresent()) {
                    return value;
                }
            }
        }
        return Optional.empty();
    }

    /** The filter value, from {@code value} or, in R4, the R5 {@code value} carried in an extension. */
    private static Optional<String> filterValue(JsonNode filter) {
        Optional<String> value = SnapshotBuilder.text(filter, "value");
        if (value.isPresent() && !value.get().isEmpty()) {
            return value;
        }
        return Optional.empty();
    }

    private static List<String> texts(JsonNode array) {
        List<String> result = new ArrayList<>();
        for (JsonNode v : array) {
            if (v.isTextual()) {
                result.add(v.asText());
            }
        }
        return List.copyOf(result);
    }

    static Optional<String> primitive(JsonNode holder) {
        for (var it = holder.fields(); it.hasNext(); ) {
            var field = it.next();
            if (field.getKey().startsWith("value") && field.getValue().isValueNode()) {
                return Optional.of(field.getValue().asText());
            }
        }
        return Optional.empty();
    }
}
