package fr.ror.nomenclator.terminology.internal.serving;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** The {@code expansion.parameter} list: what was asked and what was used, each name and value once. */
final class ExpansionParameters {

    private record Entry(String name, String type, Object value) {
    }

    private final List<Entry> entries = new ArrayList<>();

    void add(String name, String type, Object value) {
        if (value == null) {
            return;
        }
        for (Entry e : entries) {
            if (e.name().equals(name) && String.valueOf(e.value()).equals(String.valueOf(value))) {
                return;
            }
        }
        entries.add(new Entry(name, type, value));
    }

    void uri(String name, String value) {
        add(name, "valueUri", value);
    }

    void bool(String name, Boolean value) {
        add(name, "valueBoolean", value);
    }

    void string(String name, String value) {
        add(name, "valueString", value);
    }

    void code(String name, String value) {
        add(name, "valueCode", value);
    }

    void integer(String name, int value) {
        add(name, "valueInteger", value);
    }

    boolean has(String name) {
        return entries.stream().anyMatch(e -> e.name().equals(name));
    }

    ArrayNode toJson() {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (Entry e : entries) {
            ObjectNode p = array.addObject().put("name", e.name());
            if (e.value() instanceof Boolean b) {
                p.put(e.type(), b);
            } else if (e.value() instanceof Integer i) {
                p.put(e.type(), i);
            } else {
                p.put(e.type(), String.valueOf(e.value()));
            }
        }
        return array;
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }
}
