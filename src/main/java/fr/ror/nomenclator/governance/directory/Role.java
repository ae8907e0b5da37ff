package fr.ror.nomenclator.governance.directory;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The roles a person holds in a working group ({@code governance/roles.yaml} says what each may do). */
public enum Role {
    MEMBER, EXPERT, CHAIR, PUBLISHER, ADMIN;

    /** The name used in YAML and in tokens: {@code member}, {@code expert}… */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> of(String id) {
        return Arrays.stream(values()).filter(r -> r.id().equalsIgnoreCase(id)).findFirst();
    }
}
