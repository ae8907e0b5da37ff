package fr.ror.nomenclator.governance.operation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** An editable copy of one stored version, which becomes (or replaces) its nomenclature's open draft. */
public abstract class ResourceEdit {

    protected final ObjectNode json;
    private final String key;
    private final String baseVersionId;
    private final String baseVersion;
    private final String baseStatus;
    private boolean changed;

    protected ResourceEdit(String key, String baseVersionId, String baseVersion, String baseStatus, ObjectNode json) {
        this.key = key;
        this.baseVersionId = baseVersionId;
        this.baseVersion = baseVersion;
        this.baseStatus = baseStatus;
        this.json = json;
    }

    public String key() {
        return key;
    }

    public String url() {
        return json.path("url").asText();
    }

    public String baseVersionId() {
        return baseVersionId;
    }

    public boolean changed() {
        return changed;
    }

    protected void touch() {
        changed = true;
    }

    /** Whether the copy was taken from an open draft (it then replaces it) rather than a published version. */
    public boolean baseIsDraft() {
        return "draft".equals(baseStatus);
    }

    /**
     * The JSON to store as the draft: the open draft keeps its version; a copy of a published version
     * becomes a new draft versioned {@code yyyyMMddHHmmss} (NOS convention) as of {@code at}.
     */
    public ObjectNode draft(Instant at) {
        beforeWrite();
        ObjectNode draft = json.deepCopy();
        draft.remove("id");
        draft.remove("meta");
        draft.remove("text");
        if (!baseIsDraft()) {
            String version = NosDateTimes.version(at);
            if (fr.ror.nomenclator.terminology.VersionOrder.INSTANCE.compare(version, baseVersion) <= 0) {
                version = baseVersion + ".1";
            }
            draft.put("version", version);
            draft.put("status", "draft");
        }
        draft.put("date", NosDateTimes.format(at));
        return draft;
    }

    protected void beforeWrite() {
    }
}
