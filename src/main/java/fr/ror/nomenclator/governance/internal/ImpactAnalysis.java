package fr.ror.nomenclator.governance.internal;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ror.nomenclator.governance.directory.GovernanceDirectory;
import fr.ror.nomenclator.governance.operation.Operation;
import fr.ror.nomenclator.governance.operation.Touch;
import fr.ror.nomenclator.governance.request.ChangeRequest;
import fr.ror.nomenclator.governance.request.Impact;
import fr.ror.nomenclator.terminology.ConceptKey;
import fr.ror.nomenclator.terminology.ConceptUsage;
import fr.ror.nomenclator.terminology.ConceptUsages;
import fr.ror.nomenclator.terminology.ResourceKind;
import fr.ror.nomenclator.terminology.VersionCatalog;
import fr.ror.nomenclator.terminology.VersionSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Computes a request's {@link Impact} from the graph: the concepts its operations change, what
 * uses them in the current version of each value set and concept map (the one served, or an open
 * draft), and who owns all of it.
 */
final class ImpactAnalysis {

    private final NomenclatureReferences references;
    private final ConceptUsages usages;
    private final VersionCatalog versions;
    private final GovernanceDirectory directory;

    ImpactAnalysis(NomenclatureReferences references, ConceptUsages usages, VersionCatalog versions,
                   GovernanceDirectory directory) {
        this.references = references;
        this.usages = usages;
        this.versions = versions;
        this.directory = directory;
    }

    Impact of(ChangeRequest request) {
        List<Touch> touches = new ArrayList<>();
        for (Operation operation : request.operations()) {
            touches.addAll(operation.touches(references));
        }
        Map<String, Builder> changed = new LinkedHashMap<>();
        Set<ConceptKey> subjects = new LinkedHashSet<>();
        for (Touch t : touches) {
            if (t.concept() == null) {
                changed.computeIfAbsent(t.kind() + " " + t.nomenclature(), k -> new Builder(t.kind(), t.nomenclature()))
                        .versions.add(references.base(t.kind(), t.nomenclature()).map(VersionSummary::id).orElse("-"));
            } else if (t.role() == Touch.Role.SUBJECT) {
                subjects.add(t.concept());
                changed.computeIfAbsent(t.kind() + " " + t.nomenclature(), k -> new Builder(t.kind(), t.nomenclature()))
                        .concepts.add(t.concept().toString());
            }
        }
        Map<String, Builder> users = new LinkedHashMap<>();
        for (ConceptUsage usage : usages.usagesOf(subjects)) {
            if (!isCurrent(usage)) {
                continue;
            }
            Builder b = users.computeIfAbsent(usage.kind() + " " + usage.nomenclature(),
                    k -> new Builder(usage.kind(), usage.nomenclature()));
            b.versions.add(usage.versionId());
            b.concepts.add(usage.concept().toString());
            b.how.add(usage.how().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        Set<String> changedSystems = new TreeSet<>();
        changed.values().stream().filter(b -> b.kind == ResourceKind.CODE_SYSTEM).forEach(b -> changedSystems.add(b.key));
        Map<String, Builder> others = new LinkedHashMap<>();
        users.values().stream().filter(b -> b.kind == ResourceKind.CONCEPT_MAP).forEach(map -> map.versions.forEach(id ->
                relatedSystems(id).stream().filter(key -> !changedSystems.contains(key)).forEach(key -> others
                        .computeIfAbsent(key, k -> new Builder(ResourceKind.CODE_SYSTEM, k)).how
                        .add("related by " + map.key))));
        Set<String> groups = new TreeSet<>();
        groups.add(request.workingGroup());
        List<Builder> all = new ArrayList<>(changed.values());
        all.addAll(users.values());
        all.addAll(others.values());
        all.forEach(b -> directory.ownerOf(b.key).ifPresent(groups::add));
        return new Impact(build(changed.values()), build(users.values().stream()
                .filter(b -> b.kind == ResourceKind.VALUE_SET).toList()), build(users.values().stream()
                .filter(b -> b.kind == ResourceKind.CONCEPT_MAP).toList()), build(others.values()), List.copyOf(groups));
    }

    private boolean isCurrent(ConceptUsage usage) {
        return "draft".equals(usage.status()) || references.latestOfKey(usage.kind(), usage.nomenclature())
                .map(v -> v.id().equals(usage.versionId())).orElse(false);
    }

    private List<String> relatedSystems(String conceptMapVersionId) {
        List<String> keys = new ArrayList<>();
        versions.resource(ResourceKind.CONCEPT_MAP, conceptMapVersionId).ifPresent(json -> {
            for (JsonNode group : json.path("group")) {
                for (String side : List.of("source", "target")) {
                    if (group.hasNonNull(side)) {
                        keys.add(references.key(ResourceKind.CODE_SYSTEM, group.get(side).asText()));
                    }
                }
            }
        });
        return keys;
    }

    private List<Impact.Resource> build(java.util.Collection<Builder> builders) {
        return builders.stream().map(b -> new Impact.Resource(b.kind.fhirType(), b.key, title(b.kind, b.key),
                directory.ownerOf(b.key).orElse(null), List.copyOf(new TreeSet<>(b.versions)),
                List.copyOf(new TreeSet<>(b.concepts)), List.copyOf(new TreeSet<>(b.how)))).toList();
    }

    private String title(ResourceKind kind, String key) {
        Optional<String> title = references.entry(kind, key).map(n -> n.title());
        return title.orElseGet(() -> references.latestOfKey(kind, key).map(v -> v.title() != null ? v.title() : v.name())
                .orElse(null));
    }

    private static final class Builder {
        final ResourceKind kind;
        final String key;
        final Set<String> versions = new LinkedHashSet<>();
        final Set<String> concepts = new LinkedHashSet<>();
        final Set<String> how = new LinkedHashSet<>();

        Builder(ResourceKind kind, String key) {
            this.kind = kind;
            this.key = key;
        }
    }
}
