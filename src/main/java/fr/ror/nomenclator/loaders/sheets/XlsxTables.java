package fr.ror.nomenclator.loaders.sheets;

import fr.ror.nomenclator.loaders.LoadError;
import fr.ror.nomenclator.loaders.LoadException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the rows of one sheet of an xlsx file in streaming mode, through POI's SAX event API
 * ({@link XSSFReader}): memory holds the shared strings, the styles and the current row, never the
 * sheet. Before anything is parsed, the package is refused if it links to other workbooks
 * (external links) or carries macros; entries are inflated under the {@link WorkbookLimits}
 * zip-bomb guard. Formulas give their cached result; merged regions give each of their cells the
 * value of the top-left one (found by a byte scan of the sheet before it is parsed).
 */
public final class XlsxTables {

    private static final String EXTERNAL_LINK = XSSFRelation.EXTERNAL_LINKS.getContentType();
    private static final String MACROS = XSSFRelation.VBA_MACROS.getContentType();

    private XlsxTables() {
    }

    /** The sheets of a workbook, in order. */
    public static List<String> sheetNames(String source, Path file) {
        return open(source, file, (pkg, reader, workbook) -> new ArrayList<>(workbook.sheets().keySet()));
    }

    /**
     * Streams the rows of the sheet named {@code sheet} (the first sheet when null) to the handler.
     *
     * @throws LoadException {@code LD105} for an unsafe workbook, {@code LD111} for a missing sheet,
     *                       {@code LD101} for a file that is not a readable xlsx
     */
    public static void read(String source, Path file, String sheet, RowHandler handler) {
        open(source, file, (pkg, reader, workbook) -> {
            String name = sheet == null ? workbook.sheets().keySet().stream().findFirst().orElseThrow(() ->
                    new LoadException(LoadError.MALFORMED, source, "the workbook has no sheet")) : sheet;
            String relationId = workbook.sheets().get(name);
            if (relationId == null) {
                throw new LoadException(LoadError.MISSING_COLUMN, source, "no sheet '" + name + "' (sheets: "
                        + String.join(", ", workbook.sheets().keySet()) + ")");
            }
            List<MergedRegion> merged;
            try (InputStream in = reader.getSheet(relationId)) {
                merged = MergeScanner.scan(in);
            }
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            try (InputStream in = reader.getSheet(relationId)) {
                parse(in, new SheetHandler(name, strings, styles, workbook.date1904(), merged, handler));
            }
            return null;
        });
    }

    @FunctionalInterface
    private interface WorkbookTask<T> {
        T run(OPCPackage pkg, XSSFReader reader, WorkbookInfo workbook) throws IOException, SAXException, OpenXML4JException;
    }

    private static <T> T open(String source, Path file, WorkbookTask<T> task) {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (NotOfficeXmlFileException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw failure(source, e, "not a readable xlsx workbook");
        } catch (RuntimeException e) {
            throw failure(source, e, "not a readable xlsx workbook");
        }
        try {
            if (!pkg.getPartsByContentType(EXTERNAL_LINK).isEmpty()) {
                throw new LoadException(LoadError.UNSAFE_ARCHIVE, source, "the workbook links to other workbooks "
                        + "(external links): such links are refused; copy the values in and save again");
            }
            if (!pkg.getPartsByContentType(MACROS).isEmpty()) {
                throw new LoadException(LoadError.UNSAFE_ARCHIVE, source, "the workbook carries macros: save it as a "
                        + "plain .xlsx workbook");
            }
            XSSFReader reader = new XSSFReader(pkg);
            WorkbookInfo workbook;
            try (InputStream in = reader.getWorkbookData()) {
                WorkbookHandler handler = new WorkbookHandler();
                parse(in, handler);
                workbook = new WorkbookInfo(handler.sheets, handler.date1904);
            }
            return task.run(pkg, reader, workbook);
        } catch (LoadException e) {
            throw e;
        } catch (IOException | SAXException | OpenXML4JException | RuntimeException e) {
            throw failure(source, e, "the workbook cannot be read");
        } finally {
            pkg.revert();
        }
    }

    private static void parse(InputStream in, DefaultHandler handler) throws IOException, SAXException {
        XMLReader xml;
        try {
            xml = XMLHelper.newXMLReader();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("No SAX parser", e);
        }
        xml.setContentHandler(handler);
        xml.parse(new InputSource(in));
    }

    /** A zip bomb or an oversized entry is an unsafe archive; anything else, a file that is not a usable xlsx. */
    private static LoadException failure(String source, Throwable e, String what) {
        if (e instanceof LoadException load) {
            return load;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LoadException load) {
                return load;
            }
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb") || message.contains("exceed the max") || message.contains("max entry size")) {
                return new LoadException(LoadError.UNSAFE_ARCHIVE, source, "refused as a zip bomb: an entry of the "
                        + "workbook inflates beyond the allowed ratio or size (" + firstLine(message) + ")", e);
            }
        }
        return new LoadException(LoadError.MALFORMED, source, what + ": " + firstLine(String.valueOf(e.getMessage())), e);
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }

    private record WorkbookInfo(Map<String, String> sheets, boolean date1904) {
    }

    /** Sheet names → relationship ids, and the date system, from workbook.xml. */
    private static final class WorkbookHandler extends DefaultHandler {
        private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        final Map<String, String> sheets = new LinkedHashMap<>();
        boolean date1904;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if ("sheet".equals(localName)) {
                sheets.put(attributes.getValue("name"), attributes.getValue(RELATIONSHIPS, "id"));
            } else if ("workbookPr".equals(localName)) {
                String value = attributes.getValue("date1904");
                date1904 = "1".equals(value) || "true".equals(value);
            }
        }
    }
}
