package fr.ror.nomenclator.loaders.sheets;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ror.nomenclator.loaders.LoadException;
import fr.ror.nomenclator.loaders.sheets.SheetMapping.Column;
import fr.ror.nomenclator.loaders.sheets.SheetMapping.Columns;
import fr.ror.nomenclator.loaders.sheets.SheetMapping.ConceptTable;
import fr.ror.nomenclator.loaders.sheets.SheetMapping.CsvLayout;
import fr.ror.nomenclator.loaders.sheets.SheetMapping.DesignationColumn;
import fr.ror.nomenclator.loaders.sheets.SheetMapping.HeaderField;
import fr.ror.nomenclator.loaders.sheets.SheetMapping.MetadataSheet;
import fr.ror.nomenclator.loaders.sheets.SheetMapping.PropertyColumn;
import fr.ror.nomenclator.loaders.sheets.SheetMapping.PropertyType;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a mapping file and checks it whole: unknown keys, missing required keys, wrong types and
 * impossible values are errors naming the file and the key ({@code working-group.yaml:
 * concepts.columns.dispaly: unknown key}), so a bad mapping fails when it is loaded, not on the
 * first workbook.
 */
public final class MappingParser {

    /** The {@code kind} of a concept-table mapping (the default when a mapping names none). */
    static final String KIND = "code-system";
    private static final Set<String> ROOT_KEYS = Set.of("name", "kind", "description", "concepts", "metadata", "defaults",
            "csv");
    private static final Set<String> COLUMN_KEYS = Set.of("code", "display", "designations", "definition", "parent",
            "dateValid", "dateFin", "dateMaj", "status", "replacedBy", "properties");

    private final MappingYaml yaml;

    private MappingParser(String file) {
        this.yaml = new MappingYaml(file);
    }

    /**
     * @param file the file's name, used in messages and checked against the mapping's {@code name}
     * @throws LoadException {@code LD110} naming the file and the key
     */
    public static SheetMapping parse(String file, byte[] yaml) {
        return parse(file, new MappingYaml(file).root(yaml));
    }

    static SheetMapping parse(String file, JsonNode root) {
        return new MappingParser(file).mapping(root);
    }

    private SheetMapping mapping(JsonNode root) {
        yaml.keys(root, "", ROOT_KEYS);
        String name = yaml.name(root);
        String kind = yaml.text(root, "kind", false);
        if (kind != null && !kind.equals(KIND)) {
            throw yaml.error("kind", "'" + kind + "': this mapping lays out a concept table (kind " + KIND
                    + "); a change-request workbook is kind " + ChangeRequestMappingParser.KIND
                    + " and is imported with POST /api/change-requests/import");
        }
        JsonNode concepts = yaml.object(root, "concepts", true);
        return new SheetMapping(name, yaml.file(), yaml.text(root, "description", false), conceptTable(concepts),
                metadata(root.get("metadata")), defaults(root.get("defaults")), csv(root.get("csv")));
    }

    private ConceptTable conceptTable(JsonNode node) {
        yaml.keys(node, "concepts", Set.of("sheet", "headerRow", "columns", "otherColumns"));
        int headerRow = node.has("headerRow") ? yaml.integer(node, "concepts.headerRow") : 1;
        if (headerRow < 1) {
            throw yaml.error("concepts.headerRow", "must be 1 or more (rows are numbered as in the spreadsheet)");
        }
        JsonNode columns = yaml.object(node, "columns", true);
        String at = "concepts.columns";
        yaml.keys(columns, at, COLUMN_KEYS);
        List<DesignationColumn> designations = new ArrayList<>();
        JsonNode list = columns.get("designations");
        if (list != null) {
            yaml.array(list, at + ".designations");
            for (int i = 0; i < list.size(); i++) {
                String key = at + ".designations[" + i + "]";
                JsonNode d = list.get(i);
                yaml.keys(d, key, Set.of("title", "titles", "optional", "use", "useSystem", "language"));
                designations.add(new DesignationColumn(yaml.column(key, d), yaml.requiredText(d, key, "use"),
                        yaml.text(d, "useSystem", false), yaml.text(d, "language", false)));
            }
        }
        List<PropertyColumn> properties = new ArrayList<>();
        list = columns.get("properties");
        if (list != null) {
            yaml.array(list, at + ".properties");
            for (int i = 0; i < list.size(); i++) {
                String key = at + ".properties[" + i + "]";
                JsonNode p = list.get(i);
                yaml.keys(p, key, Set.of("title", "titles", "optional", "code", "type"));
                properties.add(new PropertyColumn(yaml.column(key, p), yaml.requiredText(p, key, "code"), type(p, key)));
            }
        }
        Columns parsed = new Columns(required(columns, at, "code"), required(columns, at, "display"), designations,
                optional(columns, at, "definition"), optional(columns, at, "parent"), optional(columns, at, "dateValid"),
                optional(columns, at, "dateFin"), optional(columns, at, "dateMaj"), optional(columns, at, "status"),
                optional(columns, at, "replacedBy"), properties);
        checkDistinctTitles(parsed);
        String others = yaml.text(node, "otherColumns", false);
        if (others != null && !others.equals("refuse") && !others.equals("ignore")) {
            throw yaml.error("concepts.otherColumns", "'" + others + "': expected refuse or ignore");
        }
        return new ConceptTable(yaml.text(node, "sheet", false), headerRow, parsed, "ignore".equals(others));
    }

