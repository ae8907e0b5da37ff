package fr.ror.nomenclator.loaders.nos;

import fr.ror.nomenclator.loaders.LoadError;
import fr.ror.nomenclator.loaders.LoadException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a NOS {@code .tabs} file: a file header record and its values, a column header record,
 * then one {@code ;}-separated record per concept (TRE, JDV) or per pair (ASS, whose column
 * header names each column's system as {@code <OID> name}).
 *
 * <p>The published files are UTF-8 without a byte order mark, with LF line endings; a BOM, CRLF
 * endings and, for older files, Windows-1252 (when the bytes are not valid UTF-8) are accepted.
 * The format has no quoting: a record with another number of fields is an error naming its line.
 */
public final class TabsReader {

    /** The start of every .tabs file, used to recognise the format by content. */
    public static final String SIGNATURE = "<OID>;<Type fichier>;";

    private static final Pattern SYSTEM_COLUMN = Pattern.compile("<([^>]+)>\\s*(.*)");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TabsReader() {
    }

    public static NosFile read(String source, byte[] content) {
        List<String> lines = lines(decode(content));
        if (lines.isEmpty() || !lines.get(0).startsWith(SIGNATURE)) {
            throw new LoadException(LoadError.UNSUPPORTED, source, "not a NOS .tabs file: the first record does not start with "
                    + SIGNATURE);
        }
        List<String> fileHeader = fields(lines.get(0));
        if (!fileHeader.equals(TabsFormat.FILE_HEADER)) {
            throw malformed(source, 1, "file header record " + fileHeader + ", expected " + TabsFormat.FILE_HEADER);
        }
        if (lines.size() < 3) {
            throw malformed(source, lines.size() + 1, "the file ends before its column header record");
        }
        NosFile.Header header = header(source, fields(lines.get(1)));
        List<String> columns = fields(lines.get(2));
        List<NosFile.Concept> concepts = new ArrayList<>();
        List<NosFile.Mapping> mappings = new ArrayList<>();
        List<NosFile.SystemColumn> systems = List.of();
        switch (header.type()) {
            case TRE -> expectColumns(source, columns, TabsFormat.TRE_COLUMNS);
            case JDV -> expectColumns(source, columns, TabsFormat.JDV_COLUMNS);
            case ASS -> systems = systemColumns(source, columns);
        }
        for (int i = 3; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            int number = i + 1;
            List<String> f = fields(line);
            int expected = header.type() == NosType.ASS ? systems.size() : columns.size();
            if (f.size() != expected) {
                throw malformed(source, number, f.size() + " fields, expected " + expected
                        + " (the .tabs format has no quoting: a ';' inside a value breaks the record)");
            }
            switch (header.type()) {
                case TRE -> concepts.add(new NosFile.Concept(required(source, number, f.get(0), "<OID>"),
                        required(source, number, f.get(1), "<Code>"), f.get(2), f.get(3), f.get(4),
                        date(source, number, f.get(5), "<Date valid>"), date(source, number, f.get(6), "<Date fin>"),
                        date(source, number, f.get(7), "<Date MàJ>")));
                case JDV -> concepts.add(NosFile.Concept.member(required(source, number, f.get(0), "<OID>"),
                        required(source, number, f.get(1), "<Code>"), f.get(2)));
                case ASS -> mappings.add(mapping(source, number, f, systems));
            }
        }
        return new NosFile(header, concepts, mappings, systems);
    }

    private static NosFile.Header header(String source, List<String> f) {
        if (f.size() != TabsFormat.FILE_HEADER.size()) {
            throw malformed(source, 2, f.size() + " fields in the file header values, expected "
                    + TabsFormat.FILE_HEADER.size());
        }
        NosType type = NosType.of(f.get(1)).orElseThrow(() -> new LoadException(LoadError.INVALID, source,
                "line 2: <Type fichier> '" + f.get(1) + "' is not TRE, JDV or ASS"));
        return new NosFile.Header(required(source, 2, f.get(0), "<OID>"), type, f.get(2), f.get(3), f.get(4),
                date(source, 2, f.get(5), "<Date valid>"), date(source, 2, f.get(6), "<Date fin>"),
                date(source, 2, f.get(7), "<Date MàJ>"), null);
    }

    private static void expectColumns(String source, List<String> columns, List<String> expected) {
        if (columns.size() != expected.size() || !columns.get(0).equals(expected.get(0))
                || !columns.get(1).equals(expected.get(1))) {
            throw malformed(source, 3, "column header record " + columns + ", expected " + expected);
        }
    }

    private static List<NosFile.SystemColumn> systemColumns(String source, List<String> columns) {
        List<NosFile.SystemColumn> systems = new ArrayList<>();
        for (String column : columns) {
            Matcher m = SYSTEM_COLUMN.matcher(column.strip());
            if (!m.matches()) {
                throw malformed(source, 3, "column '" + column + "' of an ASS file must read '<OID> name'");
            }
            systems.add(new NosFile.SystemColumn(m.group(1), m.group(2).strip()));
        }
        if (systems.size() < 2) {
            throw malformed(source, 3, "an ASS file needs at least a source and a target column");
        }
        return systems;
    }

    /** The first non-empty field is the source, the second the target (sources' columns come first). */
    private static NosFile.Mapping mapping(String source, int line, List<String> f, List<NosFile.SystemColumn> systems) {
        List<Integer> filled = new ArrayList<>();
        for (int i = 0; i < f.size(); i++) {
            if (!f.get(i).isEmpty()) {
                filled.add(i);
            }
        }
        if (filled.size() != 2) {
            throw new LoadException(LoadError.INVALID, source, "line " + line + ": " + filled.size()
                    + " codes, expected 2 (a source code, then a target code)");
        }
        int s = filled.get(0);
        int t = filled.get(1);
        return new NosFile.Mapping(systems.get(s).oid(), f.get(s), systems.get(t).oid(), f.get(t));
    }

    private static String required(String source, int line, String value, String field) {
        if (value.isBlank()) {
            throw new LoadException(LoadError.INVALID, source, "line " + line + ": " + field + " is empty");
        }
        return value;
    }

    private static String date(String source, int line, String value, String field) {
        if (!value.isEmpty() && !NosDates.isNosTimestamp(value)) {
            throw new LoadException(LoadError.INVALID, source, "line " + line + ": " + field + " '" + value
                    + "' is not a NOS date (yyyyMMddHHmmss)");
        }
        return value;
    }

    private static LoadException malformed(String source, int line, String message) {
        return new LoadException(LoadError.MALFORMED, source, "line " + line + ": " + message);
    }

    private static List<String> fields(String line) {
        return Arrays.asList(line.split(TabsFormat.SEPARATOR, -1));
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        lines.replaceAll(l -> l.endsWith("\r") ? l.substring(0, l.length() - 1) : l);
        return lines;
    }

    /** UTF-8 (a BOM is dropped) when the bytes are valid UTF-8, else Windows-1252. */
    static String decode(byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return new String(content, start, content.length - start, WINDOWS_1252);
        }
    }
}
