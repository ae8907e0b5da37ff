package fr.ror.nomenclator.terminology.internal.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/** Reduces a CodeSystem, ValueSet or ConceptMap (FHIR R4 JSON) to its comparable entries, in document order. */
final class Entries {

    private final UnaryOperator<String> keyOfUrl;

    Entries(UnaryOperator<String> keyOfUrl) {
        this.keyOfUrl = keyOfUrl;
    }

    Map<String, Entry> codeSystem(JsonNode cs) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        concepts(cs.path("concept"), null, entries);
        return entries;
    }

    private void concepts(JsonNode list, String nestedUnder, Map<String, Entry> entries) {
        for (JsonNode c : list) {
            String code = c.path("code").asText();
            Map<String, String> fields = new TreeMap<>();
            text(fields, "definition", c.path("definition"));
            designations(fields, c);
            List<String> parents = new ArrayList<>();
            if (nestedUnder != null) {
                parents.add(nestedUnder);
            }
            Map<String, List<String>> properties = new LinkedHashMap<>();
            for (JsonNode p : c.path("property")) {
                String value = value(p);
                if ("parent".equals(p.path("code").asText())) {
                    parents.add(value);
                } else {
                    properties.computeIfAbsent(p.path("code").asText(), k -> new ArrayList<>()).add(value);
                }
            }
            properties.forEach((name, values) -> fields.put("property " + name, String.join(", ", values)));
            if (!parents.isEmpty()) {
                fields.put("parents", String.join(", ", parents));
            }
            boolean retired = properties.containsKey("dateFin")
                    || properties.getOrDefault("status", List.of()).contains("retired")
                    || properties.getOrDefault("inactive", List.of()).contains("true");
            boolean deprecated = !retired && (properties.getOrDefault("status", List.of()).contains("deprecated")
                    || properties.containsKey("deprecationDate"));
            entries.putIfAbsent(code, new Entry(code, null, code, c.path("display").asText(null), retired, deprecated,
                    fields));
            concepts(c.path("concept"), code, entries);
        }
    }

    Map<String, Entry> valueSet(JsonNode vs) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (String mode : List.of("include", "exclude")) {
            for (JsonNode rule : vs.path("compose").path(mode)) {
                String system = rule.path("system").asText(null);
                String systemKey = system == null ? "" : keyOfUrl.apply(system);
                if (rule.path("concept").isArray() && !rule.has("filter") && !rule.has("valueSet")) {
                    for (JsonNode member : rule.path("concept")) {
                        String code = member.path("code").asText();
                        Map<String, String> fields = new TreeMap<>();
                        designations(fields, member);
                        String key = mode + "|" + systemKey + "|" + code;
                        entries.putIfAbsent(key, new Entry(key, mode.equals("include") ? system : "exclude " + system,
                                code, member.path("display").asText(null), false, fields));
                    }
                } else {
                    // A rule that does not enumerate: the rule itself is the entry.
                    String described = describe(rule);
                    String key = mode + "|" + systemKey + "|" + described;
                    entries.putIfAbsent(key, new Entry(key, (mode.equals("include") ? "" : "exclude ")
                            + (system == null ? "value sets" : system), "(" + described + ")", null, false, Map.of()));
                }
            }
        }
        return entries;
    }

    Map<String, Entry> conceptMap(JsonNode cm) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (JsonNode group : cm.path("group")) {
            String source = group.path("source").asText("");
            String target = group.path("target").asText("");
            String pair = source + " → " + target;
            String pairKey = keyOfUrl.apply(source) + "→" + keyOfUrl.apply(target);
            for (JsonNode element : group.path("element")) {
                String code = element.path("code").asText();
                JsonNode targets = element.path("target");
                if (targets.isEmpty()) {
                    String key = pairKey + "|" + code + "|";
                    entries.putIfAbsent(key, new Entry(key, pair, code + " → (none)", element.path("display").asText(null),
                            false, Map.of()));
                }
                for (JsonNode t : targets) {
                    String targetCode = t.path("code").asText("");
                    Map<String, String> fields = new TreeMap<>();
                    text(fields, "equivalence", t.path("equivalence"));
                    text(fields, "comment", t.path("comment"));
                    String key = pairKey + "|" + code + "|" + targetCode;
                    entries.putIfAbsent(key, new Entry(key, pair, code + " → " + targetCode,
                            t.path("display").asText(element.path("display").asText(null)), false, fields));
                }
            }
        }
        return entries;
    }

    private static void designations(Map<String, String> fields, JsonNode concept) {
        Map<String, List<String>> byUse = new LinkedHashMap<>();
        for (JsonNode d : concept.path("designation")) {
            String use = d.path("use").path("code").asText("");
            String language = d.path("language").asText("");
            String name = "designation " + (use.isEmpty() ? "(no use)" : use) + (language.isEmpty() ? "" : " " + language);
            byUse.computeIfAbsent(name, k -> new ArrayList<>()).add(d.path("value").asText(""));
        }
        byUse.forEach((name, values) -> fields.put(name, String.join(" | ", values)));
    }

    private static void text(Map<String, String> fields, String name, JsonNode value) {
        if (value.isValueNode()) {
            fields.put(name, value.asText());
        }
    }

    private static String value(JsonNode property) {
        for (var it = property.fields(); it.hasNext(); ) {
            var field = it.next();
            if (field.getKey().startsWith("value")) {
                JsonNode v = field.getValue();
                return v.isValueNode() ? v.asText() : v.path("code").asText(v.toString());
            }
        }
        return "";
    }

    private static String describe(JsonNode rule) {
        List<String> parts = new ArrayList<>();
        if (rule.has("version")) {
            parts.add("version " + rule.get("version").asText());
        }
        for (JsonNode f : rule.path("filter")) {
            parts.add(f.path("property").asText() + " " + f.path("op").asText() + " " + f.path("value").asText());
        }
        for (JsonNode v : rule.path("valueSet")) {
            parts.add("value set " + v.asText());
        }
        return parts.isEmpty() ? "whole system" : String.join("; ", parts);
    }
}
