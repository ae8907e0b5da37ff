package fr.ror.nomenclator.loaders.sheets;

import fr.ror.nomenclator.loaders.LoadError;
import fr.ror.nomenclator.loaders.LoadException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file as rows of text cells, with Apache Commons CSV: quoted values (with the
 * separator or line breaks inside) as Excel writes them, {@code ;} or {@code ,} (or tab) detected
 * from the first line when the mapping does not fix it, UTF-8 with or without BOM, and
 * Windows-1252 when the bytes are not valid UTF-8 (what French Excel writes for "CSV (séparateur:
 * point-virgule)"). Values are trimmed and NFC-normalised; row numbers are record numbers.
 */
public final class CsvTables {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvTables() {
    }

    public static void read(String source, byte[] content, SheetMapping.CsvLayout layout, RowHandler handler) {
        String text = decode(source, content, layout.encoding());
        char delimiter = layout.delimiter() != null ? layout.delimiter() : detectDelimiter(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        String sheet = sheetName(source);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            int number = 0;
            for (CSVRecord record : parser) {
                number++;
                List<CellValue> cells = new ArrayList<>(record.size());
                for (String value : record) {
                    String clean = Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
                    cells.add(clean.isEmpty() ? CellValue.EMPTY : new CellValue.Text(clean));
                }
                handler.row(new TableRow(sheet, number, cells));
            }
        } catch (UncheckedIOException | IOException e) {
            throw new LoadException(LoadError.MALFORMED, source, "malformed CSV: " + e.getMessage(), e);
        }
    }

    /** The file name, standing for the sheet in messages. */
    static String sheetName(String source) {
        String name = source.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }

    /** The separator that occurs most on the first ten lines (a banner may come first), outside quotes; ';' on a tie. */
    static char detectDelimiter(String text) {
        String line = String.join("\n", text.lines().limit(10).toList());
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                semicolons += c == ';' ? 1 : 0;
                commas += c == ',' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return commas > semicolons ? ',' : ';';
    }

    static String decode(String source, byte[] content, String encoding) {
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        if (encoding != null) {
            Charset charset = Charset.forName(encoding);
            try {
                return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(content, start, content.length - start)).toString();
            } catch (CharacterCodingException e) {
                throw new LoadException(LoadError.MALFORMED, source, "not valid " + charset.name()
                        + " (the mapping says csv.encoding: " + encoding + ")");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, start, content.length - start)).toString();
        } catch (CharacterCodingException e) {
            return new String(content, start, content.length - start, WINDOWS_1252);
        }
    }
}
