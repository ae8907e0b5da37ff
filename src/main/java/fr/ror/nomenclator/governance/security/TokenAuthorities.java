package fr.ror.nomenclator.governance.security;

import fr.ror.nomenclator.governance.directory.GovernanceDirectory;
import fr.ror.nomenclator.governance.directory.Role;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Maps an OIDC token's claims to roles in working groups ({@link SecuritySettings.Claims}). Roles
 * and groups the governance YAML does not know are ignored: a token cannot invent a group.
 */
final class TokenAuthorities implements Converter<Jwt, Collection<GrantedAuthority>> {

    private final SecuritySettings.Claims claims;
    private final GovernanceDirectory directory;

    TokenAuthorities(SecuritySettings.Claims claims, GovernanceDirectory directory) {
        this.claims = claims;
        this.directory = directory;
    }

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        return Authorities.of(roles(jwt), directory);
    }

    Map<String, Set<Role>> roles(Jwt jwt) {
        List<String> groups = strings(jwt, claims.groups());
        Map<String, Set<Role>> roles = new LinkedHashMap<>();
        for (String entry : strings(jwt, claims.roles())) {
            int colon = entry.indexOf(':');
            Optional<Role> role = Role.of(colon < 0 ? entry : entry.substring(colon + 1));
            List<String> scope = colon < 0 ? groups : List.of(entry.substring(0, colon));
            role.ifPresent(r -> scope.stream().filter(g -> directory.group(g).isPresent())
                    .forEach(g -> roles.computeIfAbsent(g, k -> EnumSet.noneOf(Role.class)).add(r)));
        }
        return roles;
    }

    static Object claim(Jwt jwt, String path) {
        Object value = jwt.getClaims();
        for (String part : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            value = map.get(part);
        }
        return value;
    }

    private static List<String> strings(Jwt jwt, String path) {
        Object value = claim(jwt, path);
        List<String> out = new ArrayList<>();
        if (value instanceof Collection<?> list) {
            list.forEach(v -> out.add(String.valueOf(v)));
        } else if (value instanceof String text) {
            for (String part : text.split("[ ,]+")) {
                if (!part.isBlank()) {
                    out.add(part);
                }
            }
        }
        return out;
    }
}
