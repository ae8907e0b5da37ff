package fr.ror.nomenclator.loaders.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ror.nomenclator.loaders.CellProblem;
import fr.ror.nomenclator.loaders.LoadError;
import fr.ror.nomenclator.loaders.LoadException;
import fr.ror.nomenclator.loaders.OperationField;
import fr.ror.nomenclator.loaders.OperationRow;
import fr.ror.nomenclator.loaders.RequestField;
import fr.ror.nomenclator.loaders.WorkbookChangeRequest;
import fr.ror.nomenclator.support.ChangeRequestBook;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading change-request workbooks with the shipped layout: rows, fields, and every problem at once. */
class ChangeRequestSheetsTest {

    static final ChangeRequestMapping MAPPING = Mappings.shipped().changeRequest(null);

    @TempDir
    Path dir;

    @BeforeAll
    static void limits() {
        WorkbookLimits.DEFAULTS.apply();
    }

    WorkbookChangeRequest read(XSSFWorkbook workbook) {
        Path file = Workbooks.save(workbook, dir.resolve("demande.xlsx"));
        return ChangeRequestSheets.read("demande.xlsx", file, MAPPING, 1000);
    }

    @Test
    void eachRowIsTheOperationItsLabelNamesWithTheFieldsGiven() {
        WorkbookChangeRequest read = read(ChangeRequestBook.medicoSocial("Retrait")
                .row("Opération", "retrait", "Nomenclature", "TRE_R211", "Code", "393", "Code de remplacement",
                        "511; 512", "Motif", "fusion")
                .row("Opération", "Modification du libellé court", "Nomenclature", "TRE_R211", "Code", "511",
                        "Libellé", "Accueil spécialisé")
                .row("Opération", "Ajout d'une correspondance", "ASS", "ASS_A14", "Code", "058", "Code cible", "511",
                        "Équivalence", "plus large")
                .workbook());

        assertThat(read.problems()).isEmpty();
        assertThat(read.header(RequestField.WORKING_GROUP).text()).isEqualTo("gt-medico-social");
        assertThat(read.header(RequestField.TARGET_RELEASE).text()).isEqualTo("2027-01");
        assertThat(read.operations()).extracting(OperationRow::kind)
                .containsExactly("retire", "change-designation", "add-mapping");
        OperationRow retire = read.operations().get(0);
        assertThat(retire.row()).isEqualTo(3);
        assertThat(retire.label()).isEqualTo("Retrait");
        assertThat(retire.list(OperationField.REPLACEMENTS)).containsExactly("511", "512");
        assertThat(read.operations().get(1).text(OperationField.DESIGNATION_USE)).hasValue("LibelleCourt");
        assertThat(read.operations().get(2).text(OperationField.EQUIVALENCE)).hasValue("wider");
    }

    @Test
    void everyUnusableCellIsReportedAtOnceNamingSheetRowAndColumn() {
        WorkbookChangeRequest read = read(ChangeRequestBook.medicoSocial("Erreurs")
                .row("Opération", "Supprimer", "Nomenclature", "TRE_R211", "Code", "393")
                .row("Opération", "Retrait", "Nomenclature", "TRE_R211", "Code", "393", "Motif", "m")
                .row("Opération", "Réactivation", "Nomenclature", "TRE_R211", "Code", "393", "Motif", "m",
                        "Code cible", "511")
                .row("Opération", "Ajout d'une correspondance", "ASS", "ASS_A14", "Code", "058", "Code cible", "511",
                        "Équivalence", "à peu près")
                .row("Nomenclature", "TRE_R211", "Code", "394")
                .row("Opération", "Retrait sans remplacement", "Nomenclature", "TRE_R211", "Code", "395", "Motif", "m")
                .workbook());

        assertThat(read.problems()).extracting(CellProblem::toString).containsExactly(
                "sheet 'Opérations', row 3, column 'Opération' (A): 'Supprimer' is not an operation of the mapping"
                        + " change-request; write one of " + labels(),
                "sheet 'Opérations', row 4, column 'Code de remplacement' (G): is empty: 'Retrait' needs it",
                "sheet 'Opérations', row 5, column 'Code cible' (K): 'Réactivation' does not use this column: leave it"
                        + " empty, or choose the operation that does",
                "sheet 'Opérations', row 6, column 'Équivalence' (M): 'à peu près' is not an equivalence; write one of"
                        + " Équivalent (equivalent), Égal (equal), Lié (relatedto), Plus large (wider), Englobe"
                        + " (subsumes), Plus étroit (narrower), Spécialise (specializes), Inexact (inexact),"
                        + " Sans correspondance (unmatched), Disjoint (disjoint)",
                "sheet 'Opérations', row 7, column 'Opération' (A): is empty: each row is one operation, one of "
                        + labels());
        assertThat(read.operations()).singleElement().satisfies(op -> assertThat(op.row()).isEqualTo(8));
    }

    @Test
    void theTargetReleaseIsAMonthWhichADateCellGivesToo() {
        XSSFWorkbook wb = ChangeRequestBook.medicoSocial("Date").field("Version cible", null)
                .row("Opération", "Retrait sans remplacement", "Nomenclature", "TRE_R211", "Code", "395", "Motif", "m")
                .workbook();
        Cell release = wb.getSheet("Demande").getRow(6).createCell(1);
        release.setCellValue(LocalDateTime.of(2027, 3, 1, 0, 0));
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("mmm-yy"));
        release.setCellStyle(date);

        assertThat(read(wb).header(RequestField.TARGET_RELEASE).text()).isEqualTo("2027-03");
        assertThat(read(ChangeRequestBook.medicoSocial("Mois").field("Version cible", "3/2027").workbook())
                .header(RequestField.TARGET_RELEASE).text()).isEqualTo("2027-03");
        assertThat(read(ChangeRequestBook.medicoSocial("Mois").field("Version cible", "2027-13").workbook())
                .problems()).extracting(CellProblem::toString).containsExactly("sheet 'Demande', row 7, column"
                + " 'Version cible' (B): '2027-13' is not a month: there is no month 13 (write it as 2027-01)");
    }

    @Test
    void aMissingOperationSheetOrColumnStopsTheRead() {
        assertThatThrownBy(() -> read(ChangeRequestBook.medicoSocial("Colonnes").columns("Opération", "Code")
                .row("Opération", "Retrait", "Code", "393").workbook()))
                .isInstanceOf(LoadException.class)
                .hasMessageContaining("sheet 'Opérations', row 2 (the header row): no column 'Nomenclature'")
                .extracting(e -> ((LoadException) e).error()).isEqualTo(LoadError.MISSING_COLUMN);
    }

    @Test
    void aLayoutRequiringAFieldWithoutColumnIsRefusedWithItsKey() {
        String yaml = """
                name: layout
                kind: change-request
                request: {sheet: Demande, fields: {title: Titre, workingGroup: Groupe}}
                rows:
                  sheet: Opérations
                  columns: {operation: Opération, code: Code}
                operations:
                  - {label: Retrait, kind: retire, requires: [code, reason]}
                """;

        assertThatThrownBy(() -> ChangeRequestMappingParser.parse("loaders/layout.yaml",
                yaml.getBytes(StandardCharsets.UTF_8))).isInstanceOf(LoadException.class)
                .hasMessage("loaders/layout.yaml: operations[0].requires[1]: 'reason' has no column in rows.columns");
    }

    static String labels() {
        return String.join(", ", MAPPING.operations().stream().map(o -> "'" + o.label() + "'").toList());
    }
}
