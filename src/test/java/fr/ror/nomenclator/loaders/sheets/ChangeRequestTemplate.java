package fr.ror.nomenclator.loaders.sheets;

import fr.ror.nomenclator.loaders.OperationField;
import fr.ror.nomenclator.loaders.OperationLabel;
import fr.ror.nomenclator.loaders.RequestField;
import fr.ror.nomenclator.loaders.sheets.SheetMapping.Column;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
 * Writes the template workbook of a change-request layout ({@code loaders/change-request-template.xlsx})
 * from the mapping itself, so that the two cannot drift: the request sheet with one row per header
 * field, the operation sheet with its banner, its column titles, a list of the operation labels on the
 * operation column and of the equivalences on theirs, text cells (so that 048 stays 048), and an
 * Instructions sheet telling each field, each column and what each operation needs. The lists live on
 * a hidden Listes sheet (Excel's inline lists stop at 255 characters). {@code ChangeRequestTemplateTest}
 * proves the committed file reads with the shipped mapping and holds what this writes.
 *
 * <pre>./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     fr.ror.nomenclator.loaders.sheets.ChangeRequestTemplate loaders/change-request-template.xlsx</pre>
 */
public final class ChangeRequestTemplate {

    static final Map<RequestField, String> FIELD_HELP = new EnumMap<>(Map.of(
            RequestField.TITLE, "Obligatoire. L'intitulé de la demande.",
            RequestField.WORKING_GROUP, "Obligatoire. Le groupe de travail à qui la demande est faite : son identifiant "
                    + "(gt-mco, gt-psy, gt-smr, gt-medico-social, nos) ou son nom (GT médico-social).",
            RequestField.RATIONALE, "Pourquoi ces changements (exigé à la soumission).",
            RequestField.LEGAL_BASIS, "Le texte qui les fonde : arrêté, instruction… (exigé à la soumission).",
            RequestField.REQUESTING_ORGANISATION, "L'organisation qui demande (exigé à la soumission).",
            RequestField.TARGET_RELEASE, "Le mois de la version visée, écrit 2027-01 (une cellule date donne son mois ; exigé à la soumission)."));

    static final Map<OperationField, String> COLUMN_HELP = new EnumMap<>(OperationField.class);

    static {
        COLUMN_HELP.put(OperationField.NOMENCLATURE, "La nomenclature changée (TRE, SERAFIN-PH) : identifiant NOS "
                + "(TRE_R211 ou TRE_R211-ActiviteOperationnelle) ou URL canonique. Ajout/Retrait du JDV : la nomenclature "
                + "du code. Correspondance : la nomenclature source (facultative quand l'ASS n'a qu'un groupe).");
        COLUMN_HELP.put(OperationField.CODE, "Le code du concept, écrit en texte (048, pas 48). Fusion : les codes "
                + "fusionnés, séparés par des virgules. Correspondance : le code source.");
        COLUMN_HELP.put(OperationField.DISPLAY, "Le nouveau libellé, ou le libellé du concept ajouté. Fusion : le libellé "
                + "du concept résultant quand il est nouveau. Ajout au JDV : le libellé affiché (par défaut celui de la "
                + "nomenclature).");
        COLUMN_HELP.put(OperationField.DEFINITION, "La définition du concept.");
        COLUMN_HELP.put(OperationField.PARENT, "Ajout, Déplacement : le code du concept parent (Déplacement sans parent :"
                + " à la racine).");
        COLUMN_HELP.put(OperationField.REPLACEMENTS, "Retrait, Dépréciation : le ou les codes qui remplacent le concept. "
                + "Scission : les codes résultants, existants ou ajoutés par une ligne Ajout plus haut. Fusion : le code "
                + "résultant. Plusieurs codes : séparés par des virgules.");
        COLUMN_HELP.put(OperationField.VALUE_SET, "Le JDV : identifiant NOS (JDV_J17) ou URL canonique.");
        COLUMN_HELP.put(OperationField.CONCEPT_MAP, "L'ASS : identifiant NOS (ASS_A14) ou URL canonique.");
        COLUMN_HELP.put(OperationField.TARGET_SYSTEM, "La nomenclature cible de la correspondance (facultative quand l'ASS"
                + " n'a qu'un groupe).");
        COLUMN_HELP.put(OperationField.TARGET_CODE, "Le code cible de la correspondance.");
        COLUMN_HELP.put(OperationField.NEW_TARGET_CODE, "Modification d'une correspondance : le nouveau code cible.");
        COLUMN_HELP.put(OperationField.EQUIVALENCE, "L'équivalence de la correspondance : un mot de la liste, ou le code"
                + " FHIR (relatedto, equivalent…).");
        COLUMN_HELP.put(OperationField.PROPERTY, "Le code de la propriété changée (la fin de validité, le statut, le "
                + "remplacement et le parent ont leurs propres opérations).");
        COLUMN_HELP.put(OperationField.VALUE, "La nouvelle valeur de la propriété.");
        COLUMN_HELP.put(OperationField.REASON, "Le motif, gardé avec la filiation du concept.");
        COLUMN_HELP.put(OperationField.COMMENT, "Le commentaire de la correspondance.");
        COLUMN_HELP.put(OperationField.DESIGNATION_USE, "Le type de libellé changé (LibelleCourt, LibelleAdapte).");
    }

    static final List<String> RULES = List.of(
            "Une ligne de la feuille Opérations est une opération ; les lignes vides sont ignorées.",
            "Les lignes s'appliquent dans l'ordre : ajoutez un concept avant de l'ajouter à un JDV ou d'en faire le "
                    + "résultat d'une scission.",
            "Une cellule remplie dans une colonne que l'opération n'utilise pas est refusée, pour que rien ne soit perdu.",
            "Import : POST /api/change-requests/import, avec dryRun=true pour voir les changements sans rien "
                    + "enregistrer. La demande est créée en brouillon, à votre nom, si tout le classeur est correct ; "
                    + "sinon chaque problème est signalé avec sa feuille, sa ligne et sa colonne.");

    private ChangeRequestTemplate() {
    }

    public static void main(String[] args) throws IOException {
        Workbooks.save(build(Mappings.shipped().changeRequest(null)), Path.of(args[0]));
    }

    static XSSFWorkbook build(ChangeRequestMapping mapping) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Font boldFont = wb.createFont();
        boldFont.setBold(true);
        CellStyle bold = wb.createCellStyle();
        bold.setFont(boldFont);
        CellStyle text = wb.createCellStyle();
        text.setDataFormat(wb.createDataFormat().getFormat("@"));
        CellStyle wrap = wb.createCellStyle();
        wrap.setWrapText(true);

        Sheet request = wb.createSheet(mapping.request().sheet());
        List<Line> fields = new ArrayList<>();
        fields.add(Line.title("Champ", "Valeur"));
        mapping.request().fields().forEach((field, column) -> fields.add(Line.of(column.title(), "")));
        write(request, fields, bold);
        request.setColumnWidth(0, 28 * 256);
        request.setColumnWidth(1, 90 * 256);
        request.setDefaultColumnStyle(1, text);

        ChangeRequestMapping.OperationTable table = mapping.rows();
        Sheet rows = wb.createSheet(table.sheet());
        List<Column> columns = table.all();
        rows.createRow(0).createCell(0).setCellValue("Demande de modification — une opération par ligne à partir de la ligne "
                + (table.headerRow() + 1) + " (voir Instructions)");
        rows.getRow(0).getCell(0).setCellStyle(bold);
        rows.addMergedRegion(new CellRangeAddress(0, 0, 0, columns.size() - 1));
        Row header = rows.createRow(table.headerRow() - 1);
        for (int c = 0; c < columns.size(); c++) {
            header.createCell(c).setCellValue(columns.get(c).title());
            header.getCell(c).setCellStyle(bold);
            rows.setColumnWidth(c, (c == 0 ? 32 : 20) * 256);
            rows.setDefaultColumnStyle(c, text);
        }
        rows.createFreezePane(1, table.headerRow());

        Sheet lists = wb.createSheet("Listes");
        List<String> labels = mapping.operations().stream().map(OperationLabel::label).toList();
        List<String> words = mapping.equivalences().entrySet().stream()
                .map(e -> e.getValue().isEmpty() ? e.getKey() : e.getValue().get(0)).toList();
        for (int i = 0; i < Math.max(labels.size(), words.size()); i++) {
            Row row = lists.createRow(i);
            if (i < labels.size()) {
                row.createCell(0).setCellValue(labels.get(i));
            }
            if (i < words.size()) {
                row.createCell(1).setCellValue(words.get(i));
            }
        }
        DataValidationHelper validation = rows.getDataValidationHelper();
        DataValidation operations = validation.createValidation(validation.createFormulaListConstraint(
                "Listes!$A$1:$A$" + labels.size()), new CellRangeAddressList(table.headerRow(), 100_000, 0, 0));
        operations.setShowErrorBox(true);
        rows.addValidationData(operations);
        int equivalence = columns.indexOf(table.columns().get(OperationField.EQUIVALENCE));
        if (equivalence >= 0 && !words.isEmpty()) {
            DataValidation equivalences = validation.createValidation(validation.createFormulaListConstraint(
                    "Listes!$B$1:$B$" + words.size()), new CellRangeAddressList(table.headerRow(), 100_000, equivalence,
                    equivalence));
            // FHIR codes are accepted too: warn, do not forbid.
            equivalences.setErrorStyle(DataValidation.ErrorStyle.WARNING);
            equivalences.setShowErrorBox(true);
            rows.addValidationData(equivalences);
        }

        Sheet help = wb.createSheet("Instructions");
        List<Line> lines = new ArrayList<>();
        lines.add(Line.title("Comment remplir ce classeur", ""));
        RULES.forEach(rule -> lines.add(Line.of("", rule)));
        lines.add(Line.of("", ""));
        lines.add(Line.title("Feuille " + mapping.request().sheet(), "Colonne A le champ, colonne B sa valeur"));
        mapping.request().fields().forEach((field, column) -> lines.add(Line.of(column.title(), help(FIELD_HELP, field))));
        lines.add(Line.of("", ""));
        lines.add(Line.title("Feuille " + table.sheet(), "Titres des colonnes sur la ligne " + table.headerRow()));
        lines.add(Line.of(table.operation().title(), "L'opération, choisie dans la liste (ci-dessous)."));
        table.columns().forEach((field, column) -> lines.add(Line.of(column.title(), help(COLUMN_HELP, field))));
        lines.add(Line.of("", ""));
        lines.add(Line.title("Opération", "Colonnes obligatoires ; facultatives"));
        for (OperationLabel op : mapping.operations()) {
            lines.add(Line.of(op.label(), titles(table, op.required()) + (op.optional().isEmpty() ? ""
                    : " ; facultatives : " + titles(table, op.optional()))));
        }
        lines.add(Line.of("", ""));
        lines.add(Line.title("Équivalence", "Code FHIR"));
        mapping.equivalences().forEach((code, names) -> lines.add(Line.of(String.join(", ", names), code)));
        write(help, lines, bold);
        help.setColumnWidth(0, 36 * 256);
        help.setColumnWidth(1, 120 * 256);
        for (Row row : help) {
            if (row.getCell(1) != null && !row.getCell(1).getCellStyle().equals(bold)) {
                row.getCell(1).setCellStyle(wrap);
            }
        }
        wb.setSheetHidden(wb.getSheetIndex(lists), true);
        wb.setActiveSheet(wb.getSheetIndex(rows));
        return wb;
    }

    private static String help(Map<?, String> help, Object field) {
        String text = help.get(field);
        if (text == null) {
            throw new IllegalStateException("no instructions for " + field + ": add them to ChangeRequestTemplate");
        }
        return text;
    }

    private static String titles(ChangeRequestMapping.OperationTable table, Set<OperationField> fields) {
        return table.columns().entrySet().stream().filter(e -> fields.contains(e.getKey()))
                .map(e -> e.getValue().title()).collect(Collectors.joining(", "));
    }

    private record Line(String first, String second, boolean bold) {
        static Line of(String first, String second) {
            return new Line(first, second, false);
        }

        static Line title(String first, String second) {
            return new Line(first, second, true);
        }
    }

    private static void write(Sheet sheet, List<Line> lines, CellStyle bold) {
        for (int i = 0; i < lines.size(); i++) {
            Row row = sheet.createRow(i);
            Line line = lines.get(i);
            if (!line.first().isEmpty()) {
                row.createCell(0).setCellValue(line.first());
            }
            if (!line.second().isEmpty()) {
                row.createCell(1).setCellValue(line.second());
            }
            if (line.bold()) {
                row.forEach(cell -> cell.setCellStyle(bold));
            }
        }
    }
}
