package fr.ror.nomenclator.terminology;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What changed from one version of a nomenclature to another, entry by entry: the releases'
 * {@code $changelog} and the working groups' review workbooks both read it.
 *
 * @param fromVersion the older version ({@code null} when compared with content not stored)
 * @param changes     changed entries only, newer version's order first, then the removed ones
 */
public record Changelog(ResourceKind kind, String url, String fromVersion, String toVersion,
                        List<ConceptChange> changes) {

    public Changelog {
        changes = List.copyOf(changes);
    }

    /** How many entries changed, by kind (every kind present, zero when none). */
    public Map<ChangeKind, Integer> counts() {
        Map<ChangeKind, Integer> counts = new EnumMap<>(ChangeKind.class);
        for (ChangeKind kind : ChangeKind.values()) {
            counts.put(kind, 0);
        }
        changes.forEach(c -> counts.merge(c.kind(), 1, Integer::sum));
        return counts;
    }

    public List<ConceptChange> of(ChangeKind kind) {
        return changes.stream().filter(c -> c.kind() == kind).toList();
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
