package fr.ror.nomenclator.terminology;

import java.time.Instant;
import java.util.Objects;

/**
 * A {@code $validate-code} request against a code system.
 *
 * @param system  canonical URL or alias of the code system
 * @param version business version, or null for the version served by default
 * @param code    the code
 * @param display the display the client holds, or null not to check it
 * @param date    the date the code must be valid on (NOS {@code dateValid}/{@code dateFin}), or null for now
 */
public record CodeCheck(String system, String version, String code, String display, Instant date) {
    public CodeCheck {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(code, "code");
    }
}
