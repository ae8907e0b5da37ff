package fr.ror.nomenclator.terminology.internal.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.terminology.ResourceKind;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Puts a stored version back together as FHIR R4 JSON: the inverse of {@link ResourceDecomposer}. */
public final class ResourceAssembler {

    private final ObjectMapper json;

    public ResourceAssembler(ObjectMapper json) {
        this.json = json;
    }

    /** A stored concept revision, in version order. */
    public record StoredConcept(String code, String json, String nestedUnder) {
    }

    public record StoredRule(String mode, String json, List<String> members) {
    }

    public record StoredGroup(String json, List<StoredElement> elements) {
    }

    public record StoredElement(String json, List<String> targets) {
    }

    public ObjectNode assemble(ResourceKind kind, String id, String header, boolean nested, List<StoredConcept> concepts,
                               List<StoredRule> rules, List<StoredGroup> groups) {
        ObjectNode resource = json.createObjectNode();
        resource.put("resourceType", kind.fhirType());
        resource.put("id", id);
        resource.setAll(parse(header));
        switch (kind) {
            case CODE_SYSTEM -> {
                if (!concepts.isEmpty()) {
                    resource.set("concept", concepts(concepts, nested));
                }
            }
            case VALUE_SET -> {
                if (!rules.isEmpty()) {
                    ObjectNode compose = resource.withObject("/compose");
                    for (StoredRule rule : rules) {
                        ObjectNode node = parse(rule.json());
                        if (!rule.members().isEmpty()) {
                            ArrayNode members = node.putArray("concept");
                            rule.members().forEach(m -> members.add(parse(m)));
                        }
                        compose.withArray(rule.mode()).add(node);
                    }
                }
            }
            case CONCEPT_MAP -> {
                if (!groups.isEmpty()) {
                    ArrayNode out = resource.putArray("group");
                    for (StoredGroup group : groups) {
                        ObjectNode node = parse(group.json());
                        if (!group.elements().isEmpty()) {
                            ArrayNode elements = node.putArray("element");
                            for (StoredElement element : group.elements()) {
                                ObjectNode e = parse(element.json());
                                if (!element.targets().isEmpty()) {
                                    ArrayNode targets = e.putArray("target");
                                    element.targets().forEach(t -> targets.add(parse(t)));
                                }
                                elements.add(e);
                            }
                        }
                        out.add(node);
                    }
                }
            }
        }
        return resource;
    }

    private ArrayNode concepts(List<StoredConcept> concepts, boolean nested) {
        ArrayNode roots = json.createArrayNode();
        Map<String, ObjectNode> byCode = new HashMap<>();
        for (StoredConcept concept : concepts) {
            ObjectNode node = parse(concept.json());
            byCode.put(concept.code(), node);
            ObjectNode parent = nested && concept.nestedUnder() != null ? byCode.get(concept.nestedUnder()) : null;
            if (parent != null) {
                parent.withArray("concept").add(node);
            } else {
                roots.add(node);
            }
        }
        return roots;
    }

    private ObjectNode parse(String text) {
        try {
            return (ObjectNode) json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("stored JSON no longer parses", e);
        }
    }
}
