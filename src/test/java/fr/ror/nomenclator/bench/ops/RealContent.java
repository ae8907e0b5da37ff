package fr.ror.nomenclator.bench.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * What the scenarios ask about, read from the real files: the 2023 TRE_R211 export, JDV_J17 (2026)
 * and a code of J17 that the 2023 R211 has and has not ended ({@code dateFin}), so that both
 * servers must answer {@code result=true}.
 */
record RealContent(Path codeSystemFile, Path valueSetFile, String codeSystemUrl, String valueSetUrl,
                   String code, String display, int valueSetCodes) {

    static final String CODE_SYSTEM = "M-Priour_IG-terminologie-de-sante/input/NOS/TRE/TRE_R211_ActiviteOperationnelle.json";
    static final String VALUE_SET = "derived/ValueSet-JDV-J17-ActiviteOperationnelle-ROR.json";

    static RealContent read(Path sharedNomenclatures) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Path codeSystemFile = sharedNomenclatures.resolve(CODE_SYSTEM);
        Path valueSetFile = sharedNomenclatures.resolve(VALUE_SET);
        JsonNode codeSystem = json.readTree(codeSystemFile.toFile());
        JsonNode valueSet = json.readTree(valueSetFile.toFile());
        Map<String, String> current = new HashMap<>();
        for (JsonNode concept : codeSystem.path("concept")) {
            if (!hasProperty(concept, "dateFin")) {
                current.put(concept.path("code").asText(), concept.path("display").asText());
            }
        }
        int codes = 0;
        String chosen = null;
        for (JsonNode include : valueSet.path("compose").path("include")) {
            for (JsonNode concept : include.path("concept")) {
                codes++;
                String code = concept.path("code").asText();
                if (chosen == null && include.path("system").asText().equals(codeSystem.path("url").asText())
                        && current.containsKey(code)) {
                    chosen = code;
                }
            }
        }
        if (chosen == null) {
            throw new IllegalStateException("no J17 code is a current code of " + codeSystemFile);
        }
        return new RealContent(codeSystemFile, valueSetFile, codeSystem.path("url").asText(),
                valueSet.path("url").asText(), chosen, current.get(chosen), codes);
    }

    private static boolean hasProperty(JsonNode concept, String code) {
        for (JsonNode property : concept.path("property")) {
            if (property.path("code").asText().equals(code)) {
                return true;
            }
        }
        return false;
    }
}
