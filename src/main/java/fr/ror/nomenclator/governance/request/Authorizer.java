package fr.ror.nomenclator.governance.request;

import fr.ror.nomenclator.governance.ForbiddenActionException;
import fr.ror.nomenclator.governance.directory.GovernanceDirectory;
import fr.ror.nomenclator.governance.directory.Permission;
import fr.ror.nomenclator.governance.directory.Role;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Whether a person may do something in a working group, from the roles they hold there and what
 * {@code roles.yaml} grants each role. An admin's permissions hold in every group.
 */
public final class Authorizer {

    private final GovernanceDirectory directory;

    public Authorizer(GovernanceDirectory directory) {
        this.directory = directory;
    }

    public boolean may(Actor actor, Permission permission, String group) {
        if (actor.rolesIn(group).stream().anyMatch(role -> directory.permissions(role).contains(permission))) {
            return true;
        }
        return actor.isAdmin() && directory.permissions(Role.ADMIN).contains(permission);
    }

    /** The groups, among those given, where the person may do it. */
    public Set<String> groupsWhere(Actor actor, Permission permission, Collection<String> groups) {
        return groups.stream().filter(g -> may(actor, permission, g)).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The groups where the person holds a role granting the permission (an admin's role counts in its own group). */
    public Set<String> groupsWhere(Actor actor, Permission permission) {
        return groupsWhere(actor, permission, actor.roles().keySet());
    }

    /** Refuses unless the person may do it in at least one of the groups. */
    public void require(Actor actor, Permission permission, Collection<String> groups, String what) {
        if (groups.stream().noneMatch(g -> may(actor, permission, g))) {
            throw new ForbiddenActionException("GV301", actor + " may not " + what + ": it needs the permission '"
                    + permission.id() + "' (role " + rolesGranting(permission) + ") in "
                    + (groups.isEmpty() ? "a working group" : "working group " + String.join(" or ", new TreeSet<>(groups)))
                    + ", and " + actor.name() + " holds " + describe(actor));
        }
    }

    private String rolesGranting(Permission permission) {
        return Arrays.stream(Role.values()).filter(r -> directory.permissions(r).contains(permission))
                .map(Role::id).collect(Collectors.joining(" or "));
    }

    private static String describe(Actor actor) {
        if (actor.roles().isEmpty()) {
            return "no role";
        }
        return actor.roles().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> e.getValue().stream().map(Role::id).sorted().collect(Collectors.joining("+")) + " in "
                        + e.getKey()).collect(Collectors.joining(", "));
    }
}
