package fr.ror.nomenclator.terminology;

import java.util.List;

/**
 * What {@code $lookup} answers about one concept of one code system version.
 *
 * @param system       the code system URL
 * @param name         the code system's name
 * @param code         the code as the code system writes it (it may differ in case from the one asked)
 * @param display      the display in the languages asked
 * @param definition   the definition, or null
 * @param designations every designation, the display in the code system's language included
 * @param properties   the properties asked for (all without a {@code property} parameter): those the
 *                     concept states (NOS dates included as date-times), then {@code inactive},
 *                     {@code parent} and {@code child} with the display of the code they name
 * @param abstractCode whether the concept is not selectable
 * @param supplements  the supplements that added to the answer ({@code url|version})
 */
public record ConceptDetails(String system, String version, String name, String code, String display,
                             String definition, List<Designation> designations, List<Property> properties,
                             boolean abstractCode, List<String> supplements) {

    /** One property of the concept; {@code description} is the display of the concept a code value names. */
    public record Property(String code, PropertyValue value, String description) {
    }

    public ConceptDetails {
        designations = List.copyOf(designations);
        properties = List.copyOf(properties);
        supplements = List.copyOf(supplements);
    }
}
