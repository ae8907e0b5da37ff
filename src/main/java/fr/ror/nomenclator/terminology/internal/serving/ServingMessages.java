package fr.ror.nomenclator.terminology.internal.serving;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The texts users read. Where the HL7 terminology test suite (tx-ecosystem) fixes a wording, it
 * is used word for word, so clients that match on it keep working; the NOS temporal rules have
 * wordings of their own.
 */
final class ServingMessages {

    private ServingMessages() {
    }

    static String unknownSystem(String system, String consequence) {
        return "A definition for CodeSystem '" + system + "' could not be found, so " + consequence;
    }

    static String unknownVersion(String system, String version, List<String> known, String consequence) {
        return "A definition for CodeSystem '" + system + "' version '" + version + "' could not be found, so "
                + consequence + ". Valid versions: " + either(known);
    }

    static String unknownCode(String code, String system, String version) {
        return "Unknown code '" + code + "' in the CodeSystem '" + system + "' version '" + version + "'";
    }

    static String wrongDisplay(String given, String system, String code, String display) {
        return "Wrong Display Name '" + given + "' for " + system + "#" + code + ". Valid display is '" + display + "'";
    }

    /** NOS: {@code dateFin} at or before the date asked. */
    static String retired(String code, String system, String version, NosDates dates, Instant on,
                          Optional<String> replacement) {
        return "The code '" + code + "' in the CodeSystem '" + system + "' version '" + version + "' was retired on "
                + NosDates.day(dates.dateFin()) + " (dateFin " + dates.dateFin() + ") and is not valid on " + day(on)
                + replacement.map(r -> "; use its replacement '" + r + "'").orElse("");
    }

    /** NOS: {@code dateValid} after the date asked. */
    static String notYetValid(String code, String system, String version, NosDates dates, Instant on) {
        return "The code '" + code + "' in the CodeSystem '" + system + "' version '" + version + "' is valid from "
                + NosDates.day(dates.dateValid()) + " (dateValid " + dates.dateValid() + ") and is not valid yet on "
                + day(on);
    }

    static String deprecated(String code, String status) {
        return "deprecated".equals(status)
                ? "The concept '" + code + "' is deprecated and its use should be reviewed"
                : "The concept '" + code + "' has a status of " + status + " and its use should be reviewed";
    }

    static String inactive(String code) {
        return "The concept '" + code + "' is valid but is not active";
    }

    static String day(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }

    /** "a", "a or b", "a, b or c" as the HL7 suite words it. */
    static String either(List<String> values) {
        if (values.size() <= 1) {
            return values.isEmpty() ? "none" : values.get(0);
        }
        return String.join(", ", values.subList(0, values.size() - 1)) + " or " + values.get(values.size() - 1);
    }
}
