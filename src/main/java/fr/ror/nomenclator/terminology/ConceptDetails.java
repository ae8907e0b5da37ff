package fr.ror.nomenclator.terminology;

import java.util.List;

/**
 * What {@code $lookup} answers about one concept of one code system version.
 *
 * @param system     the URL the version was published with
 * @param name       the code system's title, or its name without one
 * @param code       the code as the code system writes it (it may differ in case from the one asked)
 * @param definition the definition, or null
 * @param properties every property as stated, in order (NOS dates included as date-times)
 * @param parents    codes of the parents (nesting and {@code parent} properties)
 * @param children   codes of the children (nesting and {@code parent} properties of others)
 * @param status     the concept's status on the date asked
 */
public record ConceptDetails(String system, String version, String name, String code, String display,
                             String definition, List<Designation> designations, List<ConceptProperty> properties,
                             List<String> parents, List<String> children, ConceptState status) {
    public ConceptDetails {
        designations = List.copyOf(designations);
        properties = List.copyOf(properties);
        parents = List.copyOf(parents);
        children = List.copyOf(children);
    }
}
