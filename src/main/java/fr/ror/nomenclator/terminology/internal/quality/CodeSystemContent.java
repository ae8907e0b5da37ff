package fr.ror.nomenclator.terminology.internal.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The concepts of one code system version, nested ones included, in document order. Unlike a
 * serving snapshot it keeps duplicate codes, so that a rule can report them in content the store
 * would refuse.
 */
final class CodeSystemContent {

    private static final Set<String> STATUS_PROPERTIES = Set.of("status", "concept-status");

    private final String status;
    private final String content;
    private final boolean caseSensitive;
    private final List<Concept> concepts;
    private final Map<String, Concept> byCode = new HashMap<>();

    private CodeSystemContent(String status, String content, boolean caseSensitive, List<Concept> concepts) {
        this.status = status;
        this.content = content;
        this.caseSensitive = caseSensitive;
        this.concepts = Collections.unmodifiableList(concepts);
        concepts.forEach(c -> byCode.putIfAbsent(key(c.code()), c));
    }

    static CodeSystemContent of(ObjectNode codeSystem) {
        List<Concept> concepts = new ArrayList<>();
        collect(codeSystem.path("concept"), concepts);
        boolean caseSensitive = !codeSystem.path("caseSensitive").isBoolean()
                || codeSystem.path("caseSensitive").booleanValue();
        return new CodeSystemContent(Json.text(codeSystem, "status"), Json.text(codeSystem, "content"), caseSensitive,
                concepts);
    }

    private static void collect(JsonNode list, List<Concept> out) {
        for (JsonNode c : list) {
            String code = Json.text(c, "code");
            if (code != null) {
                out.add(concept(code, c));
            }
            collect(c.path("concept"), out);
        }
    }

    private static Concept concept(String code, JsonNode c) {
        String display = Json.text(c, "display");
        List<String> terms = new ArrayList<>();
        if (display != null) {
            terms.add(display);
        }
        c.path("designation").forEach(d -> {
            String value = Json.text(d, "value");
            if (value != null) {
                terms.add(value);
            }
        });
        Map<String, String> properties = new LinkedHashMap<>();
        List<String> replacedBy = new ArrayList<>();
        for (JsonNode p : c.path("property")) {
            String name = Json.text(p, "code");
            String value = Json.value(p);
            if (name == null || value == null) {
                continue;
            }
            if (Concept.REPLACEMENT_PROPERTIES.contains(name)) {
                replacedBy.add(value);
            } else {
                properties.putIfAbsent(name, value);
            }
        }
        String status = STATUS_PROPERTIES.stream().map(properties::get).filter(s -> s != null).findFirst()
                .map(s -> s.toLowerCase(Locale.ROOT)).orElse(null);
        boolean inactive = "true".equals(properties.get("inactive"));
        return new Concept(code, display, List.copyOf(terms), properties.get("dateFin"), status, inactive,
                List.copyOf(replacedBy));
    }

    /** Every concept, duplicates included, in document order (depth first). */
    List<Concept> concepts() {
        return concepts;
    }

    /** The concept with this code (the first one when duplicated), ignoring case when the code system does. */
    Optional<Concept> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(key(code)));
    }

    /** The code as the code system compares codes. */
    String key(String code) {
        return caseSensitive ? code : code.toLowerCase(Locale.ROOT);
    }

    String status() {
        return status;
    }

    /** Whether the file holds every concept: a fragment or an example cannot prove a code absent. */
    boolean complete() {
        return content == null || "complete".equals(content);
    }
}
