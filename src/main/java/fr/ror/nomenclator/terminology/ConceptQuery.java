package fr.ror.nomenclator.terminology;

import java.time.Instant;
import java.util.Objects;

/**
 * A {@code $lookup} request.
 *
 * @param system  canonical URL or alias of the code system
 * @param version business version, or null for the version served by default
 * @param code    the code
 * @param date    the date the concept's status is given for, or null for now
 */
public record ConceptQuery(String system, String version, String code, Instant date) {
    public ConceptQuery {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(code, "code");
    }
}
