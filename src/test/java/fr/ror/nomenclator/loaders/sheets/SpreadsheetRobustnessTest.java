package fr.ror.nomenclator.loaders.sheets;

import static fr.ror.nomenclator.loaders.sheets.Workbooks.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.loaders.LoadError;
import fr.ror.nomenclator.loaders.LoadException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What real working-group workbooks and CSV files throw at the reader (issue 5, item 5). */
class SpreadsheetRobustnessTest {

    static final String URL = "https://mos.esante.gouv.fr/NOS/TRE_X-Test/FHIR/TRE-X-Test";
    static final SheetMapping MAPPING = Mappings.shipped().resolve("working-group");

    final SpreadsheetImport sheets = new SpreadsheetImport(SpreadsheetImport.DEFAULT_MAX_ROWS);

    @TempDir
    Path dir;

    @BeforeAll
    static void limits() {
        WorkbookLimits.DEFAULTS.apply();
    }

    ObjectNode read(XSSFWorkbook workbook) {
        Path file = Workbooks.save(workbook, dir.resolve("wb-" + System.nanoTime() + ".xlsx"));
        return sheets.xlsx(file.toString(), file, MAPPING, Map.of());
    }

    static JsonNode concept(ObjectNode cs, String code) {
        for (JsonNode c : cs.path("concept")) {
            if (c.path("code").asText().equals(code)) {
                return c;
            }
        }
        throw new AssertionError("no concept " + code + " in " + cs);
    }

    static List<String> codes(ObjectNode cs) {
        List<String> codes = new java.util.ArrayList<>();
        cs.path("concept").forEach(c -> codes.add(c.path("code").asText()));
        return codes;
    }

    static String property(JsonNode concept, String code) {
        for (JsonNode p : concept.path("property")) {
            if (p.path("code").asText().equals(code)) {
                return p.path("valueDateTime").asText(p.path("valueCode").asText(p.path("valueString").asText()));
            }
        }
        return null;
    }

    @Test
    void mergedCellsGiveEveryCellOfTheRegionTheValueOfItsTopLeftCell() {
        XSSFWorkbook wb = Workbooks.workingGroup(URL, "1", List.of(
                row("P", "Parent"), row("A", "Enfant A", null, null, null, "P"), row("B", "Enfant B"), row("C", "Enfant C")));
        Sheet concepts = wb.getSheet("Concepts");
        concepts.addMergedRegion(new CellRangeAddress(0, 0, 0, 11)); // the banner over the header
        concepts.addMergedRegion(new CellRangeAddress(3, 5, 5, 5)); // "Code parent" P for A, B and C

        ObjectNode cs = read(wb);

        assertThat(cs.path("concept")).hasSize(4);
        for (String child : List.of("A", "B", "C")) {
            assertThat(property(concept(cs, child), "parent")).as(child).isEqualTo("P");
        }
        assertThat(property(concept(cs, "P"), "parent")).isNull();
    }

    @Test
    void emptyRowsAreSkipped() {
        XSSFWorkbook wb = Workbooks.workingGroup(URL, "1", List.of(row("A", "Un"), row(), row("", " "), row("B", "Deux")));
        wb.getSheet("Concepts").createRow(40).createCell(3).setCellValue("   ");
        Workbooks.fill(wb, wb.getSheet("Concepts"), 41, row("C", "Trois"));

        ObjectNode cs = read(wb);

        assertThat(SpreadsheetRobustnessTest.codes(cs)).containsExactly("A", "B", "C");
    }

    @Test
    void formulasAreReadAsTheirCachedValues() {
        XSSFWorkbook wb = Workbooks.workingGroup(URL, "1", List.of(
                row("A", "Accueil"), row("B", "=B3&\" de jour\"", "=LEFT(B3,3)")));
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();

        ObjectNode cs = read(wb);

        JsonNode b = concept(cs, "B");
        assertThat(b.path("display").asText()).isEqualTo("Accueil de jour");
        assertThat(b.path("designation").get(0).path("value").asText()).isEqualTo("Acc");
    }

