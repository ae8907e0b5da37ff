package fr.ror.nomenclator.terminology.internal.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** FHIR {@code date}/{@code dateTime} values, which may be partial ({@code 2023}, {@code 2023-08}). */
final class FhirDates {

    private FhirDates() {
    }

    /** Whether the period a FHIR date names starts after {@code instant}; unreadable dates do not. */
    static boolean startsAfter(String value, Instant instant) {
        return start(value).map(start -> start.isAfter(instant)).orElse(false);
    }

    /**
     * When a version comes into force: the later of its {@code date} and the start of its effective
     * period. NOS files state the nomenclature's first validity there (R211: 2015) in every version,
     * which must not put a version dated later in force before its date; a release sets the effective
     * period to a date after its publication.
     */
    static java.util.Optional<Instant> inForce(fr.ror.nomenclator.terminology.VersionSummary version) {
        java.util.Optional<Instant> date = start(version.date());
        java.util.Optional<Instant> effective = start(version.effectiveFrom());
        if (date.isEmpty()) {
            return effective;
        }
        return effective.filter(e -> e.isAfter(date.get())).or(() -> date);
    }

    /** When the period a FHIR date names starts; empty for no date or an unreadable one. */
    static java.util.Optional<Instant> start(String value) {
        if (value == null || value.isBlank()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(switch (value.length()) {
                case 4 -> Year.parse(value).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
                case 7 -> YearMonth.parse(value).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
                case 10 -> LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
                default -> OffsetDateTime.parse(value).toInstant();
            });
        } catch (DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }
}