    private Optional<MetadataSheet> metadata(JsonNode node) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        yaml.keys(node, "metadata", Set.of("sheet", "fields"));
        JsonNode fields = yaml.object(node, "fields", true);
        Map<HeaderField, String> titles = new EnumMap<>(HeaderField.class);
        fields.fields().forEachRemaining(e -> titles.put(field(e.getKey(), "metadata.fields"),
                yaml.scalar(e.getValue(), "metadata.fields." + e.getKey())));
        if (!titles.containsKey(HeaderField.URL) || !titles.containsKey(HeaderField.VERSION)) {
            throw yaml.error("metadata.fields", "needs at least url and version");
        }
        return Optional.of(new MetadataSheet(yaml.requiredText(node, "metadata", "sheet"), titles));
    }

    private Map<HeaderField, String> defaults(JsonNode node) {
        Map<HeaderField, String> defaults = new EnumMap<>(HeaderField.class);
        if (node == null || node.isNull()) {
            return defaults;
        }
        if (!node.isObject()) {
            throw yaml.error("defaults", "must be an object of header fields (url, version, status…)");
        }
        node.fields().forEachRemaining(e -> defaults.put(field(e.getKey(), "defaults"),
                yaml.scalar(e.getValue(), "defaults." + e.getKey())));
        return defaults;
    }

    private CsvLayout csv(JsonNode node) {
        if (node == null || node.isNull()) {
            return new CsvLayout(null, null, true);
        }
        yaml.keys(node, "csv", Set.of("delimiter", "encoding", "bom"));
        Character delimiter = null;
        String d = yaml.text(node, "delimiter", false);
        if (d != null && !d.equalsIgnoreCase("auto")) {
            if (!List.of(";", ",", "\t", "tab").contains(d)) {
                throw yaml.error("csv.delimiter", "'" + d + "': expected ';', ',', tab or auto");
            }
            delimiter = d.equals("tab") ? '\t' : d.charAt(0);
        }
        String encoding = yaml.text(node, "encoding", false);
        if (encoding != null && encoding.equalsIgnoreCase("auto")) {
            encoding = null;
        }
        if (encoding != null && !Charset.isSupported(encoding)) {
            throw yaml.error("csv.encoding", "'" + encoding + "' is not a known character set (try UTF-8, windows-1252 or auto)");
        }
        boolean bom = !node.has("bom") || yaml.bool(node.get("bom"), "csv.bom");
        return new CsvLayout(delimiter, encoding, bom);
    }

    private Column required(JsonNode columns, String at, String key) {
        JsonNode node = columns.get(key);
        if (node == null || node.isNull()) {
            throw yaml.error(at + "." + key, "required: every concept row needs its " + key);
        }
        Column column = yaml.column(at + "." + key, node);
        if (column.optional()) {
            throw yaml.error(at + "." + key + ".optional", "the " + key + " column cannot be optional");
        }
        return column;
    }

    private Column optional(JsonNode columns, String at, String key) {
        JsonNode node = columns.get(key);
        return node == null || node.isNull() ? null : yaml.column(at + "." + key, node);
    }

    private void checkDistinctTitles(Columns columns) {
        Map<String, String> seen = new HashMap<>();
        for (Column column : columns.all()) {
            for (String title : column.titles()) {
                String previous = seen.put(Titles.normalise(title), column.key());
                if (previous != null) {
                    throw yaml.error(column.key(), "the title '" + title + "' is also the title of " + previous);
                }
            }
        }
    }

    private PropertyType type(JsonNode node, String key) {
        String type = yaml.text(node, "type", false);
        if (type == null) {
            return PropertyType.STRING;
        }
        return switch (type) {
            case "string" -> PropertyType.STRING;
            case "code" -> PropertyType.CODE;
            case "boolean" -> PropertyType.BOOLEAN;
            case "integer" -> PropertyType.INTEGER;
            case "decimal" -> PropertyType.DECIMAL;
            case "dateTime" -> PropertyType.DATE_TIME;
            default -> throw yaml.error(key + ".type", "'" + type + "': expected string, code, boolean, integer, decimal or dateTime");
        };
    }

    private HeaderField field(String key, String at) {
        for (HeaderField f : HeaderField.values()) {
            if (f.key().equals(key)) {
                return f;
            }
        }
        throw yaml.error(at + "." + key, "unknown header field (known: url, version, name, title, status, date, "
                + "description, publisher, oid)");
    }
}
