package fr.ror.nomenclator.governance.request;

import fr.ror.nomenclator.governance.directory.Role;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The authenticated person acting, with the roles they hold in each working group, whether they
 * come from {@code people.yaml} (local account) or from an OIDC token's claims.
 */
public record Actor(String id, String name, Map<String, Set<Role>> roles) {

    public Actor {
        roles = roles.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                e -> Set.copyOf(e.getValue())));
    }

    public Set<Role> rolesIn(String group) {
        return roles.getOrDefault(group, Set.of());
    }

    public boolean isAdmin() {
        return roles.values().stream().anyMatch(r -> r.contains(Role.ADMIN));
    }

    @Override
    public String toString() {
        return name + " (" + id + ")";
    }
}
