package fr.ror.nomenclator.governance.directory;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a role may do; {@code governance/roles.yaml} grants them to roles. */
public enum Permission {
    CREATE, EDIT, SUBMIT, WITHDRAW, COMMENT, VOTE, REQUEST_CLARIFICATION, START_REVIEW, CLOSE, SCHEDULE, PUBLISH,
    WRITE_FHIR;

    /** The name used in YAML: {@code request-clarification}… */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Permission> of(String id) {
        return Arrays.stream(values()).filter(p -> p.id().equals(id)).findFirst();
    }
}
