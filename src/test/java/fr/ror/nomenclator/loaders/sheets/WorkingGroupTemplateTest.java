package fr.ror.nomenclator.loaders.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkingGroupTemplateTest {

    static final Path SHIPPED = Path.of(System.getProperty("user.dir")).resolve("loaders/working-group-template.xlsx");
    static final SheetMapping MAPPING = Mappings.shipped().resolve("working-group");
    final SpreadsheetImport sheets = new SpreadsheetImport(SpreadsheetImport.DEFAULT_MAX_ROWS);

    @TempDir
    Path dir;

    @BeforeAll
    static void limits() {
        WorkbookLimits.DEFAULTS.apply();
    }

    @Test
    void theShippedTemplateReadsWithTheShippedMappingAndIsLeftUntouched() throws Exception {
        byte[] before = java.nio.file.Files.readAllBytes(SHIPPED);

        ObjectNode cs = sheets.xlsx(SHIPPED.toString(), SHIPPED, MAPPING, Map.of());

        assertThat(java.nio.file.Files.readAllBytes(SHIPPED)).isEqualTo(before);
        assertThat(cs.path("url").asText()).isEqualTo(WorkingGroupTemplate.URL);
        assertThat(cs.path("version").asText()).isEqualTo("20250101120000");
        assertThat(cs.path("status").asText()).isEqualTo("draft");
        assertThat(cs.path("date").asText()).isEqualTo("2025-01-01T00:00:00+01:00");
        assertThat(SpreadsheetRobustnessTest.codes(cs)).containsExactly("001", "002", "003", "004");
        JsonNode retired = cs.path("concept").get(3);
        assertThat(SpreadsheetRobustnessTest.property(retired, "status")).isEqualTo("retired");
        assertThat(SpreadsheetRobustnessTest.property(retired, "replacedBy")).isEqualTo("003");
        assertThat(SpreadsheetRobustnessTest.property(retired, "dateFin")).isEqualTo("2025-06-30T00:00:00+01:00");
        assertThat(SpreadsheetRobustnessTest.property(retired, "parent")).isEqualTo("002");
        assertThat(SpreadsheetRobustnessTest.property(retired, "comment")).isEqualTo("Fusionné avec l'hébergement temporaire");
    }

    @Test
    void theTemplateOffersTheStatusesInTheStatutColumn() throws Exception {
        // Read only: a workbook opened from a File is saved back on close.
        var pkg = org.apache.poi.openxml4j.opc.OPCPackage.open(SHIPPED.toFile(), org.apache.poi.openxml4j.opc.PackageAccess.READ);
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(pkg)) {
            var validations = wb.getSheet("Concepts").getDataValidations();
            assertThat(validations).singleElement().satisfies(v -> {
                assertThat(v.getValidationConstraint().getExplicitListValues()).containsExactly("actif", "déprécié", "retiré");
                assertThat(v.getRegions().getCellRangeAddress(0).getFirstColumn()).isEqualTo(9);
            });
            assertThat(wb.getSheetIndex("Aide")).isEqualTo(2);
        } finally {
            pkg.revert();
        }
    }

    @Test
    void theShippedTemplateHoldsWhatTheGeneratorWrites() {
        Path fresh = Workbooks.save(WorkingGroupTemplate.build(), dir.resolve("template.xlsx"));

        assertThat(sheets.xlsx("fresh", fresh, MAPPING, Map.of()))
                .isEqualTo(sheets.xlsx(SHIPPED.toString(), SHIPPED, MAPPING, Map.of()));
    }
}