    @Test
    void aFormulaSavedWithoutItsResultIsAClearErrorNamingTheCell() {
        XSSFWorkbook wb = Workbooks.workingGroup(URL, "1", List.of(row("A", "Accueil"), row("B", "=B3&\"!\"")));

        assertThatThrownBy(() -> read(wb)).isInstanceOf(LoadException.class)
                .hasMessageContaining("sheet 'Concepts', row 4, column 'Libellé' (B)")
                .hasMessageContaining("saved without its result")
                .extracting(e -> ((LoadException) e).error()).isEqualTo(LoadError.INVALID_CELL);
    }

    @Test
    void datesAsDateCellsNumbersOrTextAllReadAsTheSameDate() {
        LocalDateTime day = LocalDateTime.of(2024, 1, 15, 0, 0);
        double serial = org.apache.poi.ss.usermodel.DateUtil.getExcelDate(day);
        XSSFWorkbook wb = Workbooks.workingGroup(URL, "1", List.of(
                row("A", "Date cell", null, null, null, null, day),
                row("B", "Serial number", null, null, null, null, serial),
                row("C", "ISO text", null, null, null, null, "2024-01-15"),
                row("D", "French text", null, null, null, null, "15/01/2024"),
                row("E", "NOS text", null, null, null, null, "20240115000000"),
                row("F", "FHIR text", null, null, null, null, "2024-01-15T00:00:00+01:00")));

        ObjectNode cs = read(wb);

        for (String code : List.of("A", "B", "C", "D", "E", "F")) {
            assertThat(property(concept(cs, code), "dateValid")).as(code).isEqualTo("2024-01-15T00:00:00+01:00");
        }
    }

    @Test
    void aDateThatIsNotOneIsAClearErrorNamingSheetRowAndColumn() {
        XSSFWorkbook wb = Workbooks.workingGroup(URL, "1", List.of(row("A", "Un"),
                row("B", "Deux", null, null, null, null, null, "31/02/2024")));

        assertThatThrownBy(() -> read(wb)).isInstanceOf(LoadException.class)
                .hasMessageContaining("sheet 'Concepts', row 4, column 'Date de fin de validité' (H): '31/02/2024' is not a valid date");
    }

    @Test
    void accentsAreKeptAndTypedCombiningAccentsReadAsComposedLetters() {
        String decomposed = "Re\u0301e\u0301ducation fonctionnelle a\u0300 l'ho\u0302pital";
        XSSFWorkbook wb = Workbooks.workingGroup(URL, "1", List.of(row("É1", decomposed, "Rééduc. ŒIL ç")));

        ObjectNode cs = read(wb);

        JsonNode c = concept(cs, "É1");
        assertThat(c.path("display").asText()).isEqualTo("Rééducation fonctionnelle à l'hôpital");
        assertThat(c.path("designation").get(0).path("value").asText()).isEqualTo("Rééduc. ŒIL ç");
    }

    @Test
    void accentsOfCsvFilesInUtf8WithOrWithoutBomAndInWindows1252AllRead() {
        String text = "banner\r\nCode;Libellé;Libellé court\r\nA;Hôpital de jour;Accueil spécialisé\r\n";
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        byte[] windows = text.getBytes(Charset.forName("windows-1252"));

        for (byte[] content : List.of(utf8, bom, windows)) {
            ObjectNode cs = sheets.csv("concepts.csv", content, MAPPING, Map.of(SheetMapping.HeaderField.URL, URL,
                    SheetMapping.HeaderField.VERSION, "1"));
            assertThat(concept(cs, "A").path("display").asText()).isEqualTo("Hôpital de jour");
            assertThat(concept(cs, "A").path("designation").get(0).path("value").asText()).isEqualTo("Accueil spécialisé");
        }
    }

    @Test
    void csvFilesSeparatedByCommasReadToo() {
        String text = "banner\nCode,Libellé\nA,\"Un, deux\"\n";

        ObjectNode cs = sheets.csv("c.csv", text.getBytes(StandardCharsets.UTF_8), MAPPING,
                Map.of(SheetMapping.HeaderField.URL, URL, SheetMapping.HeaderField.VERSION, "1"));

        assertThat(concept(cs, "A").path("display").asText()).isEqualTo("Un, deux");
    }

    @Test
    void aHundredThousandRowSheetIsReadInStreamingMode() throws IOException {
        Path file = hundredThousandRows(dir.resolve("big.xlsx"));

        List<ConceptRow> rows = sheets.xlsxRows(file.toString(), file, MAPPING);

        assertThat(rows).hasSize(100_000);
        assertThat(rows.get(99_999).code()).isEqualTo("C099999");
        assertThat(rows.get(99_999).row()).isEqualTo(100_002);
        assertThat(rows.get(12_345).dateValid()).isEqualTo("2024-01-15T00:00:00+01:00");
    }

