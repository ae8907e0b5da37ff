package fr.ror.nomenclator.terminology;

import java.math.BigDecimal;

/** The value of a concept property, typed as the code system states it ({@code value[x]}). */
public sealed interface PropertyValue {

    record CodeValue(String code) implements PropertyValue {
    }

    record CodingValue(String system, String code, String display) implements PropertyValue {
    }

    record StringValue(String value) implements PropertyValue {
    }

    record IntegerValue(int value) implements PropertyValue {
    }

    record BooleanValue(boolean value) implements PropertyValue {
    }

    /** A date-time kept as written ({@code 2019-07-05T12:00:00+02:00}), so it renders back unchanged. */
    record DateTimeValue(String value) implements PropertyValue {
    }

    record DecimalValue(BigDecimal value) implements PropertyValue {
    }
}
