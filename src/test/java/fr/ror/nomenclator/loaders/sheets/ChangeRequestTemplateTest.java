package fr.ror.nomenclator.loaders.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ror.nomenclator.loaders.OperationLabel;
import fr.ror.nomenclator.loaders.RequestField;
import fr.ror.nomenclator.loaders.WorkbookChangeRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeRequestTemplateTest {

    static final Path SHIPPED = Path.of(System.getProperty("user.dir")).resolve("loaders/change-request-template.xlsx");
    static final ChangeRequestMapping MAPPING = Mappings.shipped().changeRequest(null);

    @TempDir
    Path dir;

    @BeforeAll
    static void limits() {
        WorkbookLimits.DEFAULTS.apply();
    }

    @Test
    void theShippedTemplateReadsWithTheShippedMappingAsNoOperationAndNoProblem() throws Exception {
        byte[] before = Files.readAllBytes(SHIPPED);

        WorkbookChangeRequest read = ChangeRequestSheets.read(SHIPPED.toString(), SHIPPED, MAPPING, 1000);

        assertThat(Files.readAllBytes(SHIPPED)).isEqualTo(before);
        assertThat(read.operations()).isEmpty();
        assertThat(read.problems()).isEmpty();
        assertThat(read.header(RequestField.TITLE).text()).isNull();
        assertThat(read.header(RequestField.TITLE).where()).isEqualTo("sheet 'Demande', row 2, column 'Titre' (B)");
    }

    @Test
    void theOperationColumnOffersEveryLabelOfTheMappingAndTheEquivalenceColumnItsWords() throws Exception {
        try (Opened opened = new Opened(SHIPPED)) {
            XSSFWorkbook wb = opened.workbook;
            List<XSSFDataValidation> validations = wb.getSheet("Opérations").getDataValidations();
            assertThat(validations).extracting(v -> v.getValidationConstraint().getFormula1())
                    .containsExactlyInAnyOrder("Listes!$A$1:$A$" + MAPPING.operations().size(), "Listes!$B$1:$B$10");
            assertThat(column(wb.getSheet("Listes"), 0)).containsExactlyElementsOf(MAPPING.operations().stream()
                    .map(OperationLabel::label).toList());
            assertThat(column(wb.getSheet("Listes"), 1)).contains("Lié", "Équivalent", "Plus large");
            assertThat(wb.isSheetHidden(wb.getSheetIndex("Listes"))).isTrue();
            assertThat(column(wb.getSheet("Instructions"), 0)).contains("Retrait", "Ajout au JDV",
                    "Ajout d'une correspondance", "Code de remplacement", "Groupe de travail");
            assertThat(text(wb.getSheet("Opérations").getRow(1))).containsExactlyElementsOf(MAPPING.rows().all().stream()
                    .map(SheetMapping.Column::title).toList());
        }
    }

    @Test
    void theShippedTemplateHoldsWhatTheGeneratorWritesFromTheMapping() throws Exception {
        Path fresh = Workbooks.save(ChangeRequestTemplate.build(MAPPING), dir.resolve("template.xlsx"));

        try (Opened shipped = new Opened(SHIPPED); Opened generated = new Opened(fresh)) {
            assertThat(shipped.workbook.getNumberOfSheets()).isEqualTo(generated.workbook.getNumberOfSheets());
            for (int i = 0; i < generated.workbook.getNumberOfSheets(); i++) {
                Sheet expected = generated.workbook.getSheetAt(i);
                Sheet actual = shipped.workbook.getSheetAt(i);
                assertThat(actual.getSheetName()).isEqualTo(expected.getSheetName());
                assertThat(cells(actual)).as(expected.getSheetName()).isEqualTo(cells(expected));
            }
            assertThat(shipped.workbook.getSheet("Opérations").getDataValidations()).extracting(v ->
                    v.getValidationConstraint().getFormula1()).containsExactlyElementsOf(generated.workbook
                    .getSheet("Opérations").getDataValidations().stream().map(v -> v.getValidationConstraint()
                            .getFormula1()).toList());
        }
    }

    static List<String> column(Sheet sheet, int column) {
        List<String> values = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getCell(column) != null) {
                values.add(new DataFormatter().formatCellValue(row.getCell(column)));
            }
        }
        return values;
    }

    static List<String> text(Row row) {
        List<String> values = new ArrayList<>();
        row.forEach(cell -> values.add(new DataFormatter().formatCellValue(cell)));
        return values;
    }

    static List<List<String>> cells(Sheet sheet) {
        List<List<String>> all = new ArrayList<>();
        for (Row row : sheet) {
            all.add(List.of(String.valueOf(row.getRowNum()), String.join("|", text(row))));
        }
        return all;
    }

    /** Read only: a workbook opened from a File is saved back on close. */
    static final class Opened implements AutoCloseable {
        final OPCPackage pkg;
        final XSSFWorkbook workbook;

        Opened(Path file) throws Exception {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            workbook = new XSSFWorkbook(pkg);
        }

        @Override
        public void close() throws Exception {
            workbook.close();
            pkg.revert();
        }
    }
}
