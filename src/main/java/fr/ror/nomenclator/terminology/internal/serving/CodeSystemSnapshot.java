package fr.ror.nomenclator.terminology.internal.serving;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One code system version compiled for serving: immutable, built once from the version's FHIR JSON
 * by {@link SnapshotBuilder}, shared by every request on that version (or, for a {@code tx-resource},
 * by one request). Concepts keep their document order; the hierarchy is kept both ways.
 */
final class CodeSystemSnapshot {

    /** The header of the code system: what answers and messages name. */
    record Header(String url, String version, String versionAlgorithm, String name, String title, String status,
                  boolean experimental, String standardsStatus, String content, boolean caseSensitive,
                  Language language, String valueSet, String supplements, boolean versionNeeded) {
    }

    private final String versionId;
    private final String contentHash;
    private final Header header;
    private final List<PropertyDefinition> properties;
    private final Map<String, SnapshotConcept> concepts;
    private final Map<String, SnapshotConcept> byLowerCase;
    private final List<String> roots;
    private final boolean hierarchical;
    private final List<String> supplementsUsed;
    private volatile TextIndex textIndex;

    CodeSystemSnapshot(String versionId, String contentHash, Header header, List<PropertyDefinition> properties,
                       Map<String, SnapshotConcept> concepts, List<String> roots, List<String> supplementsUsed) {
        this.versionId = versionId;
        this.contentHash = contentHash;
        this.header = header;
        this.properties = List.copyOf(properties);
        this.concepts = Collections.unmodifiableMap(concepts);
        Map<String, SnapshotConcept> lower = new LinkedHashMap<>();
        if (!header.caseSensitive()) {
            concepts.forEach((code, concept) -> lower.putIfAbsent(code.toLowerCase(Locale.ROOT), concept));
        }
        this.byLowerCase = Collections.unmodifiableMap(lower);
        this.roots = List.copyOf(roots);
        this.hierarchical = concepts.values().stream().anyMatch(c -> !c.parents().isEmpty());
        this.supplementsUsed = List.copyOf(supplementsUsed);
    }

    String versionId() {
        return versionId;
    }

    String contentHash() {
        return contentHash;
    }

    Header header() {
        return header;
    }

    String url() {
        return header.url();
    }

    String version() {
        return header.version();
    }

    /** {@code url|version}, or the url alone without a version. */
    String canonical() {
        return header.version() == null ? header.url() : header.url() + "|" + header.version();
    }

    String name() {
        return header.name();
    }

    String content() {
        return header.content() == null ? "complete" : header.content();
    }

    boolean isSupplement() {
        return "supplement".equals(header.content()) || header.supplements() != null;
    }

    boolean caseSensitive() {
        return header.caseSensitive();
    }

    List<PropertyDefinition> properties() {
        return properties;
    }

    Optional<PropertyDefinition> property(String code) {
        return properties.stream().filter(p -> p.code().equals(code)).findFirst();
    }

    /** The canonicals of the supplements merged into this snapshot. */
    List<String> supplementsUsed() {
        return supplementsUsed;
    }

    /** The concept with this code; ignoring case when the code system says it is not case-sensitive. */
    Optional<SnapshotConcept> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        SnapshotConcept exact = concepts.get(code);
        if (exact != null || header.caseSensitive()) {
            return Optional.ofNullable(exact);
        }
        return Optional.ofNullable(byLowerCase.get(code.toLowerCase(Locale.ROOT)));
    }

    Collection<SnapshotConcept> all() {
        return concepts.values();
    }

    int size() {
        return concepts.size();
    }

    boolean hierarchical() {
        return hierarchical;
    }

    List<SnapshotConcept> roots() {
        List<SnapshotConcept> result = new ArrayList<>(roots.size());
        roots.forEach(code -> result.add(concepts.get(code)));
        return result;
    }

    List<SnapshotConcept> children(SnapshotConcept concept) {
        List<SnapshotConcept> result = new ArrayList<>(concept.children().size());
        for (String child : concept.children()) {
            SnapshotConcept c = concepts.get(child);
            if (c != null) {
                result.add(c);
            }
        }
        return result;
    }

    /** Whether {@code concept} is {@code ancestor} or below it (walking every parent). */
    boolean isSelfOrDescendantOf(SnapshotConcept concept, String ancestor) {
        if (concept.code().equals(ancestor)) {
            return true;
        }
        Deque<String> todo = new ArrayDeque<>(concept.parents());
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            String parent = todo.pop();
            if (parent.equals(ancestor)) {
                return true;
            }
            if (seen.add(parent)) {
                SnapshotConcept p = concepts.get(parent);
                if (p != null) {
                    todo.addAll(p.parents());
                }
            }
        }
        return false;
    }

    /** The concept and everything below it, depth first, each once. */
    List<SnapshotConcept> selfAndDescendants(SnapshotConcept top) {
        List<SnapshotConcept> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Deque<SnapshotConcept> todo = new ArrayDeque<>();
        todo.push(top);
        while (!todo.isEmpty()) {
            SnapshotConcept c = todo.pop();
            if (!seen.add(c.code())) {
                continue;
            }
            result.add(c);
            List<SnapshotConcept> children = children(c);
            for (int i = children.size() - 1; i >= 0; i--) {
                todo.push(children.get(i));
            }
        }
        return result;
    }

    /** The word index over displays and designations, built on first use. */
    TextIndex textIndex() {
        TextIndex index = textIndex;
        if (index == null) {
            synchronized (this) {
                if (textIndex == null) {
                    textIndex = TextIndex.of(this);
                }
                index = textIndex;
            }
        }
        return index;
    }
}
