package fr.ror.nomenclator.terminology.internal.quality;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ror.nomenclator.terminology.ResourceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * One {@code compose.include} (or {@code exclude}) of a value set: the code system it draws on, the
 * version it pins, the codes it enumerates, the value sets it imports.
 *
 * @param system    the code system URL, or null (an include of value sets only)
 * @param version   the pinned version ({@code include.version}), or null
 * @param members   the enumerated codes with their displays; empty for a whole-system or filtered include
 * @param valueSets the imported value set canonicals ({@code url} or {@code url|version})
 * @param filtered  whether it selects by filter rather than by enumeration
 */
record Include(boolean exclude, String system, String version, List<Member> members, List<String> valueSets,
               boolean filtered) {

    /** An enumerated code. */
    record Member(String code, String display) {
    }

    /** Draws on a whole code system, or on a filtered part of it, rather than on a list of codes. */
    boolean wholeSystem() {
        return system != null && members.isEmpty();
    }

    /**
     * Each include of the value set that enumerates codes, with the code system version it resolves
     * to (the candidate's, else the one in force); includes whose code system is unknown are left to
     * the reference rules.
     */
    static void forEachEnumerated(Checked valueSet, QualityContext context, BiConsumer<Include, Checked> action) {
        for (Include include : of(valueSet)) {
            if (include.exclude() || include.members().isEmpty()) {
                continue;
            }
            context.resolve(ResourceKind.CODE_SYSTEM, include.system(), include.version())
                    .ifPresent(cs -> action.accept(include, cs));
        }
    }

    static List<Include> of(Checked valueSet) {
        List<Include> includes = new ArrayList<>();
        JsonNode compose = valueSet.json().path("compose");
        read(compose.path("include"), false, includes);
        read(compose.path("exclude"), true, includes);
        return includes;
    }

    private static void read(JsonNode list, boolean exclude, List<Include> out) {
        for (JsonNode include : list) {
            List<Member> members = new ArrayList<>();
            include.path("concept").forEach(c -> {
                String code = Json.text(c, "code");
                if (code != null) {
                    members.add(new Member(code, Json.text(c, "display")));
                }
            });
            List<String> valueSets = new ArrayList<>();
            include.path("valueSet").forEach(v -> {
                if (v.isTextual() && !v.asText().isBlank()) {
                    valueSets.add(v.asText());
                }
            });
            out.add(new Include(exclude, Json.text(include, "system"), Json.text(include, "version"),
                    List.copyOf(members), List.copyOf(valueSets), include.path("filter").size() > 0));
        }
    }
}
