package fr.ror.nomenclator.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A change-request workbook written by a test as a working group would fill it in: a Demande sheet
 * of field / value rows and an Opérations sheet with a banner, the column titles on row 2 and one
 * operation per row. Cells are text; "=…" is a formula.
 */
public final class ChangeRequestBook {

    /** The columns of the shipped layout, in the template's order. */
    public static final List<String> COLUMNS = List.of("Opération", "Nomenclature", "Code", "Libellé", "Définition",
            "Code parent", "Code de remplacement", "JDV", "ASS", "Nomenclature cible", "Code cible", "Nouveau code cible",
            "Équivalence", "Propriété", "Valeur", "Motif", "Commentaire");

    private final Map<String, String> header = new LinkedHashMap<>();
    private List<String> columns = COLUMNS;
    private final List<Map<String, String>> rows = new ArrayList<>();
    private String requestSheet = "Demande";

    public ChangeRequestBook field(String title, String value) {
        header.put(title, value);
        return this;
    }

    /** The header of a request to the GT médico-social. */
    public static ChangeRequestBook medicoSocial(String title) {
        return new ChangeRequestBook().field("Titre", title).field("Groupe de travail", "gt-medico-social")
                .field("Justification", "Demande du GT médico-social").field("Base légale", "Instruction DGOS/PF5/2023")
                .field("Organisation demandeuse", "ARS Bretagne").field("Version cible", "2027-01");
    }

    public ChangeRequestBook columns(String... titles) {
        this.columns = List.of(titles);
        return this;
    }

    public ChangeRequestBook requestSheet(String name) {
        this.requestSheet = name;
        return this;
    }

    /** A row given as column title, value, column title, value… */
    public ChangeRequestBook row(String... titlesAndValues) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i + 1 < titlesAndValues.length; i += 2) {
            if (!columns.contains(titlesAndValues[i])) {
                throw new IllegalArgumentException("no column " + titlesAndValues[i] + " in " + columns);
            }
            row.put(titlesAndValues[i], titlesAndValues[i + 1]);
        }
        rows.add(row);
        return this;
    }

    /** A blank row, which the reader skips. */
    public ChangeRequestBook blankRow() {
        rows.add(Map.of());
        return this;
    }

    public XSSFWorkbook workbook() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet demande = wb.createSheet(requestSheet);
        int r = 0;
        Row top = demande.createRow(r++);
        top.createCell(0).setCellValue("Champ");
        top.createCell(1).setCellValue("Valeur");
        for (Map.Entry<String, String> e : header.entrySet()) {
            Row row = demande.createRow(r++);
            row.createCell(0).setCellValue(e.getKey());
            if (e.getValue() != null) {
                row.createCell(1).setCellValue(e.getValue());
            }
        }
        Sheet ops = wb.createSheet("Opérations");
        ops.createRow(0).createCell(0).setCellValue("Demande de modification — une opération par ligne");
        Row titles = ops.createRow(1);
        for (int c = 0; c < columns.size(); c++) {
            titles.createCell(c).setCellValue(columns.get(c));
        }
        for (int i = 0; i < rows.size(); i++) {
            Row row = ops.createRow(2 + i);
            for (Map.Entry<String, String> e : rows.get(i).entrySet()) {
                Cell cell = row.createCell(columns.indexOf(e.getKey()));
                if (e.getValue().startsWith("=")) {
                    cell.setCellFormula(e.getValue().substring(1));
                } else {
                    cell.setCellValue(e.getValue());
                }
            }
        }
        return wb;
    }

    public byte[] bytes() {
        try (XSSFWorkbook wb = workbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "ChangeRequestBook" + Arrays.asList(header, rows);
    }
}
