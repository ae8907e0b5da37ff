package fr.ror.nomenclator.governance.operation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** An editable copy of one ConceptMap version: groups of source → target mappings. */
public final class ConceptMapEdit extends ResourceEdit {

    private final UnaryOperator<String> keyOfUrl;

    public ConceptMapEdit(String key, String versionId, String version, String status, ObjectNode json,
                          UnaryOperator<String> keyOfUrl) {
        super(key, versionId, version, status, json);
        this.keyOfUrl = keyOfUrl;
    }

    /**
     * The group mapping one system to another; either key may be null when the map has a single
     * group. Empty when none or several match.
     */
    public Optional<ObjectNode> group(String sourceKey, String targetKey) {
        List<ObjectNode> matches = new ArrayList<>();
        for (JsonNode g : json.withArray("group")) {
            if ((sourceKey == null || sourceKey.equals(key(g, "source")))
                    && (targetKey == null || targetKey.equals(key(g, "target")))) {
                matches.add((ObjectNode) g);
            }
        }
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    /** A new group, for a mapping between two systems the map does not relate yet. */
    public ObjectNode addGroup(String sourceUrl, String targetUrl) {
        return json.withArray("group").addObject().put("source", sourceUrl).put("target", targetUrl);
    }

    public String sourceUrl(ObjectNode group) {
        return group.path("source").asText(null);
    }

    public String targetUrl(ObjectNode group) {
        return group.path("target").asText(null);
    }

    public Optional<ObjectNode> target(ObjectNode group, String sourceCode, String targetCode) {
        for (JsonNode element : group.withArray("element")) {
            if (sourceCode.equals(element.path("code").asText())) {
                for (JsonNode target : element.path("target")) {
                    if (targetCode.equals(target.path("code").asText())) {
                        return Optional.of((ObjectNode) target);
                    }
                }
            }
        }
        return Optional.empty();
    }

    public void addMapping(ObjectNode group, String sourceCode, String targetCode, String targetDisplay,
                           String equivalence, String comment) {
        ObjectNode element = null;
        for (JsonNode e : group.withArray("element")) {
            if (sourceCode.equals(e.path("code").asText())) {
                element = (ObjectNode) e;
            }
        }
        if (element == null) {
            element = group.withArray("element").addObject().put("code", sourceCode);
        }
        ObjectNode target = element.withArray("target").addObject().put("code", targetCode);
        if (targetDisplay != null) {
            target.put("display", targetDisplay);
        }
        target.put("equivalence", equivalence);
        if (comment != null) {
            target.put("comment", comment);
        }
        touch();
    }

    public void changeMapping(ObjectNode target, String newTargetCode, String newTargetDisplay, String equivalence,
                              String comment) {
        if (newTargetCode != null) {
            target.put("code", newTargetCode);
            if (newTargetDisplay != null) {
                target.put("display", newTargetDisplay);
            } else {
                target.remove("display");
            }
        }
        if (equivalence != null) {
            target.put("equivalence", equivalence);
        }
        if (comment != null) {
            target.put("comment", comment);
        }
        touch();
    }

    public void removeMapping(ObjectNode group, String sourceCode, String targetCode) {
        ArrayNode elements = group.withArray("element");
        for (int i = 0; i < elements.size(); i++) {
            ObjectNode element = (ObjectNode) elements.get(i);
            if (!sourceCode.equals(element.path("code").asText())) {
                continue;
            }
            ArrayNode targets = element.withArray("target");
            for (int j = 0; j < targets.size(); j++) {
                if (targetCode.equals(targets.get(j).path("code").asText())) {
                    targets.remove(j);
                    if (targets.isEmpty()) {
                        elements.remove(i);
                    }
                    touch();
                    return;
                }
            }
        }
    }

    private String key(JsonNode group, String side) {
        return group.hasNonNull(side) ? keyOfUrl.apply(group.get(side).asText()) : null;
    }
}
