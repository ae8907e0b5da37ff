package fr.ror.nomenclator.loaders.sheets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A declarative spreadsheet layout ({@code loaders/*.yaml}): which sheet and header row hold the
 * concepts, which column holds which part of a concept, where the nomenclature's own header
 * (url, version…) is found, and how CSV files of the same layout are written. Built and checked
 * by {@link MappingParser}; the same mapping reads and writes xlsx and CSV.
 *
 * @param name     the mapping's name (its file name without {@code .yaml})
 * @param file     where it was read from, for messages
 * @param concepts the concept table
 * @param metadata the key/value sheet of the nomenclature's header, if any
 * @param defaults header values used when neither the sheet nor the caller gives them
 */
public record SheetMapping(String name, String file, String description, ConceptTable concepts,
                           Optional<MetadataSheet> metadata, Map<HeaderField, String> defaults, CsvLayout csv) {

    public SheetMapping {
        defaults = Map.copyOf(defaults);
    }

    /**
     * @param sheet              the sheet's name (xlsx; the first sheet when null); CSV files have one table
     * @param headerRow          the 1-based row holding the column titles; rows above it are ignored
     * @param ignoreOtherColumns whether titled columns the mapping does not name are ignored; by default
     *                           they are refused, so that a misspelt title is not silently dropped
     */
    public record ConceptTable(String sheet, int headerRow, Columns columns, boolean ignoreOtherColumns) {
    }

    /** Every column a concept row may have; code and display are required, the rest may be absent. */
    public record Columns(Column code, Column display, List<DesignationColumn> designations, Column definition,
                          Column parent, Column dateValid, Column dateFin, Column dateMaj, Column status,
                          Column replacedBy, List<PropertyColumn> properties) {

        public Columns {
            designations = List.copyOf(designations);
            properties = List.copyOf(properties);
        }

        /** Every column the mapping names, in the order they are written. */
        public List<Column> all() {
            List<Column> all = new ArrayList<>();
            all.add(code);
            all.add(display);
            designations.forEach(d -> all.add(d.column()));
            for (Column c : new Column[] {definition, parent, dateValid, dateFin, dateMaj, status, replacedBy}) {
                if (c != null) {
                    all.add(c);
                }
            }
            properties.forEach(p -> all.add(p.column()));
            return all;
        }
    }

    /**
     * One column: the titles it may have in the header row (compared ignoring case, accents and
     * spacing), the first being the one written, and whether the sheet may lack it.
     *
     * @param key the mapping key it was declared under (e.g. {@code concepts.columns.dateFin}), for messages
     */
    public record Column(String key, List<String> titles, boolean optional) {
        public Column {
            titles = List.copyOf(titles);
        }

        public String title() {
            return titles.get(0);
        }
    }

    /** A designation column: its values become designations with this use (and language). */
    public record DesignationColumn(Column column, String useCode, String useSystem, String language) {
    }

    /** A column of another concept property, typed. */
    public record PropertyColumn(Column column, String code, PropertyType type) {
    }

    public enum PropertyType { STRING, CODE, BOOLEAN, INTEGER, DECIMAL, DATE_TIME }

    /**
     * A two-column sheet of the nomenclature's header: column A the field's title, column B its value.
     *
     * @param fields the title of each header field in column A
     */
    public record MetadataSheet(String sheet, Map<HeaderField, String> fields) {
        public MetadataSheet {
            fields = Map.copyOf(fields);
        }
    }

    /** The parts of a nomenclature's header a spreadsheet may carry. */
    public enum HeaderField {
        URL, VERSION, NAME, TITLE, STATUS, DATE, DESCRIPTION, PUBLISHER, OID;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * @param delimiter {@code ;}, {@code ,}, a tab, or null to detect it from the header row (reading) and
     *                  write {@code ;} (what French Excel expects)
     * @param encoding  null to read UTF-8 (with or without BOM) and fall back to Windows-1252 for bytes that
     *                  are not UTF-8; or a charset name
     * @param bom       whether written files start with a UTF-8 byte order mark (Excel needs it to see UTF-8)
     */
    public record CsvLayout(Character delimiter, String encoding, boolean bom) {
    }
}
