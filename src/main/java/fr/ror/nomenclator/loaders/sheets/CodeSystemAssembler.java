package fr.ror.nomenclator.loaders.sheets;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.loaders.LoadError;
import fr.ror.nomenclator.loaders.LoadException;
import fr.ror.nomenclator.loaders.sheets.SheetMapping.HeaderField;
import fr.ror.nomenclator.loaders.sheets.SheetMapping.PropertyType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the FHIR R4 CodeSystem of a spreadsheet: its header from the fields given (caller,
 * metadata sheet, mapping defaults, in that order of precedence), one concept per row with its
 * display, designations, definition, NOS dates ({@code dateValid}, {@code dateFin},
 * {@code dateMaj}), {@code status}, {@code replacedBy}, {@code parent} and other properties,
 * each property used declared once in {@code CodeSystem.property}.
 */
public final class CodeSystemAssembler {

    static final String STATUS = "status";
    static final String REPLACED_BY = "replacedBy";
    static final String PARENT = "parent";
    private static final Set<String> STATUSES = Set.of("draft", "active", "retired", "unknown");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private CodeSystemAssembler() {
    }

    public static ObjectNode assemble(String source, Map<HeaderField, String> header, List<ConceptRow> rows) {
        ObjectNode cs = JSON.objectNode();
        cs.put("resourceType", "CodeSystem");
        cs.put("url", required(source, header, HeaderField.URL, "url"));
        String oid = header.get(HeaderField.OID);
        if (oid != null) {
            cs.putArray("identifier").addObject().put("value", oid.startsWith("urn:oid:") ? oid : "urn:oid:" + oid);
        }
        cs.put("version", required(source, header, HeaderField.VERSION, "version"));
        optional(cs, "name", header.get(HeaderField.NAME));
        optional(cs, "title", header.get(HeaderField.TITLE));
        String status = header.getOrDefault(HeaderField.STATUS, "draft").strip().toLowerCase(java.util.Locale.ROOT);
        if (!STATUSES.contains(status)) {
            throw new LoadException(LoadError.INVALID_CELL, source, "status '" + status + "' is not a FHIR publication "
                    + "status (draft, active, retired, unknown)");
        }
        cs.put("status", status);
        optional(cs, "date", header.get(HeaderField.DATE));
        optional(cs, "publisher", header.get(HeaderField.PUBLISHER));
        optional(cs, "description", header.get(HeaderField.DESCRIPTION));
        cs.put("content", "complete");
        Map<String, String> declared = new LinkedHashMap<>();
        ArrayNode concepts = JSON.arrayNode();
        for (ConceptRow row : rows) {
            concepts.add(concept(row, declared));
        }
        if (!declared.isEmpty()) {
            ArrayNode properties = cs.putArray("property");
            declared.forEach((code, type) -> properties.addObject().put("code", code).put("type", type));
        }
        cs.set("concept", concepts);
        return cs;
    }

    private static ObjectNode concept(ConceptRow row, Map<String, String> declared) {
        ObjectNode concept = JSON.objectNode().put("code", row.code()).put("display", row.display());
        optional(concept, "definition", row.definition());
        if (!row.designations().isEmpty()) {
            ArrayNode designations = concept.putArray("designation");
            for (ConceptRow.Designation d : row.designations()) {
                ObjectNode designation = designations.addObject();
                if (d.column().language() != null) {
                    designation.put("language", d.column().language());
                }
                ObjectNode use = designation.putObject("use");
                if (d.column().useSystem() != null) {
                    use.put("system", d.column().useSystem());
                }
                use.put("code", d.column().useCode());
                designation.put("value", d.value());
            }
        }
        ArrayNode properties = JSON.arrayNode();
        date(properties, declared, "dateValid", row.dateValid());
        date(properties, declared, "dateFin", row.dateFin());
        date(properties, declared, "dateMaj", row.dateMaj());
        if (row.status() != null) {
            code(properties, declared, STATUS, row.status());
        }
        row.replacedBy().forEach(code -> code(properties, declared, REPLACED_BY, code));
        row.parents().forEach(code -> code(properties, declared, PARENT, code));
        for (ConceptRow.Property p : row.properties()) {
            String element = valueElement(p.column().type());
            properties.addObject().put("code", p.column().code()).set(element, p.value());
            declared.putIfAbsent(p.column().code(), element.substring("value".length()).substring(0, 1).toLowerCase()
                    + element.substring("value".length() + 1));
        }
        if (!properties.isEmpty()) {
            concept.set("property", properties);
        }
        return concept;
    }

    private static String valueElement(PropertyType type) {
        return switch (type) {
            case STRING -> "valueString";
            case CODE -> "valueCode";
            case BOOLEAN -> "valueBoolean";
            case INTEGER -> "valueInteger";
            case DECIMAL -> "valueDecimal";
            case DATE_TIME -> "valueDateTime";
        };
    }

    private static void date(ArrayNode properties, Map<String, String> declared, String code, String value) {
        if (value != null) {
            properties.addObject().put("code", code).put("valueDateTime", value);
            declared.putIfAbsent(code, "dateTime");
        }
    }

    private static void code(ArrayNode properties, Map<String, String> declared, String code, String value) {
        properties.addObject().put("code", code).put("valueCode", value);
        declared.putIfAbsent(code, "code");
    }

    private static void optional(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value.strip());
        }
    }

    private static String required(String source, Map<HeaderField, String> header, HeaderField field, String option) {
        String value = header.get(field);
        if (value == null || value.isBlank()) {
            throw new LoadException(LoadError.MISSING_HEADER, source, "the spreadsheet gives no " + field.key()
                    + ": put it in the metadata sheet, in the mapping's defaults, or pass --" + option);
        }
        return value.strip();
    }
}
