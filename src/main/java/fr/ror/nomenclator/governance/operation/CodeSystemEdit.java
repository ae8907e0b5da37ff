package fr.ror.nomenclator.governance.operation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An editable copy of one CodeSystem version as FHIR R4 JSON, written the way the serving engine
 * reads it: a retired concept gets the NOS {@code dateFin} and a {@code replacedBy} property per
 * replacement; a deprecated one a {@code status} property; nested systems (SERAFIN-PH) stay nested.
 */
public final class CodeSystemEdit extends ResourceEdit {

    static final String REPLACED_BY = "replacedBy";
    private static final Set<String> END_OF_LIFE = Set.of("dateFin", "status", "inactive", REPLACED_BY);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Map<String, ObjectNode> concepts = new HashMap<>();
    private final Map<String, ArrayNode> containers = new HashMap<>();
    private final Map<String, String> nestedParents = new HashMap<>();
    private final boolean nested;

    public CodeSystemEdit(String key, String versionId, String version, String status, ObjectNode json) {
        super(key, versionId, version, status, json);
        index(json.withArray("concept"), null);
        this.nested = !nestedParents.isEmpty();
    }

    private void index(ArrayNode list, String parent) {
        for (JsonNode node : list) {
            ObjectNode concept = (ObjectNode) node;
            String code = concept.path("code").asText();
            concepts.put(code, concept);
            containers.put(code, list);
            if (parent != null) {
                nestedParents.put(code, parent);
            }
            if (concept.has("concept")) {
                index(concept.withArray("concept"), code);
            }
        }
    }

    public boolean has(String code) {
        return concepts.containsKey(code);
    }

    public String display(String code) {
        return concepts.containsKey(code) ? concepts.get(code).path("display").asText(null) : null;
    }

    /** Neither retired (NOS {@code dateFin} passed, FHIR {@code status} retired or {@code inactive}) nor deprecated. */
    public boolean isActive(String code, Instant at) {
        ObjectNode concept = concepts.get(code);
        if (concept == null) {
            return false;
        }
        Optional<String> dateFin = property(concept, "dateFin");
        if (dateFin.isPresent() && NosDateTimes.passed(dateFin.get(), at)) {
            return false;
        }
        if (property(concept, "status").filter(s -> !"active".equals(s)).isPresent()) {
            return false;
        }
        return property(concept, "inactive").filter("true"::equals).isEmpty();
    }

