package fr.ror.nomenclator.governance.security;

import fr.ror.nomenclator.governance.directory.GovernanceDirectory;
import fr.ror.nomenclator.governance.directory.Permission;
import fr.ror.nomenclator.governance.directory.Role;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Roles in working groups as Spring Security authorities, the same for local accounts and
 * tokens: {@code wg:<group>:<role>} for each, plus the application-wide roles the FHIR endpoint
 * checks: {@code ROLE_ADMIN} for an admin, {@code ROLE_NOMENCLATURE_EDITOR} for whoever holds a
 * role granting {@code write-fhir}.
 */
final class Authorities {

    static final String PREFIX = "wg:";

    private Authorities() {
    }

    static List<GrantedAuthority> of(Map<String, Set<Role>> roles, GovernanceDirectory directory) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        boolean admin = false;
        boolean editor = false;
        for (var entry : roles.entrySet()) {
            for (Role role : entry.getValue()) {
                authorities.add(new SimpleGrantedAuthority(PREFIX + entry.getKey() + ":" + role.id()));
                admin |= role == Role.ADMIN;
                editor |= directory.permissions(role).contains(Permission.WRITE_FHIR);
            }
        }
        if (admin) {
            authorities.add(new SimpleGrantedAuthority("ROLE_ADMIN"));
        }
        if (editor) {
            authorities.add(new SimpleGrantedAuthority("ROLE_NOMENCLATURE_EDITOR"));
        }
        return authorities;
    }

    /** The roles in working groups the authorities carry. */
    static Map<String, Set<Role>> roles(Iterable<? extends GrantedAuthority> authorities) {
        Map<String, Set<Role>> roles = new LinkedHashMap<>();
        for (GrantedAuthority authority : authorities) {
            String text = authority.getAuthority();
            if (text == null || !text.startsWith(PREFIX)) {
                continue;
            }
            int colon = text.lastIndexOf(':');
            String group = text.substring(PREFIX.length(), colon);
            Optional<Role> role = Role.of(text.substring(colon + 1));
            role.ifPresent(r -> roles.computeIfAbsent(group, g -> EnumSet.noneOf(Role.class)).add(r));
        }
        return roles;
    }
}
