package fr.ror.nomenclator.loaders.sheets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.loaders.sheets.SheetMapping.Column;
import fr.ror.nomenclator.loaders.sheets.SheetMapping.HeaderField;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a CodeSystem version as an xlsx workbook or a CSV file in a mapping's layout, so that it
 * reads back with the same mapping: the metadata sheet (xlsx), the rows above the header row (a
 * banner naming the version), the header row, one row per concept. Dates written with the NOS
 * {@code +01:00} are date cells; other dates keep their FHIR text, so nothing shifts on the way
 * back. The xlsx is written in streaming mode (SXSSF): a large version never sits whole in memory
 * as cells.
 */
public final class SpreadsheetExport {

    private static final Pattern NOS_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2})\\+01:00");

    private SpreadsheetExport() {
    }

    /** @param omitted what the mapping has no column for, counted ("12 designations (use …)") */
    public record Result(byte[] content, int rows, Map<String, Integer> omitted) {
    }

    public static Result xlsx(SheetMapping mapping, ObjectNode codeSystem) {
        ConceptCells cells = new ConceptCells(mapping);
        List<Column> columns = mapping.concepts().columns().all();
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            Styles styles = new Styles(workbook);
            mapping.metadata().ifPresent(meta -> metadataSheet(workbook, meta, codeSystem, styles));
            Sheet sheet = workbook.createSheet(sheetName(mapping));
            int headerIndex = mapping.concepts().headerRow() - 1;
            if (headerIndex > 0) {
                Cell banner = sheet.createRow(0).createCell(0);
                banner.setCellValue(banner(codeSystem));
                banner.setCellStyle(styles.bold);
                if (columns.size() > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns.size() - 1));
                }
            }
            Row header = sheet.createRow(headerIndex);
            for (int i = 0; i < columns.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(columns.get(i).title());
                cell.setCellStyle(styles.bold);
                sheet.setColumnWidth(i, width(columns.get(i)));
            }
            int[] next = {headerIndex + 1};
            cells.each(codeSystem, line -> {
                Row row = sheet.createRow(next[0]++);
                for (int i = 0; i < columns.size(); i++) {
                    String value = line.values().get(columns.get(i));
                    if (value != null) {
                        write(row.createCell(i), value, isDate(mapping, columns.get(i)), styles);
                    }
                }
            });
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return new Result(out.toByteArray(), next[0] - headerIndex - 1, cells.omitted());
        } catch (IOException e) {
            throw new UncheckedIOException("The workbook cannot be written", e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException ignored) {
                // temporary files are already disposed of
            }
        }
    }

    public static Result csv(SheetMapping mapping, ObjectNode codeSystem) {
        ConceptCells cells = new ConceptCells(mapping);
        List<Column> columns = mapping.concepts().columns().all();
        char delimiter = mapping.csv().delimiter() == null ? ';' : mapping.csv().delimiter();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int[] rows = {0};
        try (OutputStream out = bytes;
             CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                     CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setRecordSeparator("\r\n").get())) {
            if (mapping.csv().bom()) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            for (int i = 1; i < mapping.concepts().headerRow(); i++) {
                csv.printRecord(i == 1 ? List.of(banner(codeSystem)) : List.of());
            }
            csv.printRecord(columns.stream().map(Column::title).toList());
            cells.each(codeSystem, line -> {
                List<String> record = new ArrayList<>(Collections.nCopies(columns.size(), ""));
                for (int i = 0; i < columns.size(); i++) {
                    String value = line.values().get(columns.get(i));
                    record.set(i, value == null ? "" : value);
                }
                try {
                    csv.printRecord(record);
                    rows[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("The CSV cannot be written", e);
        }
        return new Result(bytes.toByteArray(), rows[0], cells.omitted());
    }

    private static void metadataSheet(SXSSFWorkbook workbook, SheetMapping.MetadataSheet meta, JsonNode cs, Styles styles) {
        Sheet sheet = workbook.createSheet(meta.sheet());
        sheet.setColumnWidth(0, 22 * 256);
        sheet.setColumnWidth(1, 100 * 256);
        Row title = sheet.createRow(0);
        title.createCell(0).setCellValue("Champ");
        title.createCell(1).setCellValue("Valeur");
        title.getCell(0).setCellStyle(styles.bold);
        title.getCell(1).setCellStyle(styles.bold);
        Map<HeaderField, String> values = headerValues(cs);
        int r = 1;
        for (HeaderField field : HeaderField.values()) {
            String label = meta.fields().get(field);
            if (label == null) {
                continue;
            }
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(label);
            String value = values.get(field);
            if (value != null) {
                write(row.createCell(1), value, field == HeaderField.DATE, styles);
            }
        }
    }

    static Map<HeaderField, String> headerValues(JsonNode cs) {
        Map<HeaderField, String> values = new EnumMap<>(HeaderField.class);
        put(values, HeaderField.URL, cs.path("url"));
        put(values, HeaderField.VERSION, cs.path("version"));
        put(values, HeaderField.NAME, cs.path("name"));
        put(values, HeaderField.TITLE, cs.path("title"));
        put(values, HeaderField.STATUS, cs.path("status"));
        put(values, HeaderField.DATE, cs.path("date"));
        put(values, HeaderField.DESCRIPTION, cs.path("description"));
        put(values, HeaderField.PUBLISHER, cs.path("publisher"));
        for (JsonNode id : cs.path("identifier")) {
            String value = id.path("value").asText("");
            if (value.startsWith("urn:oid:")) {
                values.put(HeaderField.OID, value.substring("urn:oid:".length()));
                break;
            }
        }
        return values;
    }

    private static void put(Map<HeaderField, String> values, HeaderField field, JsonNode node) {
        if (node.isValueNode()) {
            values.put(field, node.asText());
        }
    }

    private static boolean isDate(SheetMapping mapping, Column column) {
        SheetMapping.Columns c = mapping.concepts().columns();
        return column == c.dateValid() || column == c.dateFin() || column == c.dateMaj()
                || c.properties().stream().anyMatch(p -> p.column() == column && p.type() == SheetMapping.PropertyType.DATE_TIME);
    }

    private static void write(Cell cell, String value, boolean date, Styles styles) {
        Matcher nos = NOS_DATE.matcher(value);
        if (date && nos.matches()) {
            cell.setCellValue(LocalDateTime.parse(nos.group(1)));
            cell.setCellStyle(styles.date);
        } else {
            cell.setCellValue(value);
        }
    }

    private static String banner(JsonNode cs) {
        String name = cs.path("title").asText(cs.path("name").asText(cs.path("url").asText()));
        return name + " — version " + cs.path("version").asText() + " (" + cs.path("url").asText() + ")";
    }

    static String sheetName(SheetMapping mapping) {
        return mapping.concepts().sheet() == null ? "Concepts" : mapping.concepts().sheet();
    }

    private static int width(Column column) {
        String key = column.key();
        if (key.endsWith(".display") || key.endsWith(".definition") || key.contains("designations")) {
            return 50 * 256;
        }
        return key.endsWith(".code") ? 14 * 256 : 22 * 256;
    }

    /** The few cell styles a workbook needs, made once (a workbook holds at most 64,000). */
    static final class Styles {
        final CellStyle bold;
        final CellStyle date;

        Styles(SXSSFWorkbook workbook) {
            Font font = workbook.createFont();
            font.setBold(true);
            bold = workbook.createCellStyle();
            bold.setFont(font);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
        }
    }
}
