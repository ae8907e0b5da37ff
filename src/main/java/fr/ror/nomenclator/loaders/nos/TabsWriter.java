package fr.ror.nomenclator.loaders.nos;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Writes a {@link NosFile} as a NOS {@code .tabs} file in the layout of the published files:
 * UTF-8 without BOM, LF line endings, a final line ending.
 */
public final class TabsWriter {

    private TabsWriter() {
    }

    /** @throws IllegalArgumentException when a value holds a ';' or a line break, which the format cannot carry */
    public static byte[] write(NosFile file) {
        StringBuilder text = new StringBuilder();
        NosFile.Header h = file.header();
        record(text, TabsFormat.FILE_HEADER);
        record(text, List.of(h.oid(), h.type().name(), h.fileName(), h.description(), h.urlFichier(), h.dateValid(),
                h.dateFin(), h.dateMaj()));
        switch (h.type()) {
            case TRE -> {
                record(text, TabsFormat.TRE_COLUMNS);
                for (NosFile.Concept c : file.concepts()) {
                    record(text, List.of(c.codeSystem(), c.code(), c.displayName(), c.shortDesignation(),
                            c.longDesignation(), c.dateValid(), c.dateFin(), c.dateMaj()));
                }
            }
            case JDV -> {
                record(text, TabsFormat.JDV_COLUMNS);
                for (NosFile.Concept c : file.concepts()) {
                    record(text, List.of(c.codeSystem(), c.code(), c.displayName()));
                }
            }
            case ASS -> {
                List<NosFile.SystemColumn> columns = file.mapColumns();
                record(text, columns.stream().map(c -> "<" + c.oid() + "> " + c.name()).toList());
                for (NosFile.Mapping m : file.mappings()) {
                    List<String> row = new ArrayList<>(Collections.nCopies(columns.size(), ""));
                    row.set(column(columns, m.sourceSystem(), 0), m.sourceCode());
                    row.set(column(columns, m.targetSystem(), column(columns, m.sourceSystem(), 0) + 1), m.targetCode());
                    record(text, row);
                }
            }
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The first column of that system at or after {@code from} (a system can be both source and target). */
    private static int column(List<NosFile.SystemColumn> columns, String oid, int from) {
        for (int i = from; i < columns.size(); i++) {
            if (columns.get(i).oid().equals(oid)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column for the system " + oid);
    }

    private static void record(StringBuilder text, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            String value = fields.get(i) == null ? "" : fields.get(i);
            if (value.contains(TabsFormat.SEPARATOR) || value.contains("\n") || value.contains("\r")) {
                throw new IllegalArgumentException("'" + value + "' holds a ';' or a line break, which the .tabs format "
                        + "cannot carry");
            }
            text.append(i == 0 ? "" : TabsFormat.SEPARATOR).append(value);
        }
        text.append('\n');
    }
}
