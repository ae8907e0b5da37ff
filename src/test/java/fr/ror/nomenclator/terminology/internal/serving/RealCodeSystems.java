package fr.ror.nomenclator.terminology.internal.serving;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;

/** Small code systems cut from the real shipped files, for tests that need a few known concepts. */
final class RealCodeSystems {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String R211_URL =
            "https://mos.esante.gouv.fr/NOS/TRE_R211-ActiviteOperationnelle/FHIR/TRE-R211-ActiviteOperationnelle";

    private RealCodeSystems() {
    }

    /** TRE_R211 20230802150000 with only the codes given, in file order. */
    static ObjectNode r211(String... codes) {
        ObjectNode full = read("terminology/CodeSystem/TRE_R211_ActiviteOperationnelle.json");
        ArrayNode kept = JSON.createArrayNode();
        Set<String> wanted = Set.of(codes);
        for (JsonNode concept : full.get("concept")) {
            if (wanted.contains(concept.get("code").asText())) {
                kept.add(concept.deepCopy());
            }
        }
        full.set("concept", kept);
        return full;
    }

    static ObjectNode read(String path) {
        try {
            return (ObjectNode) JSON.readTree(Path.of(path).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
