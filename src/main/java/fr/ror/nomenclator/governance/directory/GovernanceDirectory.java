package fr.ror.nomenclator.governance.directory;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The governance YAML once read and checked: working groups with their voting rules and the
 * nomenclatures each owns, what each role may do, and the people with their roles.
 */
public final class GovernanceDirectory {

    private final Map<String, WorkingGroup> groups = new LinkedHashMap<>();
    private final Map<String, Person> people = new LinkedHashMap<>();
    private final Map<Role, Set<Permission>> permissions = new EnumMap<>(Role.class);
    private final Map<Role, String> roleDescriptions = new EnumMap<>(Role.class);
    private final Map<String, String> owners;
    private final Map<String, Set<String>> urls;

    GovernanceDirectory(List<WorkingGroup> groups, Map<Role, Set<Permission>> permissions,
                        Map<Role, String> roleDescriptions, List<Person> people, Map<String, String> owners,
                        Map<String, Set<String>> urls) {
        groups.forEach(g -> this.groups.put(g.id(), g));
        people.forEach(p -> this.people.put(p.id(), p));
        permissions.forEach((role, granted) -> this.permissions.put(role, Set.copyOf(granted)));
        this.roleDescriptions.putAll(roleDescriptions);
        this.owners = Map.copyOf(owners);
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        urls.forEach((key, known) -> copy.put(key, Collections.unmodifiableSet(new LinkedHashSet<>(known))));
        this.urls = Collections.unmodifiableMap(copy);
    }

    public List<WorkingGroup> groups() {
        return List.copyOf(groups.values());
    }

    public Optional<WorkingGroup> group(String id) {
        return Optional.ofNullable(id == null ? null : groups.get(id));
    }

    public List<Person> people() {
        return List.copyOf(people.values());
    }

    public Optional<Person> person(String id) {
        return Optional.ofNullable(id == null ? null : people.get(id));
    }

    /** What a role may do (nothing for a role roles.yaml does not describe). */
    public Set<Permission> permissions(Role role) {
        return permissions.getOrDefault(role, EnumSet.noneOf(Permission.class));
    }

    public Optional<String> roleDescription(Role role) {
        return Optional.ofNullable(roleDescriptions.get(role));
    }

    /** The working group owning a nomenclature (by its key), from the catalogue or {@code owns}. */
    public Optional<String> ownerOf(String nomenclatureKey) {
        return Optional.ofNullable(owners.get(nomenclatureKey));
    }

    /**
     * The nomenclatures whose owning group requires a replacement for every retired code, by every
     * URL they are known under (the catalogue's URL and aliases), sorted: what a caller of the quality
     * loop puts in {@code QualityRequest.replacementRequired}.
     */
    public Set<String> replacementRequired() {
        Set<String> required = new java.util.TreeSet<>();
        owners.forEach((key, group) -> {
            if (groups.get(group).retirement().replacementRequired()) {
                required.addAll(urls.getOrDefault(key, Set.of()));
            }
        });
        return Collections.unmodifiableSet(required);
    }

    /** The nomenclature keys a working group owns, sorted. */
    public List<String> ownedBy(String groupId) {
        return owners.entrySet().stream().filter(e -> e.getValue().equals(groupId)).map(Map.Entry::getKey).sorted()
                .toList();
    }
}
