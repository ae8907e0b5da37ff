package fr.ror.nomenclator.loaders.sheets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.ror.nomenclator.loaders.LoadError;
import fr.ror.nomenclator.loaders.LoadException;
import fr.ror.nomenclator.loaders.sheets.SheetMapping.Column;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The strict reading both kinds of mapping share (concept tables and change-request workbooks):
 * every unknown key, missing key, wrong type or blank title is an error ({@code LD110}) naming the
 * mapping file and the key, so a bad mapping fails when it is loaded, not on the first workbook.
 */
final class MappingYaml {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final String file;

    MappingYaml(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    JsonNode root(byte[] yaml) {
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
        return root;
    }

    /** The mapping's {@code name}, which must be its file name without {@code .yaml}. */
    String name(JsonNode root) {
        String name = text(root, "name", true);
        String expected = baseName(file);
        if (expected != null && !expected.equals(name)) {
            throw error("name", "'" + name + "' but the file is named " + file + ": a mapping is named after its file");
        }
        return name;
    }

    /** A title, a list of titles, or an object with title(s) and optional. */
    Column column(String key, JsonNode node) {
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

    List<String> titles(JsonNode node, String key) {
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

    void keys(JsonNode node, String at, Set<String> known) {
        if (!node.isObject()) {
            throw error(at, "expected an object with keys " + new TreeSet<>(known));
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw error(join(at, name), "unknown key (known here: " + String.join(", ", new TreeSet<>(known)) + ")");
            }
        }
    }

    JsonNode object(JsonNode parent, String key, boolean required) {
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

    void array(JsonNode node, String key) {
        if (!node.isArray()) {
            throw error(key, "expected a list");
        }
    }

    String requiredText(JsonNode node, String at, String key) {
        String value = text(node, key, false);
        if (value == null || value.isBlank()) {
            throw error(join(at, key), "required");
        }
        return value;
    }

    String text(JsonNode node, String key, boolean required) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            if (required) {
                throw error(key, "required");
            }
            return null;
        }
        return scalar(value, key);
    }

    String scalar(JsonNode value, String key) {
        if (!value.isValueNode()) {
            throw error(key, "expected a single value");
        }
        return value.asText();
    }

    int integer(JsonNode node, String key) {
        JsonNode value = node.get(key.substring(key.lastIndexOf('.') + 1));
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            throw error(key, "expected a whole number, found '" + value.asText() + "'");
        }
        return value.asInt();
    }

    boolean bool(JsonNode value, String key) {
        if (!value.isBoolean()) {
            throw error(key, "expected true or false, found '" + value.asText() + "'");
        }
        return value.asBoolean();
    }

    String nonBlank(String value, String key) {
        if (value.isBlank()) {
            throw error(key, "a column title cannot be blank");
        }
        return value;
    }

    static String join(String at, String key) {
        return at.isEmpty() ? key : at + "." + key;
    }

    LoadException error(String key, String message) {
        return new LoadException(LoadError.INVALID_MAPPING, file, (key.isEmpty() ? "" : key + ": ") + message);
    }

    /** The file name without {@code .yaml} or {@code .yml}, or null for a name without either. */
    static String baseName(String file) {
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
