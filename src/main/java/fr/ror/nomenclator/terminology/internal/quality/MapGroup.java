package fr.ror.nomenclator.terminology.internal.quality;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code group} of a concept map: its source and target code systems (with the versions they
 * pin) and its mappings, one per (source, target) pair.
 */
record MapGroup(String source, String sourceVersion, String target, String targetVersion, List<Mapping> mappings) {

    /** A source code and one of its targets (null when the element maps to nothing). */
    record Mapping(String source, String target) {
    }

    static List<MapGroup> of(Checked conceptMap) {
        List<MapGroup> groups = new ArrayList<>();
        for (JsonNode group : conceptMap.json().path("group")) {
            List<Mapping> mappings = new ArrayList<>();
            for (JsonNode element : group.path("element")) {
                String source = Json.text(element, "code");
                if (element.path("target").isEmpty()) {
                    mappings.add(new Mapping(source, null));
                }
                element.path("target").forEach(t -> mappings.add(new Mapping(source, Json.text(t, "code"))));
            }
            groups.add(new MapGroup(Json.text(group, "source"), Json.text(group, "sourceVersion"),
                    Json.text(group, "target"), Json.text(group, "targetVersion"), List.copyOf(mappings)));
        }
        return groups;
    }
}
