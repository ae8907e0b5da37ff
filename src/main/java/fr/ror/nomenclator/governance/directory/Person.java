package fr.ror.nomenclator.governance.directory;

import java.util.List;
import java.util.Set;

/**
 * Someone who takes part in governance ({@code governance/people.yaml}).
 *
 * @param passwordHash the hash of a local account's password, or null for people who sign in through OIDC
 */
public record Person(String id, String name, String organisation, String passwordHash, List<Membership> memberships) {

    public Person {
        memberships = List.copyOf(memberships);
    }

    /** Roles held in one working group. */
    public record Membership(String group, Set<Role> roles) {
        public Membership {
            roles = Set.copyOf(roles);
        }
    }
}
