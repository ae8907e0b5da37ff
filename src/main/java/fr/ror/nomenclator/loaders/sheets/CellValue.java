package fr.ror.nomenclator.loaders.sheets;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A cell as a workbook or CSV file holds it, typed: text, a number, a date (a number formatted as
 * a date in xlsx), a boolean, a formula error, a formula without a cached result, or nothing.
 * Formulas are read as their cached result; merged cells give every cell of the region the value
 * of its top-left cell.
 */
public sealed interface CellValue {

    CellValue EMPTY = new Empty();

    /** Nothing, or only spaces. */
    default boolean isBlank() {
        return false;
    }

    /** How the value reads in a message. */
    String written();

    record Empty() implements CellValue {
        @Override
        public boolean isBlank() {
            return true;
        }

        @Override
        public String written() {
            return "";
        }
    }

    record Text(String value) implements CellValue {
        @Override
        public boolean isBlank() {
            return value.isBlank();
        }

        @Override
        public String written() {
            return value;
        }
    }

    record Number(double value) implements CellValue {
        /** A whole number without ".0", others in plain notation: 12 → "12", 1.5 → "1.5". */
        @Override
        public String written() {
            BigDecimal exact = BigDecimal.valueOf(value).stripTrailingZeros();
            return exact.scale() <= 0 ? exact.toBigInteger().toString() : exact.toPlainString();
        }
    }

    record DateTime(LocalDateTime value) implements CellValue {
        @Override
        public String written() {
            return value.toString();
        }
    }

    record Bool(boolean value) implements CellValue {
        @Override
        public String written() {
            return Boolean.toString(value);
        }
    }

    /** A formula whose cached result is an error such as {@code #REF!}. */
    record Error(String code) implements CellValue {
        @Override
        public String written() {
            return code;
        }
    }

    /** A formula saved without its result (written by a tool that does not compute formulas). */
    record UncachedFormula(String formula) implements CellValue {
        @Override
        public String written() {
            return "=" + formula;
        }
    }
}
