package fr.ror.nomenclator.governance.operation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** Date-times as the NOS write them ({@code 2023-05-26T12:00:00+01:00}), in French time. */
public final class NosDateTimes {

    public static final ZoneId FRANCE = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(FRANCE);

    private NosDateTimes() {
    }

    public static String format(Instant instant) {
        return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), FRANCE)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** A version id by the NOS convention, {@code yyyyMMddHHmmss}. */
    public static String version(Instant instant) {
        return VERSION.format(instant);
    }

    /** Whether a NOS date-time is at or before {@code instant}; an unreadable one counts as passed. */
    static boolean passed(String dateTime, Instant instant) {
        try {
            return !OffsetDateTime.parse(dateTime).toInstant().isAfter(instant);
        } catch (DateTimeParseException e) {
            return true;
        }
    }
}
