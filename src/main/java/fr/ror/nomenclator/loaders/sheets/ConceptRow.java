package fr.ror.nomenclator.loaders.sheets;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One concept as a spreadsheet row states it, typed and checked, with where it came from.
 *
 * @param parents    codes of its parents (the parent column may list several, separated by {@code ,} or {@code ;})
 * @param dateValid  FHIR dateTime or null; likewise dateFin and dateMaj
 * @param status     {@code active}, {@code deprecated} or {@code retired}, or null when the row does not say
 * @param replacedBy codes that replace it
 */
public record ConceptRow(String sheet, int row, String code, String display, List<Designation> designations,
                         String definition, List<String> parents, String dateValid, String dateFin, String dateMaj,
                         String status, List<String> replacedBy, List<Property> properties) {

    public ConceptRow {
        designations = List.copyOf(designations);
        parents = List.copyOf(parents);
        replacedBy = List.copyOf(replacedBy);
        properties = List.copyOf(properties);
    }

    public record Designation(SheetMapping.DesignationColumn column, String value) {
    }

    /** @param value the FHIR {@code value[x]} element's value, typed as the column says */
    public record Property(SheetMapping.PropertyColumn column, JsonNode value) {
    }
}
