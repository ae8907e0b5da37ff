package fr.ror.nomenclator.terminology.internal.serving;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The NOS validity window of a concept: valid from {@code dateValid} (inclusive) until
 * {@code dateFin} (exclusive). Values are kept as written, for messages and rendering, and parsed
 * once; a partial date ({@code 2019}, {@code 2019-07}, {@code 2019-07-05}) starts at 00:00 UTC.
 *
 * @param dateValid as written, or null
 * @param dateMaj   as written, or null
 * @param dateFin   as written, or null
 */
record NosDates(String dateValid, String dateMaj, String dateFin, Instant validFrom, Instant validUntil) {

    static final NosDates NONE = new NosDates(null, null, null, null, null);

    static NosDates of(String dateValid, String dateMaj, String dateFin) {
        return new NosDates(dateValid, dateMaj, dateFin, parse(dateValid), parse(dateFin));
    }

    /** Retired on {@code date}: its {@code dateFin} is at or before it. */
    boolean retiredOn(Instant date) {
        return validUntil != null && !validUntil.isAfter(date);
    }

    /** Not yet valid on {@code date}: its {@code dateValid} is after it. */
    boolean notYetValidOn(Instant date) {
        return validFrom != null && validFrom.isAfter(date);
    }

    /** The calendar day part of a date as written ({@code 2019-07-05T12:00:00+02:00} → {@code 2019-07-05}). */
    static String day(String written) {
        return written.length() > 10 ? written.substring(0, 10) : written;
    }

    /** Null when absent or unreadable: an unreadable date does not bound validity. */
    static Instant parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return switch (value.length()) {
                case 4 -> Year.parse(value).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
                case 7 -> YearMonth.parse(value).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
                case 10 -> LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
                default -> OffsetDateTime.parse(value).toInstant();
            };
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
