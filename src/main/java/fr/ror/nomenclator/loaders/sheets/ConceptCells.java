package fr.ror.nomenclator.loaders.sheets;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ror.nomenclator.loaders.sheets.SheetMapping.Column;
import fr.ror.nomenclator.loaders.sheets.SheetMapping.Columns;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The other way of {@link ConceptRows}: the value of each mapping column for each concept of a
 * CodeSystem (nested concepts included, their parent in the parent column), and a count of what
 * the mapping has no column for, so an export says what it leaves out.
 */
final class ConceptCells {

    /** One concept's values, by column; a date keeps its FHIR form. */
    record Line(Map<Column, String> values) {
    }

    private final Columns columns;
    private final Map<String, Integer> omitted = new TreeMap<>();

    ConceptCells(SheetMapping mapping) {
        this.columns = mapping.concepts().columns();
    }

    void each(JsonNode codeSystem, Consumer<Line> lines) {
        each(codeSystem.path("concept"), null, lines);
    }

    Map<String, Integer> omitted() {
        return omitted;
    }

    private void each(JsonNode concepts, String nestedUnder, Consumer<Line> lines) {
        for (JsonNode concept : concepts) {
            lines.accept(line(concept, nestedUnder));
            each(concept.path("concept"), concept.path("code").asText(), lines);
        }
    }

    private Line line(JsonNode c, String nestedUnder) {
        Map<Column, String> values = new LinkedHashMap<>();
        put(values, columns.code(), c.path("code").asText(null));
        put(values, columns.display(), c.path("display").asText(null));
        if (c.hasNonNull("definition")) {
            put(values, columns.definition(), c.get("definition").asText(), "definitions");
        }
        List<SheetMapping.DesignationColumn> free = new ArrayList<>(columns.designations());
        for (JsonNode d : c.path("designation")) {
            String use = d.path("use").path("code").asText("");
            String system = d.path("use").path("system").asText(null);
            SheetMapping.DesignationColumn column = free.stream()
                    .filter(dc -> dc.useCode().equals(use) && (dc.useSystem() == null || dc.useSystem().equals(system)))
                    .findFirst().orElse(null);
            if (column == null) {
                count("designations (use " + (use.isEmpty() ? "none" : use) + ")");
            } else {
                free.remove(column);
                values.put(column.column(), d.path("value").asText());
            }
        }
        List<String> parents = new ArrayList<>();
        if (nestedUnder != null) {
            parents.add(nestedUnder);
        }
        Map<String, List<String>> properties = new LinkedHashMap<>();
        for (JsonNode p : c.path("property")) {
            String code = p.path("code").asText();
            String value = propertyValue(p);
            if (value == null) {
                continue;
            }
            if (CodeSystemAssembler.PARENT.equals(code)) {
                parents.add(value);
            } else {
                properties.computeIfAbsent(code, k -> new ArrayList<>()).add(value);
            }
        }
        if (!parents.isEmpty()) {
            put(values, columns.parent(), String.join(", ", parents), "parents");
        }
        takeFirst(values, properties, "dateValid", columns.dateValid());
        takeFirst(values, properties, "dateFin", columns.dateFin());
        takeFirst(values, properties, "dateMaj", columns.dateMaj());
        takeFirst(values, properties, CodeSystemAssembler.STATUS, columns.status());
        List<String> replacements = properties.remove(CodeSystemAssembler.REPLACED_BY);
        if (replacements != null) {
            put(values, columns.replacedBy(), String.join(", ", replacements), "properties (replacedBy)");
        }
        for (SheetMapping.PropertyColumn pc : columns.properties()) {
            takeFirst(values, properties, pc.code(), pc.column());
        }
        properties.forEach((code, list) -> list.forEach(v -> count("properties (" + code + ")")));
        return new Line(values);
    }

    private void takeFirst(Map<Column, String> values, Map<String, List<String>> properties, String code, Column column) {
        List<String> list = properties.get(code);
        if (list == null || column == null) {
            return;
        }
        values.put(column, list.remove(0));
        if (list.isEmpty()) {
            properties.remove(code);
        }
    }

    private void put(Map<Column, String> values, Column column, String value) {
        if (column != null && value != null) {
            values.put(column, value);
        }
    }

    private void put(Map<Column, String> values, Column column, String value, String omittedAs) {
        if (column == null) {
            count(omittedAs);
        } else {
            values.put(column, value);
        }
    }

    private static String propertyValue(JsonNode property) {
        for (var fields = property.fields(); fields.hasNext(); ) {
            var field = fields.next();
            if (field.getKey().startsWith("value")) {
                JsonNode v = field.getValue();
                return v.isObject() ? Objects.toString(v.path("code").asText(null), v.toString()) : v.asText();
            }
        }
        return null;
    }

    private void count(String what) {
        omitted.merge(what, 1, Integer::sum);
    }
}
