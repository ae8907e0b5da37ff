package fr.ror.nomenclator.governance.directory;

import fr.ror.nomenclator.terminology.Nomenclature;
import fr.ror.nomenclator.terminology.NomenclatureCatalogue;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and checks the governance YAML ({@code working-groups.yaml}, {@code roles.yaml},
 * {@code people.yaml}) against each other and against the nomenclature catalogue. Any problem
 * stops with a {@link GovernanceConfigurationException} naming the file, the line and the problem.
 */
public final class GovernanceFiles {

    public static final String WORKING_GROUPS = "working-groups.yaml";
    public static final String ROLES = "roles.yaml";
    public static final String PEOPLE = "people.yaml";
    /** Where a NOS id names a nomenclature the catalogue does not ship. */
    static final String NOS_URL_PREFIX = "https://mos.esante.gouv.fr/NOS/";

    /** Opens one governance file by name; {@link #describe} names it in messages. */
    public interface Source {
        Reader open(String name) throws IOException;

        String describe(String name);
    }

    private GovernanceFiles() {
    }

    public static GovernanceDirectory read(Source source, NomenclatureCatalogue catalogue) {
        List<WorkingGroup> groups = new ArrayList<>();
        Map<String, String> owners = new HashMap<>();
        Map<String, Set<String>> urls = new HashMap<>();
        readGroups(parse(source, WORKING_GROUPS), catalogue, groups, owners, urls);
        Map<Role, Set<Permission>> permissions = new EnumMap<>(Role.class);
        Map<Role, String> descriptions = new EnumMap<>(Role.class);
        readRoles(parse(source, ROLES), permissions, descriptions);
        Set<String> groupIds = new HashSet<>();
        groups.forEach(g -> groupIds.add(g.id()));
        List<Person> people = readPeople(parse(source, PEOPLE), groupIds);
        return new GovernanceDirectory(groups, permissions, descriptions, people, owners, urls);
    }

