package fr.ror.nomenclator.governance.security;

import fr.ror.nomenclator.governance.directory.GovernanceDirectory;
import fr.ror.nomenclator.governance.directory.Person;
import fr.ror.nomenclator.governance.directory.Role;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** The local accounts of the embedded default: people of {@code people.yaml} with a bcrypt password hash. */
final class LocalAccounts implements UserDetailsService {

    private final GovernanceDirectory directory;

    LocalAccounts(GovernanceDirectory directory) {
        this.directory = directory;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Person person = directory.person(username).filter(p -> p.passwordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("no local account '" + username + "'"));
        Map<String, Set<Role>> roles = new LinkedHashMap<>();
        person.memberships().forEach(m -> roles.put(m.group(), m.roles()));
        return User.withUsername(person.id()).password(person.passwordHash())
                .authorities(Authorities.of(roles, directory)).build();
    }
}
