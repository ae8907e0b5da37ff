package fr.ror.nomenclator.loaders.nos;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NOS timestamps ({@code yyyyMMddHHmmss}, French wall-clock time) to and from FHIR dateTimes.
 *
 * <p>The NOS FHIR files of the same distribution write these instants with a fixed
 * {@code +01:00} offset, summer or winter ({@code 20190426120000} is
 * {@code 2019-04-26T12:00:00+01:00}); the conversion does the same, so that a version read
 * from SVS or {@code .tabs} equals the one read from its FHIR file. The other way, the wall-clock
 * part of the dateTime is kept as written and its offset dropped (older SMT exports wrote
 * {@code +02:00} in summer for the same wall-clock time).
 */
public final class NosDates {

    /** The offset the NOS FHIR distribution writes. */
    public static final String NOS_OFFSET = "+01:00";

    private static final Pattern NOS = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(\\d{2})(\\d{2})(\\d{2})");
    private static final Pattern FHIR = Pattern.compile(
            "(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:T(\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?)?)?)?(Z|[+-]\\d{2}:\\d{2})?");

    private NosDates() {
    }

    public static boolean isNosTimestamp(String value) {
        return value != null && NOS.matcher(value).matches();
    }

    /**
     * @return the FHIR dateTime, or empty for an empty value
     * @throws IllegalArgumentException when the value is not a NOS timestamp
     */
    public static Optional<String> toFhir(String nos) {
        if (nos == null || nos.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = NOS.matcher(nos);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + nos + "' is not a NOS date (yyyyMMddHHmmss)");
        }
        return Optional.of(m.group(1) + "-" + m.group(2) + "-" + m.group(3) + "T" + m.group(4) + ":" + m.group(5) + ":"
                + m.group(6) + NOS_OFFSET);
    }

    /**
     * The NOS timestamp of a FHIR date or dateTime: its wall-clock part, partial dates completed
     * with the first day and midnight; empty for null.
     *
     * @throws IllegalArgumentException when the value is not a FHIR date or dateTime
     */
    public static String fromFhir(String fhir) {
        if (fhir == null || fhir.isEmpty()) {
            return "";
        }
        Matcher m = FHIR.matcher(fhir);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + fhir + "' is not a FHIR dateTime");
        }
        return m.group(1) + or(m.group(2), "01") + or(m.group(3), "01") + or(m.group(4), "00") + or(m.group(5), "00")
                + or(m.group(6), "00");
    }

    private static String or(String value, String otherwise) {
        return value == null ? otherwise : value;
    }
}
