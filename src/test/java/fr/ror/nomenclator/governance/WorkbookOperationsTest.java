package fr.ror.nomenclator.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ror.nomenclator.governance.operation.AddMapping;
import fr.ror.nomenclator.governance.operation.Merge;
import fr.ror.nomenclator.governance.operation.Retire;
import fr.ror.nomenclator.governance.workbook.WorkbookOperations;
import fr.ror.nomenclator.loaders.CellText;
import fr.ror.nomenclator.loaders.OperationField;
import fr.ror.nomenclator.loaders.OperationLabel;
import fr.ror.nomenclator.loaders.OperationRow;
import fr.ror.nomenclator.terminology.Nomenclature;
import fr.ror.nomenclator.terminology.NomenclatureCatalogue;
import fr.ror.nomenclator.terminology.ResourceKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a workbook row means as a typed operation, before it is checked against the content. */
class WorkbookOperationsTest {

    static final NomenclatureCatalogue CATALOGUE = new NomenclatureCatalogue() {
        @Override
        public List<Nomenclature> nomenclatures() {
            return List.of(entry("TRE_R211-ActiviteOperationnelle", ResourceKind.CODE_SYSTEM),
                    entry("TRE_R21-Something", ResourceKind.CODE_SYSTEM),
                    entry("ASS_A14-FamilleActivite-ActiviteOperationnelle", ResourceKind.CONCEPT_MAP));
        }

        @Override
        public Optional<Nomenclature> byUrl(String url) {
            return Optional.empty();
        }

        @Override
        public String canonicalKey(String url) {
            return url;
        }
    };

    static Nomenclature entry(String id, ResourceKind kind) {
        return new Nomenclature(id, kind, "https://mos.esante.gouv.fr/NOS/" + id, List.of(), "nos", id, List.of());
    }

    final WorkbookOperations operations = new WorkbookOperations(CATALOGUE);

    static OperationRow row(String label, String kind, Object... fieldsAndValues) {
        Map<OperationField, CellText> fields = new EnumMap<>(OperationField.class);
        for (int i = 0; i + 1 < fieldsAndValues.length; i += 2) {
            fields.put((OperationField) fieldsAndValues[i], new CellText((String) fieldsAndValues[i + 1],
                    "sheet 'Opérations', row 3, column '" + fieldsAndValues[i] + "'"));
        }
        return new OperationRow("Opérations", 3, label, kind, fields);
    }

    @Test
    void aRetirementNamesItsSystemByTheShortNosIdAndKeepsEveryReplacement() {
        WorkbookOperations.Built built = operations.build(row("Retrait", "retire", OperationField.NOMENCLATURE, "TRE_R211",
                OperationField.CODE, "393", OperationField.REPLACEMENTS, "511, 512", OperationField.REASON, "fusion"));

        assertThat(built.problems()).isEmpty();
        assertThat(built.operation()).isEqualTo(new Retire("TRE_R211-ActiviteOperationnelle", "393", "fusion",
                List.of("511", "512")));
    }

    @Test
    void aMappingGetsTheConceptMapAndTheFhirEquivalence() {
        WorkbookOperations.Built built = operations.build(row("Ajout d'une correspondance", "add-mapping",
                OperationField.CONCEPT_MAP, "ASS_A14", OperationField.CODE, "058", OperationField.TARGET_CODE, "511",
                OperationField.EQUIVALENCE, "relatedto"));

        assertThat(built.operation()).isInstanceOfSatisfying(AddMapping.class, m -> {
            assertThat(m.conceptMap()).isEqualTo("ASS_A14-FamilleActivite-ActiviteOperationnelle");
            assertThat(m.sourceCode()).isEqualTo("058");
            assertThat(m.targetCode()).isEqualTo("511");
            assertThat(m.equivalence()).isEqualTo("relatedto");
        });
    }

    @Test
    void twoCodesWhereTheOperationTakesOneAreAProblemAtTheirCell() {
        WorkbookOperations.Built built = operations.build(row("Retrait", "retire", OperationField.NOMENCLATURE, "TRE_R211",
                OperationField.CODE, "393, 394", OperationField.REASON, "fusion"));

        assertThat(built.operation()).isNull();
        assertThat(built.problems()).containsExactly("sheet 'Opérations', row 3, column 'CODE': 'Retrait' takes one code"
                + " here, not 2 (393, 394)");
    }

    @Test
    void aMergeTakesTheCodesMergedAndTheResult() {
        WorkbookOperations.Built built = operations.build(row("Fusion", "merge", OperationField.NOMENCLATURE, "TRE_R211",
                OperationField.CODE, "393; 394", OperationField.REPLACEMENTS, "511", OperationField.REASON, "fusion"));

        assertThat(built.operation()).isInstanceOfSatisfying(Merge.class, m ->
                assertThat(m.codes()).containsExactly("393", "394"));
    }

    @Test
    void aLayoutGivingAKindAFieldItDoesNotReadIsRefusedAtStart() {
        OperationLabel retire = new OperationLabel("Retrait", "retire", Set.of(OperationField.CODE,
                OperationField.TARGET_CODE), Set.of(), Map.of());
        OperationLabel unknown = new OperationLabel("Archiver", "archive", Set.of(OperationField.CODE), Set.of(), Map.of());

        assertThatThrownBy(() -> WorkbookOperations.check("loaders/x.yaml", List.of(retire)))
                .hasMessageStartingWith("loaders/x.yaml: the operation 'Retrait' (retire) does not read targetCode");
        assertThatThrownBy(() -> WorkbookOperations.check("loaders/x.yaml", List.of(unknown)))
                .hasMessageContaining("'Archiver' is of kind 'archive', which a workbook row cannot give");
    }
}
