package fr.ror.nomenclator.loaders.sheets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.terminology.ChangeKind;
import fr.ror.nomenclator.terminology.Changelog;
import fr.ror.nomenclator.terminology.ConceptChange;
import fr.ror.nomenclator.terminology.FieldChange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A {@link Changelog} for offline review: an xlsx workbook (a summary sheet, then one row per
 * changed field), the same rows as CSV, or JSON. Labels are in French, the working groups' words.
 */
public final class ChangelogExport {

    static final List<String> COLUMNS = List.of("Changement", "Système", "Code", "Libellé avant", "Libellé après",
            "Élément", "Avant", "Après");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ChangelogExport() {
    }

    /** The working groups' word for each kind of change. */
    public static String label(ChangeKind kind) {
        return switch (kind) {
            case ADDED -> "Ajouté";
            case RETIRED -> "Retiré";
            case REACTIVATED -> "Réactivé";
            case DEPRECATED -> "Déprécié";
            case DISPLAY_CHANGED -> "Libellé modifié";
            case DISPLAY_CORRECTED -> "Libellé corrigé (mineur)";
            case MOVED -> "Déplacé dans la hiérarchie";
            case OTHER_CHANGED -> "Autre modification";
            case REMOVED -> "Supprimé";
        };
    }

    public static byte[] xlsx(Changelog log) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            SpreadsheetExport.Styles styles = new SpreadsheetExport.Styles(workbook);
            Sheet summary = workbook.createSheet("Résumé");
            summary.setColumnWidth(0, 26 * 256);
            summary.setColumnWidth(1, 100 * 256);
            List<String[]> lines = new ArrayList<>();
            lines.add(new String[] {"Nomenclature", log.url()});
            lines.add(new String[] {"Type", log.kind().fhirType()});
            lines.add(new String[] {"Version de départ", log.fromVersion()});
            lines.add(new String[] {"Version d'arrivée", log.toVersion()});
            log.counts().forEach((kind, count) -> lines.add(new String[] {label(kind), Integer.toString(count)}));
            for (int i = 0; i < lines.size(); i++) {
                Row row = summary.createRow(i);
                row.createCell(0).setCellValue(lines.get(i)[0]);
                row.getCell(0).setCellStyle(styles.bold);
                Cell value = row.createCell(1);
                if (i >= 4) {
                    value.setCellValue(Integer.parseInt(lines.get(i)[1]));
                } else if (lines.get(i)[1] != null) {
                    value.setCellValue(lines.get(i)[1]);
                }
            }
            Sheet changes = workbook.createSheet("Changements");
            int[] widths = {20, 40, 16, 45, 45, 28, 45, 45};
            Row header = changes.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(COLUMNS.get(i));
                header.getCell(i).setCellStyle(styles.bold);
                changes.setColumnWidth(i, widths[i] * 256);
            }
            int r = 1;
            for (List<String> line : rows(log)) {
                Row row = changes.createRow(r++);
                for (int i = 0; i < line.size(); i++) {
                    if (line.get(i) != null) {
                        row.createCell(i).setCellValue(line.get(i));
                    }
                }
            }
            changes.createFreezePane(0, 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The changelog workbook cannot be written", e);
        } finally {
            workbook.dispose();
        }
    }

    public static byte[] csv(Changelog log) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get())) {
            csv.printRecord(COLUMNS);
            for (List<String> line : rows(log)) {
                csv.printRecord(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static byte[] json(Changelog log) {
        ObjectNode root = JSON.createObjectNode();
        root.put("kind", log.kind().fhirType());
        root.put("url", log.url());
        root.put("fromVersion", log.fromVersion());
        root.put("toVersion", log.toVersion());
        ObjectNode counts = root.putObject("counts");
        log.counts().forEach((kind, count) -> counts.put(kind.name().toLowerCase(java.util.Locale.ROOT), count));
        ArrayNode changes = root.putArray("changes");
        for (ConceptChange c : log.changes()) {
            ObjectNode change = changes.addObject();
            change.put("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT));
            if (c.system() != null) {
                change.put("system", c.system());
            }
            change.put("code", c.code());
            change.put("displayBefore", c.displayBefore());
            change.put("displayAfter", c.displayAfter());
            ArrayNode fields = change.putArray("fields");
            for (FieldChange f : c.fields()) {
                fields.addObject().put("field", f.field()).put("before", f.before()).put("after", f.after());
            }
        }
        try {
            return (JSON.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One line per changed field; an added or removed entry is one line. */
    static List<List<String>> rows(Changelog log) {
        List<List<String>> rows = new ArrayList<>();
        for (ConceptChange c : log.changes()) {
            if (c.fields().isEmpty()) {
                rows.add(Arrays.asList(label(c.kind()), c.system(), c.code(), c.displayBefore(), c.displayAfter(), null,
                        null, null));
            }
            for (FieldChange f : c.fields()) {
                rows.add(Arrays.asList(label(c.kind()), c.system(), c.code(), c.displayBefore(), c.displayAfter(),
                        f.field(), f.before(), f.after()));
            }
        }
        return rows;
    }

    /** The counts as one line for logs and summaries. */
    public static String summary(Map<ChangeKind, Integer> counts) {
        StringBuilder text = new StringBuilder();
        counts.forEach((kind, count) -> text.append(text.length() == 0 ? "" : ", ").append(count).append(' ')
                .append(kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
        return text.toString();
    }
}
