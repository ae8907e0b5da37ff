package fr.ror.nomenclator.terminology.internal.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The status a concept states at load time. FHIR's own signals win ({@code status},
 * {@code inactive}, {@code deprecated} properties); otherwise the NOS rule applies: a concept
 * whose {@code dateFin} has passed is retired. Serving re-applies the NOS rule on the date asked.
 */
final class ConceptStatus {

    private ConceptStatus() {
    }

    static String of(ObjectNode concept) {
        String status = ResourceDecomposer.propertyValue(concept, "status");
        if (status != null) {
            return status;
        }
        if ("true".equals(ResourceDecomposer.propertyValue(concept, "inactive"))) {
            return "inactive";
        }
        if (ResourceDecomposer.propertyValue(concept, "deprecated") != null
                || ResourceDecomposer.propertyValue(concept, "deprecationDate") != null) {
            return "deprecated";
        }
        String dateFin = ResourceDecomposer.propertyValue(concept, "dateFin");
        return dateFin != null && hasPassed(dateFin) ? "retired" : "active";
    }

    private static boolean hasPassed(String dateTime) {
        try {
            return OffsetDateTime.parse(dateTime).isBefore(OffsetDateTime.now());
        } catch (DateTimeParseException e) {
            return true; // a dateFin we cannot read still says the concept ended
        }
    }
}
