package fr.ror.nomenclator.loaders.sheets;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ror.nomenclator.loaders.OperationField;
import fr.ror.nomenclator.loaders.OperationLabel;
import fr.ror.nomenclator.loaders.RequestField;
import fr.ror.nomenclator.loaders.sheets.ChangeRequestMapping.OperationTable;
import fr.ror.nomenclator.loaders.sheets.ChangeRequestMapping.RequestSheet;
import fr.ror.nomenclator.loaders.sheets.SheetMapping.Column;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a change-request mapping and checks it whole, as strictly as a concept mapping: unknown
 * keys and fields, labels given twice, an operation requiring a field no column holds, are errors
 * naming the file and the key ({@code LD110}).
 */
final class ChangeRequestMappingParser {

    static final String KIND = "change-request";
    private static final Set<String> ROOT_KEYS = Set.of("name", "kind", "description", "request", "rows", "operations",
            "equivalences");
    private static final Pattern KIND_NAME = Pattern.compile("[a-z]+(-[a-z]+)*");

    private final MappingYaml yaml;

    private ChangeRequestMappingParser(String file) {
        this.yaml = new MappingYaml(file);
    }

    static ChangeRequestMapping parse(String file, byte[] content) {
        return parse(file, new MappingYaml(file).root(content));
    }

    static ChangeRequestMapping parse(String file, JsonNode root) {
        return new ChangeRequestMappingParser(file).mapping(root);
    }

    private ChangeRequestMapping mapping(JsonNode root) {
        yaml.keys(root, "", ROOT_KEYS);
        String name = yaml.name(root);
        OperationTable rows = rows(yaml.object(root, "rows", true));
        Map<String, List<String>> equivalences = equivalences(root.get("equivalences"));
        return new ChangeRequestMapping(name, yaml.file(), yaml.text(root, "description", false),
                request(yaml.object(root, "request", true)), rows, operations(root.get("operations"), rows),
                equivalences);
    }

    private RequestSheet request(JsonNode node) {
        yaml.keys(node, "request", Set.of("sheet", "fields"));
        JsonNode fields = yaml.object(node, "fields", true);
        Map<RequestField, Column> titles = new EnumMap<>(RequestField.class);
        fields.fields().forEachRemaining(e -> {
            String key = "request.fields." + e.getKey();
            RequestField field = RequestField.of(e.getKey()).orElseThrow(() -> yaml.error(key, "unknown field (known: "
                    + Arrays.stream(RequestField.values()).map(RequestField::key).collect(Collectors.joining(", ")) + ")"));
            titles.put(field, yaml.column(key, e.getValue()));
        });
        for (RequestField needed : List.of(RequestField.TITLE, RequestField.WORKING_GROUP)) {
            if (!titles.containsKey(needed)) {
                throw yaml.error("request.fields", "needs at least title and workingGroup");
            }
        }
        return new RequestSheet(yaml.requiredText(node, "request", "sheet"), titles);
    }

    private OperationTable rows(JsonNode node) {
        yaml.keys(node, "rows", Set.of("sheet", "headerRow", "columns", "otherColumns"));
        int headerRow = node.has("headerRow") ? yaml.integer(node, "rows.headerRow") : 1;
        if (headerRow < 1) {
            throw yaml.error("rows.headerRow", "must be 1 or more (rows are numbered as in the spreadsheet)");
        }
        JsonNode columns = yaml.object(node, "columns", true);
        Column operation = null;
        Map<OperationField, Column> byField = new LinkedHashMap<>();
        for (var e : (Iterable<Map.Entry<String, JsonNode>>) columns::fields) {
            String key = "rows.columns." + e.getKey();
            if (e.getKey().equals("operation")) {
                operation = yaml.column(key, e.getValue());
                if (operation.optional()) {
                    throw yaml.error(key + ".optional", "the operation column cannot be optional");
                }
                continue;
            }
            OperationField field = OperationField.of(e.getKey()).orElseThrow(() -> yaml.error(key,
                    "unknown field (known: operation, " + fieldKeys() + ")"));
            byField.put(field, yaml.column(key, e.getValue()));
        }
        if (operation == null) {
            throw yaml.error("rows.columns.operation", "required: the column naming each row's operation");
        }
        checkDistinctTitles(operation, byField);
        String others = yaml.text(node, "otherColumns", false);
        if (others != null && !others.equals("refuse") && !others.equals("ignore")) {
            throw yaml.error("rows.otherColumns", "'" + others + "': expected refuse or ignore");
        }
        return new OperationTable(yaml.requiredText(node, "rows", "sheet"), headerRow, "ignore".equals(others), operation,
                byField);
    }

