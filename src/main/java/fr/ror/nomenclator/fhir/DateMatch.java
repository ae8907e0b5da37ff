package fr.ror.nomenclator.fhir;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import ca.uhn.fhir.rest.param.DateParam;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ParamPrefixEnum;
import java.util.Calendar;
import org.hl7.fhir.r4.model.DateTimeType;

/**
 * FHIR date search over a resource's {@code date}: both the resource value and each search value
 * are ranges set by their precision ({@code 2023} is the whole year), compared as the spec's
 * prefixes say. HAPI's own instant helpers widen bounds by time zones and lose year precision.
 */
final class DateMatch {

    private record Range(long start, long end) {
        static Range of(String value) {
            DateTimeType date = new DateTimeType(value);
            Calendar end = (Calendar) date.getValueAsCalendar().clone();
            TemporalPrecisionEnum precision = date.getPrecision();
            end.add(precision.getCalendarConstant(), 1);
            return new Range(date.getValue().getTime(), end.getTimeInMillis());
        }
    }

    private DateMatch() {
    }

    static boolean matches(DateRangeParam range, String resourceDate) {
        Range target;
        try {
            target = Range.of(resourceDate);
        } catch (RuntimeException unparseable) {
            return false;
        }
        DateParam lower = range.getLowerBound();
        DateParam upper = range.getUpperBound();
        return (lower == null || matches(lower, target)) && (upper == null || upper == lower || matches(upper, target));
    }

    private static boolean matches(DateParam param, Range target) {
        Range value = Range.of(param.getValueAsString());
        ParamPrefixEnum prefix = param.getPrefix() == null ? ParamPrefixEnum.EQUAL : param.getPrefix();
        return switch (prefix) {
            case EQUAL, APPROXIMATE -> target.start() >= value.start() && target.end() <= value.end();
            case NOT_EQUAL -> !(target.start() >= value.start() && target.end() <= value.end());
            case GREATERTHAN -> target.end() > value.end();
            case GREATERTHAN_OR_EQUALS -> target.end() > value.start();
            case LESSTHAN -> target.start() < value.start();
            case LESSTHAN_OR_EQUALS -> target.start() < value.end();
            case STARTS_AFTER -> target.start() >= value.end();
            case ENDS_BEFORE -> target.end() <= value.start();
        };
    }
}
