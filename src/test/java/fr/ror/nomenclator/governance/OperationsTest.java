package fr.ror.nomenclator.governance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.governance.operation.AddConcept;
import fr.ror.nomenclator.governance.operation.AddMapping;
import fr.ror.nomenclator.governance.operation.AddValueSetMember;
import fr.ror.nomenclator.governance.operation.ChangeDesignation;
import fr.ror.nomenclator.governance.operation.Deprecate;
import fr.ror.nomenclator.governance.operation.Merge;
import fr.ror.nomenclator.governance.operation.Move;
import fr.ror.nomenclator.governance.operation.NewConcept;
import fr.ror.nomenclator.governance.operation.Operation;
import fr.ror.nomenclator.governance.operation.Problems;
import fr.ror.nomenclator.governance.operation.Reactivate;
import fr.ror.nomenclator.governance.operation.RemoveValueSetMember;
import fr.ror.nomenclator.governance.operation.Retire;
import fr.ror.nomenclator.governance.operation.Split;
import fr.ror.nomenclator.governance.request.ChangeSets;
import fr.ror.nomenclator.terminology.LineageLink;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each operation's rules and effect, on the shipped R211, SERAFIN-PH, J17 and A14. */
class OperationsTest {

    static final String R211 = "TRE_R211-ActiviteOperationnelle";
    static final String A14 = "ASS_A14-FamilleActivite-ActiviteOperationnelle";
    static final String J17 = "JDV_J17-ActiviteOperationnelle-ROR";

    final FileWorkspace workspace = new FileWorkspace();

    List<String> apply(Operation... operations) {
        return Problems.applyAll(List.of(operations), workspace).list();
    }

    JsonNode concept(String system, String code) {
        ObjectNode draft = workspace.codeSystem(system).orElseThrow().draft(workspace.now());
        List<JsonNode> all = new ArrayList<>();
        flatten(draft.path("concept"), all);
        return all.stream().filter(c -> code.equals(c.path("code").asText())).findFirst().orElseThrow();
    }

    static void flatten(JsonNode list, List<JsonNode> out) {
        list.forEach(c -> {
            out.add(c);
            flatten(c.path("concept"), out);
        });
    }

    @Test
    void retiringWritesDateFinAndReplacedByTheWayTheEngineReadsThem() {
        assertThat(apply(new Retire(R211, "392", "fusion", List.of("511")))).isEmpty();
        assertThat(concept(R211, "392").path("property").toString()).contains("\"code\":\"dateFin\"")
                .contains("\"valueDateTime\":\"2026-12-01T11:00:00+01:00\"")
                .contains("{\"code\":\"replacedBy\",\"valueCode\":\"511\"}");
        ObjectNode draft = workspace.codeSystem(R211).orElseThrow().draft(workspace.now());
        assertThat(draft.path("status").asText()).isEqualTo("draft");
        assertThat(draft.path("version").asText()).isEqualTo("20261201110000");
        assertThat(draft.path("property").toString()).contains("\"code\":\"replacedBy\"");
        assertThat(workspace.lineage).singleElement().satisfies(l -> {
            assertThat(l.kind()).isEqualTo(LineageLink.Kind.REPLACED_BY);
            assertThat(l.to().code()).isEqualTo("511");
        });
    }

    @Test
    void replacementsMustExistBeActiveAndDifferFromTheCode() {
        assertThat(apply(new Retire(R211, "392", "r", List.of("999")))).singleElement().asString()
                .contains("code '999' does not exist in TRE_R211-ActiviteOperationnelle");
        assertThat(apply(new Retire(R211, "392", "r", List.of("002")))).singleElement().asString()
                .contains("replacement '002' of TRE_R211-ActiviteOperationnelle is not active");
        assertThat(apply(new Retire(R211, "392", "r", List.of("392")))).singleElement().asString()
                .contains("cannot replace itself");
        assertThat(apply(new Retire(R211, "002", "r", List.of()))).singleElement().asString()
                .contains("code '002'").contains("is not active");
        assertThat(apply(new Retire(R211, "392", " ", List.of()))).singleElement().asString()
                .contains("reason is required");
    }

    @Test
    void addingNeedsANewCodeAndADisplay() {
        assertThat(apply(new AddConcept(R211, "001", "Doublon", null, null, null, null))).singleElement().asString()
                .contains("code '001' already exists");
        assertThat(apply(new AddConcept(R211, "900", "", null, null, null, null))).singleElement().asString()
                .contains("display must not be empty");
        assertThat(apply(new AddConcept(R211, "900", "Nouvelle activité", null, null, null, null),
                new AddConcept(R211, "900", "Encore", null, null, null, null))).singleElement().asString()
                .startsWith("operations[2]").contains("already exists");
        assertThat(concept(R211, "900").path("property").toString()).contains("dateValid");
    }