    private List<OperationLabel> operations(JsonNode node, OperationTable rows) {
        if (node == null || node.isNull() || !node.isArray() || node.isEmpty()) {
            throw yaml.error("operations", "required: a list of {label, kind, requires, allows, fixed}");
        }
        List<OperationLabel> labels = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < node.size(); i++) {
            String at = "operations[" + i + "]";
            JsonNode op = node.get(i);
            yaml.keys(op, at, Set.of("label", "kind", "requires", "allows", "fixed"));
            String label = yaml.requiredText(op, at, "label");
            String previous = seen.put(Titles.normalise(label), at);
            if (previous != null) {
                throw yaml.error(at + ".label", "'" + label + "' is also the label of " + previous);
            }
            String kind = yaml.requiredText(op, at, "kind");
            if (!KIND_NAME.matcher(kind).matches()) {
                throw yaml.error(at + ".kind", "'" + kind + "': an operation kind is written like retire or add-mapping");
            }
            Set<OperationField> requires = fields(op.get("requires"), at + ".requires", rows);
            Set<OperationField> allows = fields(op.get("allows"), at + ".allows", rows);
            Map<OperationField, String> fixed = fixed(op.get("fixed"), at + ".fixed");
            for (OperationField f : requires) {
                if (allows.contains(f) || fixed.containsKey(f)) {
                    throw yaml.error(at, "'" + f.key() + "' is given twice among requires, allows and fixed");
                }
            }
            for (OperationField f : allows) {
                if (fixed.containsKey(f)) {
                    throw yaml.error(at, "'" + f.key() + "' is given twice among requires, allows and fixed");
                }
            }
            labels.add(new OperationLabel(label, kind, requires, allows, fixed));
        }
        return labels;
    }

    private Set<OperationField> fields(JsonNode node, String at, OperationTable rows) {
        Set<OperationField> fields = new LinkedHashSet<>();
        if (node == null || node.isNull()) {
            return fields;
        }
        yaml.array(node, at);
        for (int i = 0; i < node.size(); i++) {
            String key = at + "[" + i + "]";
            String name = yaml.scalar(node.get(i), key);
            OperationField field = OperationField.of(name).orElseThrow(() -> yaml.error(key, "'" + name
                    + "' is not a field (known: " + fieldKeys() + ")"));
            if (!rows.columns().containsKey(field)) {
                throw yaml.error(key, "'" + name + "' has no column in rows.columns");
            }
            fields.add(field);
        }
        return fields;
    }

    private Map<OperationField, String> fixed(JsonNode node, String at) {
        Map<OperationField, String> fixed = new EnumMap<>(OperationField.class);
        if (node == null || node.isNull()) {
            return fixed;
        }
        yaml.keys(node, at, Arrays.stream(OperationField.values()).map(OperationField::key).collect(Collectors.toSet()));
        node.fields().forEachRemaining(e -> fixed.put(OperationField.of(e.getKey()).orElseThrow(),
                yaml.nonBlank(yaml.scalar(e.getValue(), at + "." + e.getKey()), at + "." + e.getKey())));
        return fixed;
    }

    private Map<String, List<String>> equivalences(JsonNode node) {
        Map<String, List<String>> equivalences = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return equivalences;
        }
        if (!node.isObject()) {
            throw yaml.error("equivalences", "expected an object: FHIR equivalence code → the labels a sheet may write");
        }
        Map<String, String> seen = new HashMap<>();
        node.fields().forEachRemaining(e -> {
            String key = "equivalences." + e.getKey();
            List<String> labels = e.getValue().isTextual() ? List.of(yaml.nonBlank(e.getValue().asText(), key))
                    : yaml.titles(e.getValue(), key);
            for (String word : concat(e.getKey(), labels)) {
                String previous = seen.put(Titles.normalise(word), e.getKey());
                if (previous != null && !previous.equals(e.getKey())) {
                    throw yaml.error(key, "'" + word + "' also stands for " + previous);
                }
            }
            equivalences.put(e.getKey(), labels);
        });
        return equivalences;
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(rest);
        all.add(0, first);
        return all;
    }

    private void checkDistinctTitles(Column operation, Map<OperationField, Column> columns) {
        Map<String, String> seen = new HashMap<>();
        List<Column> all = new ArrayList<>();
        all.add(operation);
        all.addAll(columns.values());
        for (Column column : all) {
            for (String title : column.titles()) {
                String previous = seen.put(Titles.normalise(title), column.key());
                if (previous != null) {
                    throw yaml.error(column.key(), "the title '" + title + "' is also the title of " + previous);
                }
            }
        }
    }

    private static String fieldKeys() {
        return Arrays.stream(OperationField.values()).map(OperationField::key).collect(Collectors.joining(", "));
    }

    /** A mapping's {@code kind}: a concept table when it names none. */
    static String kindOf(JsonNode root) {
        JsonNode kind = root.get("kind");
        return kind == null || kind.isNull() ? MappingParser.KIND : kind.asText();
    }
}
