package fr.ror.nomenclator.terminology.internal.quality;

import com.fasterxml.jackson.databind.JsonNode;

/** Reading the few FHIR JSON shapes the rules look at. */
final class Json {

    private Json() {
    }

    /** A text field, or null when absent, not text or blank. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }

    /** The value of a {@code value[x]} element as text (a Coding's code), or null. */
    static String value(JsonNode element) {
        var fields = element.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            if (!field.getKey().startsWith("value")) {
                continue;
            }
            JsonNode v = field.getValue();
            if (v.isValueNode()) {
                return v.asText();
            }
            if (v.has("code")) {
                return v.path("code").asText();
            }
        }
        return null;
    }
}