    private static YamlNode parse(Source source, String name) {
        String file = source.describe(name);
        try (Reader reader = source.open(name)) {
            return YamlNode.parse(file, reader);
        } catch (IOException e) {
            throw new GovernanceConfigurationException(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads the groups and who owns what; {@code urls} receives the URLs each owned nomenclature is
     * known by (the catalogue's URL and aliases, or what {@code owns} names).
     */
    private static void readGroups(YamlNode root, NomenclatureCatalogue catalogue, List<WorkingGroup> groups,
                                   Map<String, String> owners, Map<String, Set<String>> urls) {
        Map<String, YamlNode> top = root.mapping("the file", Set.of("workingGroups"));
        YamlNode list = YamlNode.required(root, top, "workingGroups", "the file");
        Map<String, Integer> seen = new HashMap<>();
        for (YamlNode item : list.list("workingGroups")) {
            Map<String, YamlNode> g = item.mapping("a working group",
                    Set.of("id", "name", "description", "publisher", "owns", "voting", "retirement"));
            String id = YamlNode.required(item, g, "id", "a working group").text("id");
            if (seen.put(id, item.line()) != null) {
                throw item.problem("working group '" + id + "' is declared twice (first at line " + seen.get(id) + ")");
            }
            String name = YamlNode.required(item, g, "name", "working group " + id).text("name");
            String description = YamlNode.optional(g, "description").map(n -> n.text("description")).orElse(null);
            boolean publisher = YamlNode.optional(g, "publisher").map(n -> n.bool("publisher")).orElse(false);
            List<String> owns = new ArrayList<>();
            for (YamlNode owned : YamlNode.optional(g, "owns").map(n -> n.list("owns")).orElse(List.of())) {
                owns.add(owned.text("an owned nomenclature"));
            }
            VotingRules voting = voting(YamlNode.required(item, g, "voting", "working group " + id), id);
            RetirementRules retirement = YamlNode.optional(g, "retirement").map(n -> retirement(n, id))
                    .orElse(RetirementRules.OPTIONAL);
            groups.add(new WorkingGroup(id, name, description, publisher, owns, voting, retirement));
        }
        for (Nomenclature n : catalogue.nomenclatures()) {
            if (n.workingGroup() != null && !seen.containsKey(n.workingGroup())) {
                throw list.problem("the catalogue gives " + n.nosId() + " to working group '" + n.workingGroup()
                        + "', which this file does not declare");
            }
            if (n.workingGroup() != null) {
                owners.put(n.nosId(), n.workingGroup());
                Set<String> known = urls.computeIfAbsent(n.nosId(), k -> new LinkedHashSet<>());
                known.add(n.url());
                known.addAll(n.aliases());
            }
        }
        for (WorkingGroup group : groups) {
            for (String owned : group.owns()) {
                String key = catalogue.canonicalKey(owned);
                String owner = owners.putIfAbsent(key, group.id());
                if (owner != null && !owner.equals(group.id())) {
                    throw new GovernanceConfigurationException(list.file(), seen.get(group.id()), "working group '"
                            + group.id() + "' claims " + key + ", which is owned by '" + owner + "'");
                }
                urls.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(owned.contains("://") ? owned
                        : NOS_URL_PREFIX + owned);
            }
        }
    }

    private static VotingRules voting(YamlNode node, String group) {
        String what = "the voting rules of " + group;
        Map<String, YamlNode> v = node.mapping(what, Set.of("quorum", "majority", "consent-of-impacted-groups",
                "proposer-may-approve", "closed-by"));
        int quorum = YamlNode.required(node, v, "quorum", what).positive("quorum");
        YamlNode majorityNode = YamlNode.required(node, v, "majority", what);
        Majority majority = Majority.of(majorityNode.text("majority")).orElseThrow(() -> majorityNode.problem(
                "majority must be simple, two-thirds or unanimous, not '" + majorityNode.text("majority") + "'"));
        boolean consent = YamlNode.required(node, v, "consent-of-impacted-groups", what)
                .bool("consent-of-impacted-groups");
        boolean proposerMayApprove = YamlNode.optional(v, "proposer-may-approve")
                .map(n -> n.bool("proposer-may-approve")).orElse(false);
        YamlNode closedByNode = YamlNode.required(node, v, "closed-by", what);
        Role closedBy = role(closedByNode);
        return new VotingRules(quorum, majority, consent, proposerMayApprove, closedBy);
    }

    private static RetirementRules retirement(YamlNode node, String group) {
        String what = "the retirement rules of " + group;
        Map<String, YamlNode> r = node.mapping(what, Set.of("replacement"));
        YamlNode replacement = YamlNode.required(node, r, "replacement", what);
        return switch (replacement.text("replacement")) {
            case "required" -> new RetirementRules(true);
            case "optional" -> new RetirementRules(false);
            default -> throw replacement.problem("replacement must be required or optional, not '"
                    + replacement.text("replacement") + "'");
        };
    }

    private static void readRoles(YamlNode root, Map<Role, Set<Permission>> permissions,
                                  Map<Role, String> descriptions) {
        Map<String, YamlNode> top = root.mapping("the file", Set.of("roles"));
        YamlNode roles = YamlNode.required(root, top, "roles", "the file");
        Set<String> names = new LinkedHashSet<>();
        for (Role r : Role.values()) {
            names.add(r.id());
        }
        Map<String, YamlNode> entries = roles.mapping("roles", names);
        for (var entry : entries.entrySet()) {
            Role role = Role.of(entry.getKey()).orElseThrow();
            YamlNode node = entry.getValue();
            Map<String, YamlNode> r = node.mapping("role " + role.id(), Set.of("description", "permissions"));
            YamlNode.optional(r, "description").ifPresent(d -> descriptions.put(role, d.text("description")));
            Set<Permission> granted = EnumSet.noneOf(Permission.class);
            for (YamlNode p : YamlNode.required(node, r, "permissions", "role " + role.id()).list("permissions")) {
                String id = p.text("a permission");
                granted.add(Permission.of(id).orElseThrow(() -> p.problem("unknown permission '" + id
                        + "' for role " + role.id() + "; expected one of " + permissionIds())));
            }
            permissions.put(role, granted);
        }
    }

    private static List<Person> readPeople(YamlNode root, Set<String> groupIds) {
        Map<String, YamlNode> top = root.mapping("the file", Set.of("people"));
        YamlNode list = YamlNode.required(root, top, "people", "the file");
        List<Person> people = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (YamlNode item : list.list("people")) {
            Map<String, YamlNode> p = item.mapping("a person",
                    Set.of("id", "name", "organisation", "password-hash", "memberships"));
            String id = YamlNode.required(item, p, "id", "a person").text("id");
            if (seen.put(id, item.line()) != null) {
                throw item.problem("person '" + id + "' is declared twice (first at line " + seen.get(id) + ")");
            }
            String name = YamlNode.required(item, p, "name", "person " + id).text("name");
            String organisation = YamlNode.optional(p, "organisation").map(n -> n.text("organisation")).orElse(null);
            String hash = YamlNode.optional(p, "password-hash").map(n -> passwordHash(n, id)).orElse(null);
            List<Person.Membership> memberships = new ArrayList<>();
            for (YamlNode m : YamlNode.optional(p, "memberships").map(n -> n.list("memberships")).orElse(List.of())) {
                memberships.add(membership(m, id, groupIds));
            }
            people.add(new Person(id, name, organisation, hash, memberships));
        }
        return people;
    }

    private static Person.Membership membership(YamlNode node, String person, Set<String> groupIds) {
        Map<String, YamlNode> m = node.mapping("a membership", Set.of("group", "roles"));
        YamlNode groupNode = YamlNode.required(node, m, "group", "a membership of " + person);
        String group = groupNode.text("group");
        if (!groupIds.contains(group)) {
            throw groupNode.problem("person '" + person + "' is a member of '" + group + "', which "
                    + WORKING_GROUPS + " does not declare");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (YamlNode r : YamlNode.required(node, m, "roles", "a membership of " + person).list("roles")) {
            roles.add(role(r));
        }
        if (roles.isEmpty()) {
            throw node.problem("person '" + person + "' holds no role in '" + group + "'");
        }
        return new Person.Membership(group, roles);
    }

    private static Role role(YamlNode node) {
        String id = node.text("a role");
        return Role.of(id).orElseThrow(() -> node.problem("unknown role '" + id
                + "'; expected member, expert, chair, publisher or admin"));
    }

    private static String passwordHash(YamlNode node, String person) {
        String hash = node.text("password-hash");
        if (!hash.startsWith("{bcrypt}$2")) {
            throw node.problem("the password of '" + person + "' must be a bcrypt hash ({bcrypt}$2a$…), never the"
                    + " password itself");
        }
        return hash;
    }

    private static List<String> permissionIds() {
        return java.util.Arrays.stream(Permission.values()).map(Permission::id).toList();
    }
}
