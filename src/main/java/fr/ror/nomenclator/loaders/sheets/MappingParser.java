package fr.ror.nomenclator.loaders.sheets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.ror.nomenclator.loaders.LoadError;
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
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
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

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> ROOT_KEYS = Set.of("name", "description", "concepts", "metadata", "defaults", "csv");
    private static final Set<String> COLUMN_KEYS = Set.of("code", "display", "designations", "definition", "parent",
            "dateValid", "dateFin", "dateMaj", "status", "replacedBy", "properties");

    private final String file;

    private MappingParser(String file) {
        this.file = file;
    }

    /**
     * @param file the file's name, used in messages and checked against the mapping's {@code name}
     * @throws LoadException {@code LD110} naming the file and the key
     */
    public static SheetMapping parse(String file, byte[] yaml) {
        return new MappingParser(file).mapping(yaml);
    }

    private SheetMapping mapping(byte[] yaml) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            throw new LoadException(LoadError.INVALID_MAPPING, file, "not valid YAML" + where + ": " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw new LoadException(LoadError.INVALID_MAPPING, file, "cannot be read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw error("", "a mapping is a YAML object with name, concepts and optional metadata, defaults, csv");
        }
        keys(root, "", ROOT_KEYS);
        String name = text(root, "name", true);
        String expected = baseName(file);
        if (expected != null && !expected.equals(name)) {
            throw error("name", "'" + name + "' but the file is named " + file + ": a mapping is named after its file");
        }
        JsonNode concepts = object(root, "concepts", true);
        return new SheetMapping(name, file, text(root, "description", false), conceptTable(concepts),
                metadata(root.get("metadata")), defaults(root.get("defaults")), csv(root.get("csv")));
    }

    private ConceptTable conceptTable(JsonNode node) {
        keys(node, "concepts", Set.of("sheet", "headerRow", "columns", "otherColumns"));
        int headerRow = node.has("headerRow") ? integer(node, "concepts.headerRow") : 1;
        if (headerRow < 1) {
            throw error("concepts.headerRow", "must be 1 or more (rows are numbered as in the spreadsheet)");
        }
        JsonNode columns = object(node, "columns", true);
        String at = "concepts.columns";
        keys(columns, at, COLUMN_KEYS);
        List<DesignationColumn> designations = new ArrayList<>();
        JsonNode list = columns.get("designations");
        if (list != null) {
            array(list, at + ".designations");
            for (int i = 0; i < list.size(); i++) {
                String key = at + ".designations[" + i + "]";
                JsonNode d = list.get(i);
                keys(d, key, Set.of("title", "titles", "optional", "use", "useSystem", "language"));
                designations.add(new DesignationColumn(column(key, d), requiredText(d, key, "use"),
                        text(d, "useSystem", false), text(d, "language", false)));
            }
        }
        List<PropertyColumn> properties = new ArrayList<>();
        list = columns.get("properties");
        if (list != null) {
            array(list, at + ".properties");
            for (int i = 0; i < list.size(); i++) {
                String key = at + ".properties[" + i + "]";
                JsonNode p = list.get(i);
                keys(p, key, Set.of("title", "titles", "optional", "code", "type"));
                properties.add(new PropertyColumn(column(key, p), requiredText(p, key, "code"), type(p, key)));
            }
        }
        Columns parsed = new Columns(required(columns, at, "code"), required(columns, at, "display"), designations,
                optional(columns, at, "definition"), optional(columns, at, "parent"), optional(columns, at, "dateValid"),
                optional(columns, at, "dateFin"), optional(columns, at, "dateMaj"), optional(columns, at, "status"),
                optional(columns, at, "replacedBy"), properties);
        checkDistinctTitles(parsed);
        String others = text(node, "otherColumns", false);
        if (others != null && !others.equals("refuse") && !others.equals("ignore")) {
            throw error("concepts.otherColumns", "'" + others + "': expected refuse or ignore");
        }
        return new ConceptTable(text(node, "sheet", false), headerRow, parsed, "ignore".equals(others));
    }

    private Optional<MetadataSheet> metadata(JsonNode node) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        keys(node, "metadata", Set.of("sheet", "fields"));
        JsonNode fields = object(node, "fields", true);
        Map<HeaderField, String> titles = new EnumMap<>(HeaderField.class);
        fields.fields().forEachRemaining(e -> titles.put(field(e.getKey(), "metadata.fields"),
                scalar(e.getValue(), "metadata.fields." + e.getKey())));
        if (!titles.containsKey(HeaderField.URL) || !titles.containsKey(HeaderField.VERSION)) {
            throw error("metadata.fields", "needs at least url and version");
        }
        return Optional.of(new MetadataSheet(requiredText(node, "metadata", "sheet"), titles));
    }

    private Map<HeaderField, String> defaults(JsonNode node) {
        Map<HeaderField, String> defaults = new EnumMap<>(HeaderField.class);
        if (node == null || node.isNull()) {
            return defaults;
        }
        if (!node.isObject()) {
            throw error("defaults", "must be an object of header fields (url, version, status…)");
        }
        node.fields().forEachRemaining(e -> defaults.put(field(e.getKey(), "defaults"),
                scalar(e.getValue(), "defaults." + e.getKey())));
        return defaults;
    }

    private CsvLayout csv(JsonNode node) {
        if (node == null || node.isNull()) {
            return new CsvLayout(null, null, true);
        }
        keys(node, "csv", Set.of("delimiter", "encoding", "bom"));
        Character delimiter = null;
        String d = text(node, "delimiter", false);
        if (d != null && !d.equalsIgnoreCase("auto")) {
            if (!List.of(";", ",", "\t", "tab").contains(d)) {
                throw error("csv.delimiter", "'" + d + "': expected ';', ',', tab or auto");
            }
            delimiter = d.equals("tab") ? '\t' : d.charAt(0);
        }
        String encoding = text(node, "encoding", false);
        if (encoding != null && encoding.equalsIgnoreCase("auto")) {
            encoding = null;
        }
        if (encoding != null && !Charset.isSupported(encoding)) {
            throw error("csv.encoding", "'" + encoding + "' is not a known character set (try UTF-8, windows-1252 or auto)");
        }
        boolean bom = !node.has("bom") || bool(node.get("bom"), "csv.bom");
        return new CsvLayout(delimiter, encoding, bom);
    }

    private Column required(JsonNode columns, String at, String key) {
        JsonNode node = columns.get(key);
        if (node == null || node.isNull()) {
            throw error(at + "." + key, "required: every concept row needs its " + key);
        }
        Column column = column(at + "." + key, node);
        if (column.optional()) {
            throw error(at + "." + key + ".optional", "the " + key + " column cannot be optional");
        }
        return column;
    }

    private Column optional(JsonNode columns, String at, String key) {
        JsonNode node = columns.get(key);
        return node == null || node.isNull() ? null : column(at + "." + key, node);
    }

    /** A title, a list of titles, or an object with title(s) and optional. */
    private Column column(String key, JsonNode node) {
        if (node.isTextual()) {
            return new Column(key, List.of(nonBlank(node.asText(), key)), false);
        }
        if (node.isArray()) {
            return new Column(key, titles(node, key), false);
        }
        if (!node.isObject()) {
            throw error(key, "expected a column title, a list of titles, or {title, optional}");
        }
        if (node.has("title") == node.has("titles")) {
            throw error(key, "give either title or titles");
        }
        List<String> titles = node.has("title") ? List.of(nonBlank(scalar(node.get("title"), key + ".title"), key + ".title"))
                : titles(node.get("titles"), key + ".titles");
        boolean optional = node.has("optional") && bool(node.get("optional"), key + ".optional");
        if (!key.contains(".designations") && !key.contains(".properties")) {
            keys(node, key, Set.of("title", "titles", "optional"));
        }
        return new Column(key, titles, optional);
    }

    private List<String> titles(JsonNode node, String key) {
        array(node, key);
        if (node.isEmpty()) {
            throw error(key, "needs at least one title");
        }
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            titles.add(nonBlank(scalar(node.get(i), key + "[" + i + "]"), key + "[" + i + "]"));
        }
        return titles;
    }

    private void checkDistinctTitles(Columns columns) {
        Map<String, String> seen = new HashMap<>();
        for (Column column : columns.all()) {
            for (String title : column.titles()) {
                String previous = seen.put(Titles.normalise(title), column.key());
                if (previous != null) {
                    throw error(column.key(), "the title '" + title + "' is also the title of " + previous);
                }
            }
        }
    }

    private PropertyType type(JsonNode node, String key) {
        String type = text(node, "type", false);
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
            default -> throw error(key + ".type", "'" + type + "': expected string, code, boolean, integer, decimal or dateTime");
        };
    }

    private HeaderField field(String key, String at) {
        for (HeaderField f : HeaderField.values()) {
            if (f.key().equals(key)) {
                return f;
            }
        }
        throw error(at + "." + key, "unknown header field (known: url, version, name, title, status, date, "
                + "description, publisher, oid)");
    }

    private void keys(JsonNode node, String at, Set<String> known) {
        if (!node.isObject()) {
            throw error(at, "expected an object with keys " + new java.util.TreeSet<>(known));
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw error(join(at, name), "unknown key (known here: " + String.join(", ", new java.util.TreeSet<>(known)) + ")");
            }
        }
    }

    private JsonNode object(JsonNode parent, String key, boolean required) {
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            if (required) {
                throw error(key, "required");
            }
            return null;
        }
        if (!node.isObject()) {
            throw error(key, "expected an object");
        }
        return node;
    }

    private void array(JsonNode node, String key) {
        if (!node.isArray()) {
            throw error(key, "expected a list");
        }
    }

    private String requiredText(JsonNode node, String at, String key) {
        String value = text(node, key, false);
        if (value == null || value.isBlank()) {
            throw error(join(at, key), "required");
        }
        return value;
    }

    private String text(JsonNode node, String key, boolean required) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            if (required) {
                throw error(key, "required");
            }
            return null;
        }
        return scalar(value, key);
    }

    private String scalar(JsonNode value, String key) {
        if (!value.isValueNode()) {
            throw error(key, "expected a single value");
        }
        return value.asText();
    }

    private int integer(JsonNode node, String key) {
        JsonNode value = node.get(key.substring(key.lastIndexOf('.') + 1));
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            throw error(key, "expected a whole number, found '" + value.asText() + "'");
        }
        return value.asInt();
    }

    private boolean bool(JsonNode value, String key) {
        if (!value.isBoolean()) {
            throw error(key, "expected true or false, found '" + value.asText() + "'");
        }
        return value.asBoolean();
    }

    private String nonBlank(String value, String key) {
        if (value.isBlank()) {
            throw error(key, "a column title cannot be blank");
        }
        return value;
    }

    private static String join(String at, String key) {
        return at.isEmpty() ? key : at + "." + key;
    }

    private LoadException error(String key, String message) {
        return new LoadException(LoadError.INVALID_MAPPING, file, (key.isEmpty() ? "" : key + ": ") + message);
    }

    private static String baseName(String file) {
        String name = file.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = name.substring(name.lastIndexOf(':') + 1);
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".yaml")) {
            return name.substring(0, name.length() - 5);
        }
        return lower.endsWith(".yml") ? name.substring(0, name.length() - 4) : null;
    }
}
