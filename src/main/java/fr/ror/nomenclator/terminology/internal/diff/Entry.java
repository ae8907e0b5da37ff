package fr.ror.nomenclator.terminology.internal.diff;

import java.util.Map;

/**
 * One comparable entry of a version: a concept, a value set member or a mapping, reduced to its
 * display, whether it is retired, and its other fields as text (what a changelog shows).
 *
 * @param key    identity across versions (code; system key + code; source + target)
 * @param system what the change reports as the system, or null
 * @param fields field name → value, in a stable order; display is not among them
 */
record Entry(String key, String system, String code, String display, boolean retired, boolean deprecated,
             Map<String, String> fields) {

    Entry(String key, String system, String code, String display, boolean retired, Map<String, String> fields) {
        this(key, system, code, display, retired, false, fields);
    }

    /** Its parents, as the fields list them (empty at the top or without hierarchy). */
    String parents() {
        return fields.getOrDefault("parents", "");
    }
}
