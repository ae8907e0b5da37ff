package fr.ror.nomenclator.loaders;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.terminology.ContentImport;
import fr.ror.nomenclator.terminology.ImportOutcome;
import fr.ror.nomenclator.terminology.InvalidContentException;
import fr.ror.nomenclator.terminology.ResourceKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An in-memory store that records what it was given and answers like the real one for simple cases. */
final class RecordingContentImport implements ContentImport {

    final Map<String, ObjectNode> stored = new LinkedHashMap<>();
    final List<String> sources = new ArrayList<>();

    @Override
    public ImportOutcome importResource(String source, ObjectNode resource) {
        sources.add(source);
        if (!resource.path("url").isTextual()) {
            throw new InvalidContentException("TE101", "the resource has no url");
        }
        ResourceKind kind = ResourceKind.ofFhirType(resource.path("resourceType").asText())
                .orElseThrow(() -> new InvalidContentException("TE100", "not a terminology resource"));
        String url = resource.get("url").asText();
        String version = resource.path("version").asText("");
        String key = url + "|" + version;
        ObjectNode previous = stored.putIfAbsent(key, resource.deepCopy());
        ImportOutcome.Result result = previous == null ? ImportOutcome.Result.CREATED : ImportOutcome.Result.UNCHANGED;
        return new ImportOutcome(source, "id-" + stored.size(), kind, url, version, result);
    }

    List<String> urls() {
        return stored.values().stream().map(r -> r.get("url").asText()).toList();
    }
}
