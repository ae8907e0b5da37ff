package fr.ror.nomenclator.governance.operation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.UnaryOperator;

/** An editable copy of one ValueSet version: enumerated members and compose rules. */
public final class ValueSetEdit extends ResourceEdit {

    private final UnaryOperator<String> keyOfUrl;

    public ValueSetEdit(String key, String versionId, String version, String status, ObjectNode json,
                        UnaryOperator<String> keyOfUrl) {
        super(key, versionId, version, status, json);
        this.keyOfUrl = keyOfUrl;
    }

    public boolean hasMember(String systemKey, String code) {
        return findMember(systemKey, code) != null;
    }

    /** Adds the code to the first include that enumerates codes of the system, or to a new one. */
    public void addMember(String systemUrl, String code, String display) {
        String systemKey = keyOfUrl.apply(systemUrl);
        ObjectNode include = null;
        for (JsonNode rule : compose().withArray("include")) {
            if (enumerates(rule, systemKey)) {
                include = (ObjectNode) rule;
                break;
            }
        }
        if (include == null) {
            include = compose().withArray("include").addObject().put("system", systemUrl);
        }
        ObjectNode member = include.withArray("concept").addObject().put("code", code);
        if (display != null) {
            member.put("display", display);
        }
        touch();
    }

    public void removeMember(String systemKey, String code) {
        for (JsonNode rule : compose().withArray("include")) {
            if (!enumerates(rule, systemKey)) {
                continue;
            }
            ArrayNode members = (ArrayNode) rule.get("concept");
            for (int i = 0; i < members.size(); i++) {
                if (code.equals(members.get(i).path("code").asText())) {
                    members.remove(i);
                    touch();
                    return;
                }
            }
        }
    }

    public boolean hasRule(String mode, JsonNode rule) {
        for (JsonNode existing : compose().withArray(mode)) {
            if (existing.equals(rule)) {
                return true;
            }
        }
        return false;
    }

    public void addRule(String mode, ObjectNode rule) {
        compose().withArray(mode).add(rule.deepCopy());
        touch();
    }

    public void removeRule(String mode, JsonNode rule) {
        ArrayNode rules = compose().withArray(mode);
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).equals(rule)) {
                rules.remove(i);
                touch();
                return;
            }
        }
    }

    private JsonNode findMember(String systemKey, String code) {
        for (JsonNode rule : compose().withArray("include")) {
            if (enumerates(rule, systemKey)) {
                for (JsonNode member : rule.get("concept")) {
                    if (code.equals(member.path("code").asText())) {
                        return member;
                    }
                }
            }
        }
        return null;
    }

    private boolean enumerates(JsonNode rule, String systemKey) {
        return rule.hasNonNull("system") && rule.has("concept") && !rule.has("filter")
                && systemKey.equals(keyOfUrl.apply(rule.get("system").asText()));
    }

    private ObjectNode compose() {
        return json.with("compose");
    }

    @Override
    protected void beforeWrite() {
        if (json.has("compose") && json.get("compose").has("exclude") && json.get("compose").get("exclude").isEmpty()) {
            ((ObjectNode) json.get("compose")).remove("exclude");
        }
    }
}