    @Test
    void deprecateKeepsTheCodeValidWithAStatusAndReactivateUndoesARetirement() {
        assertThat(apply(new Deprecate(R211, "135", "à fusionner", List.of("170")))).isEmpty();
        assertThat(concept(R211, "135").path("property").toString()).contains("\"valueCode\":\"deprecated\"")
                .contains("replacedBy");
        assertThat(apply(new Reactivate(R211, "002", "rétabli par le GT"))).isEmpty();
        assertThat(concept(R211, "002").path("property").toString()).doesNotContain("dateFin");
        assertThat(apply(new Reactivate(R211, "170", "r"))).singleElement().asString()
                .contains("is active: there is nothing to reactivate");
    }

    @Test
    void splitAndMergeRetireTheirSourcesAndRecordLineage() {
        assertThat(apply(new Split(R211, "285", List.of(new NewConcept("901", "Soins somatiques aigus"),
                new NewConcept("170", null)), "scission"))).isEmpty();
        assertThat(concept(R211, "285").path("property").toString()).contains("dateFin").contains("\"valueCode\":\"901\"")
                .contains("\"valueCode\":\"170\"");
        assertThat(apply(new Merge(R211, List.of("448", "449"), new NewConcept("902", "Dépistage et diagnostic"),
                "fusion"))).isEmpty();
        assertThat(workspace.lineage).extracting(LineageLink::kind).containsOnly(LineageLink.Kind.SPLIT_INTO,
                LineageLink.Kind.MERGED_INTO).hasSize(4);
        assertThat(apply(new Split(R211, "135", List.of(new NewConcept("903", "Seule")), "r"))).singleElement()
                .asString().contains("at least two");
    }

    @Test
    void movingKeepsNestedHierarchiesNestedAndRefusesCycles() {
        // SERAFIN-PH is nested: 1 holds 1.1, which holds 1.1.1.
        assertThat(apply(new Move("SERAFIN-PH", "1", "1.1", "cycle"))).singleElement().asString()
                .contains("which is itself or below it");
        assertThat(apply(new Move("SERAFIN-PH", "1.1", null, "remonté au premier niveau"))).isEmpty();
        ObjectNode draft = workspace.codeSystem("SERAFIN-PH").orElseThrow().draft(workspace.now());
        assertThat(draft.path("concept").findValuesAsText("code")).contains("1.1");
        boolean atTop = false;
        for (JsonNode c : draft.path("concept")) {
            atTop |= "1.1".equals(c.path("code").asText());
        }
        assertThat(atTop).isTrue();
    }

    @Test
    void valueSetMembersAndMappingsFollowTheirCodeSystems() {
        assertThat(apply(new AddValueSetMember(J17, R211, "002", null))).singleElement().asString()
                .contains("is not active");
        assertThat(apply(new AddValueSetMember(J17, R211, "392", null))).singleElement().asString()
                .contains("already a member of " + J17);
        assertThat(apply(new RemoveValueSetMember(J17, R211, "392"), new RemoveValueSetMember(J17, R211, "392")))
                .singleElement().asString().startsWith("operations[2]").contains("is not an enumerated member");
        assertThat(apply(new AddMapping(A14, null, "059", null, "511", "relatedto", null))).isEmpty();
        assertThat(apply(new AddMapping(A14, null, "059", null, "511", "relatedto", null))).singleElement().asString()
                .contains("already maps '059' to '511'");
        assertThat(apply(new AddMapping(A14, null, "059", null, "002", "about", null))).hasSize(2);
        assertThat(apply(new ChangeDesignation(R211, "135", "LibelleCourt", null, "fr", ""))).singleElement()
                .asString().contains("value must not be empty");
    }

    @Test
    void theChangeSetHashChangesWithTheOperationsOnly() {
        List<Operation> a = List.of(new Retire(R211, "392", "fusion", List.of("511")));
        assertThat(ChangeSets.hash(a)).isEqualTo(ChangeSets.hash(List.of(new Retire(R211, "392", "fusion",
                List.of("511"))))).isNotEqualTo(ChangeSets.hash(List.of(new Retire(R211, "392", "fusion",
                List.of("170")))));
        assertThat(ChangeSets.fromJson(ChangeSets.toJson(a.get(0)))).isEqualTo(a.get(0));
    }
}
