package fr.ror.nomenclator.loaders.sheets;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.loaders.sheets.SheetMapping.HeaderField;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a nomenclature version from an xlsx workbook or a CSV file with a mapping: the concept
 * rows (streamed), the header fields (caller's options, then the metadata sheet, then the
 * mapping's defaults), assembled into one FHIR R4 CodeSystem. Nothing is stored here: the whole
 * file is read and checked first, then the store takes the CodeSystem in one transaction.
 */
public final class SpreadsheetImport {

    public static final long DEFAULT_MAX_ROWS = 1_000_000;

    private final long maxRows;

    public SpreadsheetImport(long maxRows) {
        this.maxRows = maxRows;
    }

    /** The concept rows of a workbook's concept sheet, typed and checked. */
    public List<ConceptRow> xlsxRows(String source, Path file, SheetMapping mapping) {
        ConceptRows rows = new ConceptRows(source, mapping, maxRows);
        XlsxTables.read(source, file, mapping.concepts().sheet(), rows);
        return rows.rows();
    }

    public List<ConceptRow> csvRows(String source, byte[] content, SheetMapping mapping) {
        ConceptRows rows = new ConceptRows(source, mapping, maxRows);
        CsvTables.read(source, content, mapping.csv(), rows);
        return rows.rows();
    }

    /** @param options header fields the caller gives (e.g. {@code --url}, {@code --version}); they win */
    public ObjectNode xlsx(String source, Path file, SheetMapping mapping, Map<HeaderField, String> options) {
        List<ConceptRow> rows = xlsxRows(source, file, mapping);
        Map<HeaderField, String> header = new EnumMap<>(HeaderField.class);
        header.putAll(mapping.defaults());
        mapping.metadata().ifPresent(sheet -> {
            if (XlsxTables.sheetNames(source, file).contains(sheet.sheet())) {
                MetadataRows metadata = new MetadataRows(source, sheet);
                XlsxTables.read(source, file, sheet.sheet(), metadata);
                header.putAll(metadata.values());
            }
        });
        header.putAll(options);
        return CodeSystemAssembler.assemble(source, header, rows);
    }

    public ObjectNode csv(String source, byte[] content, SheetMapping mapping, Map<HeaderField, String> options) {
        List<ConceptRow> rows = csvRows(source, content, mapping);
        Map<HeaderField, String> header = new EnumMap<>(HeaderField.class);
        header.putAll(mapping.defaults());
        header.putAll(options);
        return CodeSystemAssembler.assemble(source, header, rows);
    }
}
