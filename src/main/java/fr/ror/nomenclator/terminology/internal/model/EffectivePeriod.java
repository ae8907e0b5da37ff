package fr.ror.nomenclator.terminology.internal.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * When a version comes into force, as FHIR R4 says it: the core extension
 * {@code resource-effectivePeriod} (R4 CodeSystem, ValueSet and ConceptMap have no
 * {@code effectivePeriod} element). Kept in the resource, so the date travels with the content
 * through exports and NPM packages.
 */
public final class EffectivePeriod {

    public static final String EXTENSION = "http://hl7.org/fhir/StructureDefinition/resource-effectivePeriod";

    private EffectivePeriod() {
    }

    /** The start of the effective period the resource states, or null. */
    public static String start(JsonNode resource) {
        for (JsonNode extension : resource.path("extension")) {
            if (EXTENSION.equals(extension.path("url").asText())) {
                String start = extension.path("valuePeriod").path("start").asText(null);
                return start == null || start.isBlank() ? null : start;
            }
        }
        return null;
    }

    /** Sets (or replaces) the effective period's start. */
    public static void setStart(ObjectNode resource, String start) {
        ArrayNode extensions = resource.withArray("extension");
        for (int i = extensions.size() - 1; i >= 0; i--) {
            if (EXTENSION.equals(extensions.get(i).path("url").asText())) {
                extensions.remove(i);
            }
        }
        ObjectNode extension = extensions.addObject().put("url", EXTENSION);
        extension.putObject("valuePeriod").put("start", start);
    }
}
