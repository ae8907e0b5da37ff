package fr.ror.nomenclator.loaders.sheets;

import static fr.ror.nomenclator.loaders.sheets.Workbooks.row;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the template workbook of the working-group layout ({@code loaders/working-group-template.xlsx}):
 * the Nomenclature sheet, the Concepts sheet with its banner, header row and four example rows,
 * and an Aide sheet. {@code WorkingGroupTemplateTest} proves the committed file reads with the
 * shipped mapping and holds what this writes.
 *
 * <pre>./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     fr.ror.nomenclator.loaders.sheets.WorkingGroupTemplate loaders/working-group-template.xlsx</pre>
 */
public final class WorkingGroupTemplate {

    static final String URL = "https://mos.esante.gouv.fr/NOS/TRE_R999-Exemple/FHIR/TRE-R999-Exemple";

    private WorkingGroupTemplate() {
    }

    public static void main(String[] args) throws IOException {
        Workbooks.save(build(), Path.of(args[0]));
    }

    static XSSFWorkbook build() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Font boldFont = wb.createFont();
        boldFont.setBold(true);
        CellStyle bold = wb.createCellStyle();
        bold.setFont(boldFont);

        Sheet meta = wb.createSheet("Nomenclature");
        String[][] fields = {{"Champ", "Valeur"}, {"URL canonique", URL}, {"Version", "20250101120000"},
                {"Nom", "TRE_R999-Exemple"}, {"Titre", "Exemple de nomenclature"}, {"Statut", "draft"},
                {"Date", "2025-01-01"}, {"Description", "Nomenclature d'exemple du groupe de travail"},
                {"Éditeur", "ANS"}, {"OID", ""}};
        for (int i = 0; i < fields.length; i++) {
            Row r = meta.createRow(i);
            r.createCell(0).setCellValue(fields[i][0]);
            if (!fields[i][1].isEmpty()) {
                r.createCell(1).setCellValue(fields[i][1]);
            }
            if (i == 0) {
                r.getCell(0).setCellStyle(bold);
                r.getCell(1).setCellStyle(bold);
            }
        }
        meta.setColumnWidth(0, 22 * 256);
        meta.setColumnWidth(1, 90 * 256);

        Sheet concepts = wb.createSheet("Concepts");
        List<String> header = Workbooks.WORKING_GROUP_HEADER;
        concepts.createRow(0).createCell(0).setCellValue("TRE_R999-Exemple — un concept par ligne à partir de la ligne 3");
        concepts.getRow(0).getCell(0).setCellStyle(bold);
        concepts.addMergedRegion(new CellRangeAddress(0, 0, 0, header.size() - 1));
        Workbooks.fill(wb, concepts, 1, header.stream().map(o -> (Object) o).toList());
        concepts.getRow(1).forEach(c -> c.setCellStyle(bold));
        LocalDateTime start = LocalDateTime.of(2025, 1, 1, 0, 0);
        Workbooks.fill(wb, concepts, 2, row("001", "Accueil de jour", "Accueil jour", "Accueil de jour",
                "Accueil de la personne pendant la journée", null, start, null, start, "actif"));
        Workbooks.fill(wb, concepts, 3, row("002", "Hébergement complet", "Hébergement", "Hébergement complet", null, null,
                start, null, start, "actif"));
        Workbooks.fill(wb, concepts, 4, row("003", "Hébergement temporaire", "Héberg. temp.", "Hébergement temporaire",
                null, "002", start, null, start, "actif"));
        Workbooks.fill(wb, concepts, 5, row("004", "Hébergement de nuit", "Nuit", null, null, "002", start,
                LocalDateTime.of(2025, 6, 30, 0, 0), LocalDateTime.of(2025, 6, 30, 0, 0), "retiré", "003",
                "Fusionné avec l'hébergement temporaire"));
        int[] widths = {10, 40, 20, 40, 50, 12, 16, 16, 16, 10, 12, 40};
        for (int i = 0; i < widths.length; i++) {
            concepts.setColumnWidth(i, widths[i] * 256);
        }
        concepts.createFreezePane(1, 2);
        DataValidationHelper validation = concepts.getDataValidationHelper();
        DataValidation statuses = validation.createValidation(
                validation.createExplicitListConstraint(new String[] {"actif", "déprécié", "retiré"}),
                new CellRangeAddressList(2, 100_000, 9, 9));
        statuses.setShowErrorBox(true);
        concepts.addValidationData(statuses);

        Sheet help = wb.createSheet("Aide");
        String[][] lines = {
                {"Colonne", "Contenu"},
                {"Code", "Obligatoire. Unique dans la feuille."},
                {"Libellé", "Obligatoire. Le libellé (display) du concept."},
                {"Libellé court / Libellé adapté", "Facultatifs : désignations LibelleCourt et LibelleAdapte."},
                {"Définition", "Facultative."},
                {"Code parent", "Facultatif : le ou les codes parents, séparés par des virgules."},
                {"Dates", "Cellules date, ou texte 2025-01-15, 15/01/2025 ou 20250115120000. Sans heure : minuit."},
                {"Statut", "actif, déprécié ou retiré (vide : la date de fin fait foi)."},
                {"Remplacé par", "Le ou les codes qui remplacent un concept retiré."},
                {"Commentaire", "Facultatif : propriété comment."},
                {"Règles", "Une ligne vide est ignorée ; une cellule fusionnée vaut pour toutes ses cellules ; "
                        + "les formules sont lues par leur dernier résultat enregistré ; les liens vers d'autres "
                        + "classeurs sont refusés."}};
        for (int i = 0; i < lines.length; i++) {
            Row r = help.createRow(i);
            r.createCell(0).setCellValue(lines[i][0]);
            r.createCell(1).setCellValue(lines[i][1]);
        }
        help.setColumnWidth(0, 30 * 256);
        help.setColumnWidth(1, 110 * 256);
        return wb;
    }
}
