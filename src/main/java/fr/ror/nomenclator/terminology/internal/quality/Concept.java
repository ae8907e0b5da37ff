package fr.ror.nomenclator.terminology.internal.quality;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One concept of a code system version, as the rules see it. Its life follows the two rules of
 * DESIGN.md §4: the NOS {@code dateFin} (retired from that day on), and the FHIR status the concept
 * states ({@code status} retired or deprecated, {@code inactive}).
 *
 * @param display      the display, or null when absent or blank
 * @param terms        the display and every designation value, for comparing labels
 * @param dateFin      the NOS end of validity as written, or null
 * @param status       the FHIR status property ({@code status}, {@code concept-status}), or null
 * @param replacedBy   the codes its {@code replacedBy} / {@code remplacePar} properties name
 */
record Concept(String code, String display, List<String> terms, String dateFin, String status, boolean inactive,
               List<String> replacedBy) {

    static final Set<String> REPLACEMENT_PROPERTIES = Set.of("replacedBy", "replaced-by", "remplacePar");

    /** Retired on a day: its {@code dateFin} is on or before it, or its FHIR status says retired or inactive. */
    boolean retiredOn(LocalDate day) {
        LocalDate end = endDay();
        return (end != null && !end.isAfter(day)) || "retired".equals(status) || "inactive".equals(status) || inactive;
    }

    /** Still valid but to be avoided: the FHIR status {@code deprecated}. */
    boolean deprecated() {
        return "deprecated".equals(status);
    }

    /** Whether this version ends the concept at all: a {@code dateFin} (past or future) or a retired status. */
    boolean ends() {
        return dateFin != null || "retired".equals(status) || "inactive".equals(status) || inactive;
    }

    /** The calendar day of {@code dateFin} as written ({@code 2019-07-05T12:00:00+02:00} → 2019-07-05), or null. */
    LocalDate endDay() {
        return day(dateFin);
    }

    static LocalDate day(String written) {
        if (written == null || written.length() < 4) {
            return null;
        }
        try {
            if (written.length() >= 10) {
                return LocalDate.parse(written.substring(0, 10));
            }
            if (written.length() >= 7) {
                return LocalDate.parse(written.substring(0, 7) + "-01");
            }
            return LocalDate.of(Integer.parseInt(written.substring(0, 4)), 1, 1);
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
    }

    /** A label as people read it: case, runs of spaces and the typographic apostrophe do not count. */
    static String normalised(String label) {
        return label == null ? "" : label.replace('\u2019', '\'').trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
