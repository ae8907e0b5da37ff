package fr.ror.nomenclator.governance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.governance.operation.CodeSystemEdit;
import fr.ror.nomenclator.governance.operation.ConceptMapEdit;
import fr.ror.nomenclator.governance.operation.ValueSetEdit;
import fr.ror.nomenclator.governance.operation.Workspace;
import fr.ror.nomenclator.terminology.LineageLink;
import fr.ror.nomenclator.terminology.NomenclatureCatalogue;
import fr.ror.nomenclator.terminology.ResourceKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A workspace over shipped files (R211 2023, SERAFIN-PH, J17, A14), for operation tests without a store. */
final class FileWorkspace implements Workspace {

    static final NomenclatureCatalogue CATALOGUE = ShippedGovernance.catalogue();
    private static final ObjectMapper JSON = new ObjectMapper();

    final Map<String, Object> edits = new HashMap<>();
    final List<LineageLink> lineage = new ArrayList<>();
    final Instant now = Instant.parse("2026-12-01T10:00:00Z");

    @Override
    public String key(ResourceKind kind, String reference) {
        return CATALOGUE.nomenclatures().stream().filter(n -> n.nosId().equals(reference)).findFirst()
                .map(n -> n.nosId()).orElseGet(() -> CATALOGUE.canonicalKey(reference));
    }

    @Override
    public Optional<CodeSystemEdit> codeSystem(String reference) {
        String key = key(ResourceKind.CODE_SYSTEM, reference);
        String file = switch (key) {
            case "TRE_R211-ActiviteOperationnelle" -> "CodeSystem/TRE_R211_ActiviteOperationnelle.json";
            case "TRE_R265-PrestationPilotageSerafin" -> "CodeSystem/TRE_R265_PrestationPilotageSerafin.json";
            case "SERAFIN-PH" -> "CodeSystem/CodeSystem-terminologie-SERAFINPH.json";
            default -> null;
        };
        return file == null ? Optional.empty() : Optional.of((CodeSystemEdit) edits.computeIfAbsent(key,
                k -> new CodeSystemEdit(k, k, "1", "active", read(file))));
    }

    @Override
    public Optional<ValueSetEdit> valueSet(String reference) {
        String key = key(ResourceKind.VALUE_SET, reference);
        return key.equals("JDV_J17-ActiviteOperationnelle-ROR") ? Optional.of((ValueSetEdit) edits.computeIfAbsent(key,
                k -> new ValueSetEdit(k, k, "1", "active", read("ValueSet/ValueSet-JDV-J17-ActiviteOperationnelle-ROR.json"),
                        url -> key(ResourceKind.CODE_SYSTEM, url)))) : Optional.empty();
    }

    @Override
    public Optional<ConceptMapEdit> conceptMap(String reference) {
        String key = key(ResourceKind.CONCEPT_MAP, reference);
        return key.equals("ASS_A14-FamilleActivite-ActiviteOperationnelle") ? Optional.of((ConceptMapEdit) edits
                .computeIfAbsent(key, k -> new ConceptMapEdit(k, k, "1", "active",
                        read("ConceptMap/ConceptMap-ASS-A14-FamilleActivite-ActiviteOperationnelle.json"),
                        url -> key(ResourceKind.CODE_SYSTEM, url)))) : Optional.empty();
    }

    @Override
    public Instant now() {
        return now;
    }

    @Override
    public void lineage(LineageLink link) {
        lineage.add(link);
    }

    private static ObjectNode read(String file) {
        try {
            return (ObjectNode) JSON.readTree(Path.of("terminology", file).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
