package fr.ror.nomenclator.terminology.internal.diff;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ror.nomenclator.terminology.ChangeKind;
import fr.ror.nomenclator.terminology.Changelog;
import fr.ror.nomenclator.terminology.ConceptChange;
import fr.ror.nomenclator.terminology.FieldChange;
import fr.ror.nomenclator.terminology.ResourceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/** Computes a {@link Changelog} from two resources of one kind, entry by entry. */
public final class ChangelogBuilder {

    private final Entries entries;

    /** @param keyOfUrl the nomenclature key of a URL, so both URL styles of a system compare equal */
    public ChangelogBuilder(UnaryOperator<String> keyOfUrl) {
        this.entries = new Entries(keyOfUrl);
    }

    public Changelog compare(ResourceKind kind, JsonNode from, JsonNode to) {
        Map<String, Entry> before = entries(kind, from);
        Map<String, Entry> after = entries(kind, to);
        List<ConceptChange> changes = new ArrayList<>();
        for (Entry now : after.values()) {
            Entry then = before.get(now.key());
            if (then == null) {
                changes.add(new ConceptChange(ChangeKind.ADDED, now.system(), now.code(), null, now.display(), List.of()));
                continue;
            }
            List<FieldChange> fields = fields(then, now);
            if (fields.isEmpty()) {
                continue;
            }
            ChangeKind changeKind = kind(then, now);
            changes.add(new ConceptChange(changeKind, now.system(), now.code(), then.display(), now.display(), fields));
        }
        for (Entry then : before.values()) {
            if (!after.containsKey(then.key())) {
                changes.add(new ConceptChange(ChangeKind.REMOVED, then.system(), then.code(), then.display(), null, List.of()));
            }
        }
        return new Changelog(kind, text(to, "url", text(from, "url", null)), text(from, "version", null),
                text(to, "version", null), changes);
    }

    private static ChangeKind kind(Entry then, Entry now) {
        boolean endedBefore = then.retired() || then.deprecated();
        boolean endedNow = now.retired() || now.deprecated();
        if (!then.retired() && now.retired()) {
            return ChangeKind.RETIRED;
        }
        if (!endedBefore && now.deprecated()) {
            return ChangeKind.DEPRECATED;
        }
        if (endedBefore && !endedNow) {
            return ChangeKind.REACTIVATED;
        }
        if (!Objects.equals(then.display(), now.display())) {
            return Displays.sameWords(then.display(), now.display()) ? ChangeKind.DISPLAY_CORRECTED
                    : ChangeKind.DISPLAY_CHANGED;
        }
        if (!then.parents().equals(now.parents())) {
            return ChangeKind.MOVED;
        }
        return ChangeKind.OTHER_CHANGED;
    }

    private Map<String, Entry> entries(ResourceKind kind, JsonNode resource) {
        return switch (kind) {
            case CODE_SYSTEM -> entries.codeSystem(resource);
            case VALUE_SET -> entries.valueSet(resource);
            case CONCEPT_MAP -> entries.conceptMap(resource);
        };
    }

    private static List<FieldChange> fields(Entry then, Entry now) {
        List<FieldChange> changes = new ArrayList<>();
        if (!Objects.equals(then.display(), now.display())) {
            changes.add(new FieldChange("display", then.display(), now.display()));
        }
        TreeSet<String> names = new TreeSet<>(then.fields().keySet());
        names.addAll(now.fields().keySet());
        for (String name : names) {
            String a = then.fields().get(name);
            String b = now.fields().get(name);
            if (!Objects.equals(a, b)) {
                changes.add(new FieldChange(name, a, b));
            }
        }
        return changes;
    }

    private static String text(JsonNode node, String field, String otherwise) {
        JsonNode value = node.path(field);
        return value.isValueNode() ? value.asText() : otherwise;
    }
}
