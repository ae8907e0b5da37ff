package fr.ror.nomenclator.terminology.internal.quality;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.terminology.ResourceKind;
import java.util.Objects;

/**
 * One version as the quality loop reads it: stored ({@link #versionId()} set), handed in without
 * being stored, or built in (FHIR core content); the last two have no version id. The code system
 * content is compiled on first use, once per run.
 */
final class Checked {

    private final ResourceKind kind;
    private final String versionId;
    private final String key;
    private final ObjectNode json;
    private final Lazy<CodeSystemContent> content;

    /** @param key the nomenclature key (the NOS id where known), shared by every URL style */
    Checked(ResourceKind kind, String versionId, String key, ObjectNode json) {
        this.kind = kind;
        this.versionId = versionId;
        this.key = key;
        this.json = json;
        this.content = new Lazy<>(() -> CodeSystemContent.of(json));
    }

    ResourceKind kind() {
        return kind;
    }

    String versionId() {
        return versionId;
    }

    String key() {
        return key;
    }

    ObjectNode json() {
        return json;
    }

    String url() {
        return Json.text(json, "url");
    }

    String version() {
        return Json.text(json, "version");
    }

    String status() {
        return Json.text(json, "status");
    }

    String date() {
        return Json.text(json, "date");
    }

    boolean draft() {
        return "draft".equals(status());
    }

    CodeSystemContent content() {
        return content.get();
    }

    /** {@code key|version}, how messages name a version. */
    String label() {
        return version() == null ? key : key + "|" + version();
    }

    /** The same version: the same stored id, or for content not stored the same nomenclature and version. */
    boolean sameAs(Checked other) {
        if (versionId != null || other.versionId != null) {
            return Objects.equals(versionId, other.versionId);
        }
        return kind == other.kind && key.equals(other.key) && Objects.equals(version(), other.version());
    }
}
