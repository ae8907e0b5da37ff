package fr.ror.nomenclator.loaders.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Small workbooks for tests, written with POI's ordinary (DOM) API. */
final class Workbooks {

    static final List<String> WORKING_GROUP_HEADER = List.of("Code", "Libellé", "Libellé court", "Libellé adapté",
            "Définition", "Code parent", "Date de début de validité", "Date de fin de validité", "Date de mise à jour",
            "Statut", "Remplacé par", "Commentaire");

    private Workbooks() {
    }

    /** A workbook in the working-group layout: metadata sheet, banner row, header row, then the rows given. */
    static XSSFWorkbook workingGroup(String url, String version, List<List<Object>> rows) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet meta = workbook.createSheet("Nomenclature");
        String[][] fields = {{"Champ", "Valeur"}, {"URL canonique", url}, {"Version", version}, {"Nom", "TRE_X-Test"},
                {"Statut", "draft"}};
        for (int i = 0; i < fields.length; i++) {
            Row row = meta.createRow(i);
            row.createCell(0).setCellValue(fields[i][0]);
            row.createCell(1).setCellValue(fields[i][1]);
        }
        Sheet concepts = workbook.createSheet("Concepts");
        concepts.createRow(0).createCell(0).setCellValue("TRE_X-Test");
        fill(workbook, concepts, 1, WORKING_GROUP_HEADER.stream().map(o -> (Object) o).toList());
        for (int i = 0; i < rows.size(); i++) {
            fill(workbook, concepts, 2 + i, rows.get(i));
        }
        return workbook;
    }

    /** Fills a row: strings, numbers, booleans, dates (date-formatted), and "=…" strings as formulas. */
    static void fill(XSSFWorkbook workbook, Sheet sheet, int index, List<Object> values) {
        Row row = sheet.getRow(index) == null ? sheet.createRow(index) : sheet.getRow(index);
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            if (value instanceof String s && s.startsWith("=")) {
                cell.setCellFormula(s.substring(1));
            } else if (value instanceof String s) {
                cell.setCellValue(s);
            } else if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (value instanceof Boolean b) {
                cell.setCellValue(b);
            } else if (value instanceof LocalDateTime d) {
                cell.setCellValue(d);
                CellStyle style = workbook.createCellStyle();
                style.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
                cell.setCellStyle(style);
            }
        }
    }

    static Path save(XSSFWorkbook workbook, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
            workbook.close();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A row of the working-group layout: code, display, then the other columns in order. */
    static List<Object> row(Object... values) {
        return java.util.Arrays.asList(values);
    }
}