    /** Whether {@code code} is {@code ancestor} or sits below it. */
    public boolean isWithin(String code, String ancestor) {
        for (String c = code; c != null; c = parentOf(c)) {
            if (c.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    private String parentOf(String code) {
        return nested ? nestedParents.get(code) : property(concepts.get(code), "parent").orElse(null);
    }

    public void add(String code, String display, String definition, String parent, List<DesignationValue> designations,
                    List<PropertyValue> properties, Instant at) {
        ObjectNode concept = JSON.objectNode().put("code", code).put("display", display);
        if (definition != null) {
            concept.put("definition", definition);
        }
        designations.forEach(d -> setDesignation(concept, d));
        if (declares("dateValid")) {
            setProperty(concept, "dateValid", "dateTime", NosDateTimes.format(at));
            setProperty(concept, "dateMaj", "dateTime", NosDateTimes.format(at));
        }
        properties.forEach(p -> setProperty(concept, p.code(), typeOf(p), p.value()));
        ArrayNode container = json.withArray("concept");
        if (parent != null && nested) {
            container = concepts.get(parent).withArray("concept");
            nestedParents.put(code, parent);
        } else if (parent != null) {
            setProperty(concept, "parent", "code", parent);
        }
        container.add(concept);
        concepts.put(code, concept);
        containers.put(code, container);
        touch();
    }

    public void setDisplay(String code, String display, Instant at) {
        concepts.get(code).put("display", display);
        updated(code, at);
    }

    public void setDefinition(String code, String definition, Instant at) {
        concepts.get(code).put("definition", definition);
        updated(code, at);
    }

    public void setDesignation(String code, DesignationValue designation, Instant at) {
        setDesignation(concepts.get(code), designation);
        updated(code, at);
    }

    public void setProperty(String code, PropertyValue value, Instant at) {
        setProperty(concepts.get(code), value.code(), typeOf(value), value.value());
        updated(code, at);
    }

    /** Ends the concept's validity now (NOS {@code dateFin}) and names its replacements. */
    public void retire(String code, List<String> replacements, Instant at) {
        ObjectNode concept = concepts.get(code);
        removeProperties(concept, Set.of(REPLACED_BY, "status"));
        setProperty(concept, "dateFin", "dateTime", NosDateTimes.format(at));
        addReplacements(concept, replacements);
        updated(code, at);
    }

    /** Keeps the concept valid with a warning (FHIR {@code status} deprecated) and names its replacements. */
    public void deprecate(String code, List<String> replacements, Instant at) {
        ObjectNode concept = concepts.get(code);
        removeProperties(concept, Set.of(REPLACED_BY));
        declare("status", "code", "Statut du concept", "http://hl7.org/fhir/concept-properties#status");
        setProperty(concept, "status", "code", "deprecated");
        addReplacements(concept, replacements);
        updated(code, at);
    }

    /** Makes a retired or deprecated concept valid again: its end of life and replacements go. */
    public void reactivate(String code, Instant at) {
        removeProperties(concepts.get(code), END_OF_LIFE);
        updated(code, at);
    }

    /** Moves a concept under another (or to the top when {@code parent} is null). */
    public void move(String code, String parent, Instant at) {
        ObjectNode concept = concepts.get(code);
        if (nested) {
            removeFrom(containers.get(code), concept);
            ArrayNode target = parent == null ? json.withArray("concept") : concepts.get(parent).withArray("concept");
            target.add(concept);
            containers.put(code, target);
            if (parent == null) {
                nestedParents.remove(code);
            } else {
                nestedParents.put(code, parent);
            }
        } else {
            removeProperties(concept, Set.of("parent"));
            if (parent != null) {
                setProperty(concept, "parent", "code", parent);
            }
        }
        updated(code, at);
    }

    private void addReplacements(ObjectNode concept, List<String> replacements) {
        if (replacements.isEmpty()) {
            return;
        }
        declare(REPLACED_BY, "code", "Code du concept qui remplace celui-ci", null);
        replacements.forEach(r -> concept.withArray("property").addObject().put("code", REPLACED_BY).put("valueCode", r));
    }

    private void updated(String code, Instant at) {
        if (declares("dateMaj")) {
            setProperty(concepts.get(code), "dateMaj", "dateTime", NosDateTimes.format(at));
        }
        touch();
    }

    private boolean declares(String property) {
        for (JsonNode p : json.path("property")) {
            if (property.equals(p.path("code").asText())) {
                return true;
            }
        }
        return false;
    }

    /** The declared type of a property, else the type given, else string. */
    private String typeOf(PropertyValue value) {
        if (value.type() != null) {
            return value.type();
        }
        for (JsonNode p : json.path("property")) {
            if (value.code().equals(p.path("code").asText()) && p.hasNonNull("type")) {
                return p.get("type").asText();
            }
        }
        return "string";
    }

    private void declare(String code, String type, String description, String uri) {
        if (declares(code)) {
            return;
        }
        ObjectNode declaration = json.withArray("property").addObject().put("code", code);
        if (uri != null) {
            declaration.put("uri", uri);
        }
        declaration.put("description", description).put("type", type);
    }

    private static void setDesignation(ObjectNode concept, DesignationValue d) {
        ArrayNode designations = concept.withArray("designation");
        for (JsonNode existing : designations) {
            if (d.use().equals(existing.path("use").path("code").asText())
                    && (d.language() == null || d.language().equals(existing.path("language").asText(null)))) {
                ((ObjectNode) existing).put("value", d.value());
                return;
            }
        }
        ObjectNode designation = designations.addObject();
        if (d.language() != null) {
            designation.put("language", d.language());
        }
        ObjectNode use = designation.putObject("use");
        if (d.useSystem() != null) {
            use.put("system", d.useSystem());
        }
        use.put("code", d.use());
        designation.put("value", d.value());
    }

    private static void setProperty(ObjectNode concept, String code, String type, String value) {
        removeProperties(concept, Set.of(code));
        ObjectNode property = concept.withArray("property").addObject().put("code", code);
        String field = "value" + Character.toUpperCase(type.charAt(0)) + type.substring(1);
        switch (type) {
            case "boolean" -> property.put(field, Boolean.parseBoolean(value));
            case "integer" -> property.put(field, Integer.parseInt(value));
            case "decimal" -> property.put(field, new java.math.BigDecimal(value));
            default -> property.put(field, value);
        }
    }

    private static void removeProperties(ObjectNode concept, Set<String> codes) {
        if (!concept.has("property")) {
            return;
        }
        Iterator<JsonNode> properties = concept.withArray("property").elements();
        while (properties.hasNext()) {
            if (codes.contains(properties.next().path("code").asText())) {
                properties.remove();
            }
        }
        if (concept.withArray("property").isEmpty()) {
            concept.remove("property");
        }
    }

    static Optional<String> property(ObjectNode concept, String code) {
        if (concept == null) {
            return Optional.empty();
        }
        for (JsonNode p : concept.path("property")) {
            if (code.equals(p.path("code").asText())) {
                Iterator<Map.Entry<String, JsonNode>> fields = p.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    if (field.getKey().startsWith("value")) {
                        return Optional.of(field.getValue().asText());
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The codes whose concept states a property value, e.g. the concepts {@code replacedBy} names. */
    public List<String> replacementsOf(String code) {
        List<String> out = new ArrayList<>();
        for (JsonNode p : concepts.get(code).path("property")) {
            if (REPLACED_BY.equals(p.path("code").asText())) {
                out.add(p.path("valueCode").asText());
            }
        }
        return out;
    }

    @Override
    protected void beforeWrite() {
        if (json.has("count")) {
            json.put("count", concepts.size());
        }
    }

    private static void removeFrom(ArrayNode list, ObjectNode concept) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == concept) {
                list.remove(i);
                return;
            }
        }
    }
}
