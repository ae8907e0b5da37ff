package fr.ror.nomenclator.loaders;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.loaders.nos.NosFile;
import fr.ror.nomenclator.loaders.nos.NosOids;
import fr.ror.nomenclator.loaders.nos.NosToFhir;
import fr.ror.nomenclator.loaders.nos.SvsReader;
import fr.ror.nomenclator.loaders.nos.TabsReader;
import fr.ror.nomenclator.loaders.sheets.Mappings;
import fr.ror.nomenclator.loaders.sheets.SheetMapping;
import fr.ror.nomenclator.loaders.sheets.SheetMapping.HeaderField;
import fr.ror.nomenclator.loaders.sheets.SpreadsheetImport;
import fr.ror.nomenclator.loaders.xml.SafeXml;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads any source in any format the loaders know into FHIR R4 JSON resources, ready for the
 * store. The format comes from the content (or the options); SVS, {@code .tabs}, xlsx and CSV are
 * converted to the FHIR the NOS publish and then checked by the same FHIR R4 reader as a FHIR file,
 * so every format meets one set of rules. A source is read and converted whole before anything is
 * handed on: a problem on its last row stores nothing of it.
 */
public final class ContentReader {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private final FhirResourceReader fhir;
    private final NosToFhir nos;
    private final Mappings mappings;
    private final SpreadsheetImport sheets;

    public ContentReader(FhirResourceReader fhir, NosOids oids, Mappings mappings, SpreadsheetImport sheets) {
        this.fhir = fhir;
        this.nos = new NosToFhir(oids);
        this.mappings = mappings;
        this.sheets = sheets;
    }

    /** FHIR, SVS and .tabs with the shipped OID table and mappings, for use outside Spring. */
    public static ContentReader withDefaults(FhirResourceReader fhir, NosOids oids) {
        return new ContentReader(fhir, oids, Mappings.shipped(), new SpreadsheetImport(SpreadsheetImport.DEFAULT_MAX_ROWS));
    }

    public FhirResourceReader fhir() {
        return fhir;
    }

    /**
     * @throws LoadException naming the source and, for spreadsheets, the sheet, row and column
     */
    public List<ObjectNode> read(LoadSource source, LoadOptions options) {
        if (source.size().isPresent() && source.size().getAsLong() > fhir.maxBytes()) {
            throw new LoadException(LoadError.TOO_LARGE, source.name(), "content larger than the limit of "
                    + FhirResourceReader.humanSize(fhir.maxBytes()));
        }
        byte[] content = bytes(source);
        ContentFormat format = options.format() != null ? options.format() : detect(source.name(), content);
        return switch (format) {
            case FHIR_JSON, FHIR_XML -> fhir.read(source.name(), content);
            case SVS -> List.of(fromNos(source.name(), SvsReader.read(source.name(),
                    SafeXml.decode(source.name(), content, start(content))), options));
            case TABS -> List.of(fromNos(source.name(), TabsReader.read(source.name(), content), options));
            case XLSX -> List.of(fhir.normalise(source.name(), xlsx(source, content, mapping(options), header(options))));
            case CSV -> List.of(fhir.normalise(source.name(), sheets.csv(source.name(), content, mapping(options),
                    header(options))));
        };
    }

    /** The format of a source by its content; CSV by its name. */
    public static ContentFormat detect(String name, byte[] content) {
        if (startsWith(content, 0, ZIP)) {
            return ContentFormat.XLSX;
        }
        if (startsWith(content, 0, OLE2)) {
            throw new LoadException(LoadError.UNSUPPORTED, name, "an Excel 97-2003 (.xls) workbook: save it as .xlsx");
        }
        if (name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return ContentFormat.CSV;
        }
        int start = start(content);
        if (startsWith(content, start, TabsReader.SIGNATURE.getBytes(StandardCharsets.UTF_8))) {
            return ContentFormat.TABS;
        }
        if (start < content.length && content[start] == '<') {
            String text = SafeXml.decode(name, content, start);
            return SvsReader.NAMESPACE.equals(SafeXml.rootElement(name, text).namespace())
                    ? ContentFormat.SVS : ContentFormat.FHIR_XML;
        }
        // JSON, or anything else: the FHIR reader says what is wrong with it
        return ContentFormat.FHIR_JSON;
    }

    private ObjectNode fromNos(String source, NosFile file, LoadOptions options) {
        nos.checkOids(source, file);
        return fhir.normalise(source, nos.convert(source, file, options.url(), options.version()));
    }

    private ObjectNode xlsx(LoadSource source, byte[] content, SheetMapping mapping, Map<HeaderField, String> header) {
        if (source.path().isPresent()) {
            return sheets.xlsx(source.name(), source.path().get(), mapping, header);
        }
        Path temp = null;
        try {
            temp = Files.createTempFile("nomenclator-", ".xlsx");
            Files.write(temp, content);
            return sheets.xlsx(source.name(), temp, mapping, header);
        } catch (IOException e) {
            throw new UncheckedIOException("No room for a temporary copy of " + source.name(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temporary folder is cleaned by the system
                }
            }
        }
    }

    private SheetMapping mapping(LoadOptions options) {
        return options.mapping() != null ? options.mapping() : mappings.resolve(Mappings.DEFAULT);
    }

    private static Map<HeaderField, String> header(LoadOptions options) {
        Map<HeaderField, String> header = new EnumMap<>(HeaderField.class);
        if (options.url() != null) {
            header.put(HeaderField.URL, options.url());
        }
        if (options.version() != null) {
            header.put(HeaderField.VERSION, options.version());
        }
        return header;
    }

    private byte[] bytes(LoadSource source) {
        try (InputStream in = source.open()) {
            byte[] content = in.readNBytes((int) fhir.maxBytes() + 1);
            if (content.length > fhir.maxBytes()) {
                throw new LoadException(LoadError.TOO_LARGE, source.name(), "content larger than the limit of "
                        + FhirResourceReader.humanSize(fhir.maxBytes()));
            }
            return content;
        } catch (IOException e) {
            throw new LoadException(LoadError.UNREADABLE, source.name(), "cannot be read: " + e.getMessage(), e);
        }
    }

    /** After an optional UTF-8 byte order mark and blanks. */
    private static int start(byte[] content) {
        int i = startsWith(content, 0, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}) ? 3 : 0;
        while (i < content.length && (content[i] == ' ' || content[i] == '\t' || content[i] == '\r' || content[i] == '\n')) {
            i++;
        }
        return i;
    }

    private static boolean startsWith(byte[] content, int at, byte[] prefix) {
        if (content.length - at < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