    /** A 4 MB workbook of 100,000 concepts is some 60 MB of FHIR JSON: the size limit is the file's, not its JSON's. */
    @Test
    void aWorkbookBecomesOneCodeSystemWhateverTheSizeOfItsJson() {
        XSSFWorkbook wb = Workbooks.workingGroup(URL, "1", List.of(row("A", "Un ".repeat(400)), row("B", "Deux ".repeat(400))));
        ObjectNode cs = read(wb);
        var smallLimit = new fr.ror.nomenclator.loaders.FhirResourceReader(
                fr.ror.nomenclator.loaders.FhirResourceReader.withDefaults().fhirContext(), 1024);

        assertThat(smallLimit.normalise("book.xlsx", cs).path("concept")).hasSize(2);
    }

    /** A working-group sheet of 100,000 concepts, written in streaming mode (SXSSF). */
    static Path hundredThousandRows(Path file) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            var date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            var sheet = wb.createSheet("Concepts");
            sheet.createRow(0).createCell(0).setCellValue("Grande nomenclature");
            var header = sheet.createRow(1);
            for (int c = 0; c < Workbooks.WORKING_GROUP_HEADER.size(); c++) {
                header.createCell(c).setCellValue(Workbooks.WORKING_GROUP_HEADER.get(c));
            }
            LocalDateTime day = LocalDateTime.of(2024, 1, 15, 0, 0);
            for (int i = 0; i < 100_000; i++) {
                var row = sheet.createRow(i + 2);
                row.createCell(0).setCellValue(String.format("C%06d", i));
                row.createCell(1).setCellValue("Activité opérationnelle numéro " + i);
                row.createCell(2).setCellValue("Activité " + i);
                row.createCell(3).setCellValue("Activité opérationnelle adaptée " + i);
                var valid = row.createCell(6);
                valid.setCellValue(day);
                valid.setCellStyle(date);
                row.createCell(9).setCellValue("actif");
            }
            wb.write(out);
            wb.dispose();
        }
        return file;
    }

    @Test
    void aZipBombIsRefused() throws IOException {
        Path small = Workbooks.save(Workbooks.workingGroup(URL, "1", List.of(row("A", "Un"))), dir.resolve("small.xlsx"));
        Path bomb = dir.resolve("bomb.xlsx");
        // 60 MB of spaces inside the sheet's XML: it compresses about a thousand times.
        rewrite(small, bomb, "xl/worksheets/sheet2.xml", xml -> xml.replace("<sheetData>", " ".repeat(60_000_000) + "<sheetData>"));
        assertThat(Files.size(bomb)).isLessThan(1_000_000);

        assertThatThrownBy(() -> sheets.xlsx(bomb.toString(), bomb, MAPPING, Map.of()))
                .isInstanceOf(LoadException.class).hasMessageContaining("zip bomb")
                .extracting(e -> ((LoadException) e).error()).isEqualTo(LoadError.UNSAFE_ARCHIVE);
    }

    @Test
    void aWorkbookWhoseXmlDeclaresADoctypeIsRefused() throws IOException {
        Path small = Workbooks.save(Workbooks.workingGroup(URL, "1", List.of(row("A", "Un"))), dir.resolve("small.xlsx"));
        Path evil = dir.resolve("doctype.xlsx");
        rewrite(small, evil, "xl/worksheets/sheet2.xml", xml -> xml.replaceFirst("\\?>",
                "?><!DOCTYPE worksheet [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"));

        assertThatThrownBy(() -> sheets.xlsx(evil.toString(), evil, MAPPING, Map.of()))
                .isInstanceOf(LoadException.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void aWorkbookWithExternalLinksIsRefused() throws IOException {
        XSSFWorkbook other = new XSSFWorkbook();
        other.createSheet("Codes").createRow(0).createCell(0).setCellValue("X");
        XSSFWorkbook wb = Workbooks.workingGroup(URL, "1", List.of(row("A", "Un")));
        wb.linkExternalWorkbook("codes.xlsx", other);
        Workbooks.fill(wb, wb.getSheet("Concepts"), 3, row("B", "=[codes.xlsx]Codes!A1"));
        Path file = Workbooks.save(wb, dir.resolve("linked.xlsx"));

        assertThatThrownBy(() -> sheets.xlsx(file.toString(), file, MAPPING, Map.of()))
                .isInstanceOf(LoadException.class).hasMessageContaining("external links")
                .extracting(e -> ((LoadException) e).error()).isEqualTo(LoadError.UNSAFE_ARCHIVE);
    }

    @Test
    void aMissingColumnIsAClearErrorNamingSheetRowAndColumn() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet concepts = wb.createSheet("Concepts");
        Workbooks.fill(wb, concepts, 1, row("Code", "Libellé court"));
        Workbooks.fill(wb, concepts, 2, row("A", "Un"));

        assertThatThrownBy(() -> read(wb)).isInstanceOf(LoadException.class)
                .hasMessageContaining("sheet 'Concepts', row 2 (the header row): no column 'Libellé'")
                .hasMessageContaining("concepts.columns.display of the mapping working-group")
                .hasMessageContaining("the columns are: Code, Libellé court")
                .extracting(e -> ((LoadException) e).error()).isEqualTo(LoadError.MISSING_COLUMN);
    }

    @Test
    void aWrongColumnIsAClearErrorNamingSheetRowAndColumn() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet concepts = wb.createSheet("Concepts");
        Workbooks.fill(wb, concepts, 1, row("Code", "Libellé", "Date de fn"));
        Workbooks.fill(wb, concepts, 2, row("A", "Un", "2024-01-01"));

        assertThatThrownBy(() -> read(wb)).isInstanceOf(LoadException.class)
                .hasMessageContaining("sheet 'Concepts', row 2 (the header row), column C: 'Date de fn' is not a column of "
                        + "the mapping working-group");
    }

    @Test
    void aMissingSheetIsAClearErrorNamingIt() {
        XSSFWorkbook wb = new XSSFWorkbook();
        wb.createSheet("Feuil1");

        assertThatThrownBy(() -> read(wb)).isInstanceOf(LoadException.class)
                .hasMessageContaining("no sheet 'Concepts' (sheets: Feuil1)");
    }

    @Test
    void aRowWithoutCodeOrACodeTwiceIsAClearErrorNamingTheRows() {
        assertThatThrownBy(() -> read(Workbooks.workingGroup(URL, "1", List.of(row("A", "Un"), row(null, "Deux")))))
                .hasMessageContaining("sheet 'Concepts', row 4, column 'Code' (A) is empty: every concept needs a code");
        assertThatThrownBy(() -> read(Workbooks.workingGroup(URL, "1", List.of(row("A", "Un"), row("B", "Deux"), row("A", "Trois")))))
                .hasMessageContaining("sheet 'Concepts', row 5: the code 'A' is already on row 3")
                .extracting(e -> ((LoadException) e).error()).isEqualTo(LoadError.DUPLICATE_CODE);
    }

    @Test
    void aWorkbookWithoutVersionSaysWhereToGiveIt() {
        XSSFWorkbook wb = Workbooks.workingGroup(URL, "", List.of(row("A", "Un")));

        assertThatThrownBy(() -> read(wb)).hasMessageContaining("the spreadsheet gives no version")
                .extracting(e -> ((LoadException) e).error()).isEqualTo(LoadError.MISSING_HEADER);
    }

    @Test
    void anOldXlsWorkbookOrAnythingElseIsNotReadAsXlsx() throws IOException {
        Path notXlsx = Files.writeString(dir.resolve("fake.xlsx"), "Code;Libellé\n");

        assertThatThrownBy(() -> sheets.xlsx(notXlsx.toString(), notXlsx, MAPPING, Map.of()))
                .isInstanceOf(LoadException.class).hasMessageContaining("not a readable xlsx workbook");
    }

    /** Copies a zip, changing one entry's text. */
    static void rewrite(Path from, Path to, String entry, java.util.function.UnaryOperator<String> change) throws IOException {
        try (ZipFile zip = new ZipFile(from.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                byte[] content;
                try (InputStream in = zip.getInputStream(e)) {
                    content = in.readAllBytes();
                }
                if (e.getName().equals(entry)) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
    }

    static byte[] bytes(ByteArrayOutputStream out) {
        return out.toByteArray();
    }
}
