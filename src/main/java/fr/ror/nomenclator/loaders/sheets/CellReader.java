package fr.ror.nomenclator.loaders.sheets;

import fr.ror.nomenclator.loaders.LoadError;
import fr.ror.nomenclator.loaders.LoadException;
import fr.ror.nomenclator.loaders.nos.NosDates;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Reads typed values out of cells, with errors that name the sheet, the row and the column
 * ({@code LD112}). Dates may be date cells, Excel serial numbers or text ({@code 2024-01-15},
 * {@code 15/01/2024}, {@code 2024-01-15T12:00:00+02:00}, NOS {@code 20240115120000}); a date
 * without an offset gets the NOS {@code +01:00}, as the NOS FHIR files write them.
 */
public final class CellReader {

    private static final Pattern FHIR_DATE_TIME = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2})(:\\d{2})?(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})?");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern FRENCH = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})(?: (\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern FRENCH_MONTH = Pattern.compile("(\\d{1,2})/(\\d{4})");
    private static final Pattern NOS_DAY = Pattern.compile("\\d{8}");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);

    private final String source;

    public CellReader(String source) {
        this.source = source;
    }

    /** Where a cell is, for messages: {@code sheet 'Concepts', row 12, column 'Date de fin' (F)}. */
    public record Where(String sheet, int row, int column, String title) {
        @Override
        public String toString() {
            return "sheet '" + sheet + "', row " + row + ", column '" + title + "' (" + TableRow.columnLetters(column) + ")";
        }
    }

    /** The cell as text: numbers without a useless ".0", dates as ISO, formula results; empty when blank. */
    public Optional<String> text(CellValue cell, Where where) {
        checkUsable(cell, where);
        if (cell.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(cell instanceof CellValue.Text t ? t.value().strip() : cell.written());
    }

    /** The cell as a FHIR dateTime. */
    public Optional<String> dateTime(CellValue cell, Where where) {
        checkUsable(cell, where);
        if (cell.isBlank()) {
            return Optional.empty();
        }
        if (cell instanceof CellValue.DateTime d) {
            return Optional.of(fhir(d.value()));
        }
        if (cell instanceof CellValue.Number n) {
            if (!DateUtil.isValidExcelDate(n.value())) {
                throw invalid(where, cell, "is not a date");
            }
            return Optional.of(fhir(DateUtil.getLocalDateTime(n.value(), false)));
        }
        if (cell instanceof CellValue.Text t) {
            return Optional.of(parseDate(t.value().strip(), where, cell));
        }
        throw invalid(where, cell, "is not a date");
    }

    /**
     * The cell as a month, {@code yyyy-MM}: a release is monthly. Excel turns a typed {@code 2027-01}
     * into a date, so a date (cell, serial number or text) gives its month; {@code 01/2027} is read too.
     */
    public Optional<String> month(CellValue cell, Where where) {
        checkUsable(cell, where);
        if (cell.isBlank()) {
            return Optional.empty();
        }
        if (cell instanceof CellValue.Text t) {
            String text = t.value().strip();
            Matcher m = MONTH.matcher(text);
            if (m.matches()) {
                return Optional.of(month(where, cell, m.group(1), m.group(2)));
            }
            m = FRENCH_MONTH.matcher(text);
            if (m.matches()) {
                return Optional.of(month(where, cell, m.group(2), m.group(1)));
            }
        }
        try {
            return dateTime(cell, where).map(d -> d.substring(0, 7));
        } catch (LoadException e) {
            throw invalid(where, cell, "is not a month (write it as 2027-01)");
        }
    }

    private String month(Where where, CellValue cell, String year, String month) {
        int m = Integer.parseInt(month);
        if (m < 1 || m > 12) {
            throw invalid(where, cell, "is not a month: there is no month " + month + " (write it as 2027-01)");
        }
        return year + "-" + (m < 10 ? "0" + m : String.valueOf(m));
    }

    public Optional<Boolean> bool(CellValue cell, Where where) {
        checkUsable(cell, where);
        if (cell instanceof CellValue.Bool b) {
            return Optional.of(b.value());
        }
        Optional<String> text = text(cell, where);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return switch (Titles.normalise(text.get())) {
            case "true", "vrai", "oui", "yes", "1", "x" -> Optional.of(true);
            case "false", "faux", "non", "no", "0" -> Optional.of(false);
            default -> throw invalid(where, cell, "is not a yes/no value (true, false, oui, non, 1, 0)");
        };
    }

    public Optional<BigDecimal> decimal(CellValue cell, Where where) {
        Optional<String> text = text(cell, where);
        try {
            return text.map(t -> new BigDecimal(t.replace(',', '.')));
        } catch (NumberFormatException e) {
            throw invalid(where, cell, "is not a number");
        }
    }

    public Optional<Integer> integer(CellValue cell, Where where) {
        Optional<BigDecimal> value = decimal(cell, where);
        try {
            return value.map(BigDecimal::intValueExact);
        } catch (ArithmeticException e) {
            throw invalid(where, cell, "is not a whole number");
        }
    }

    private void checkUsable(CellValue cell, Where where) {
        if (cell instanceof CellValue.UncachedFormula f) {
            throw new LoadException(LoadError.INVALID_CELL, source, where + ": the formula =" + f.formula()
                    + " was saved without its result; open and save the workbook in Excel or LibreOffice, "
                    + "which store the results of formulas");
        }
        if (cell instanceof CellValue.Error e) {
            throw new LoadException(LoadError.INVALID_CELL, source, where + ": the formula gives the error " + e.code());
        }
    }

    private String parseDate(String text, Where where, CellValue cell) {
        try {
            Matcher m = FHIR_DATE_TIME.matcher(text);
            if (m.matches()) {
                String seconds = m.group(3) == null ? ":00" : m.group(3);
                LocalDateTime.parse(m.group(1) + "T" + m.group(2) + seconds);
                String offset = m.group(5) == null ? NosDates.NOS_OFFSET : m.group(5);
                return m.group(1) + "T" + m.group(2) + seconds + (m.group(4) == null ? "" : m.group(4)) + offset;
            }
            if (ISO_DATE.matcher(text).matches()) {
                return fhir(LocalDate.parse(text).atStartOfDay());
            }
            m = FRENCH.matcher(text);
            if (m.matches()) {
                LocalDateTime date = LocalDateTime.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1)), m.group(4) == null ? 0 : Integer.parseInt(m.group(4)),
                        m.group(5) == null ? 0 : Integer.parseInt(m.group(5)), m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
                return fhir(date);
            }
            if (NosDates.isNosTimestamp(text)) {
                String fhir = NosDates.toFhir(text).orElseThrow();
                LocalDateTime.parse(fhir.substring(0, 19));
                return fhir;
            }
            if (NOS_DAY.matcher(text).matches()) {
                return fhir(LocalDate.parse(text, DateTimeFormatter.BASIC_ISO_DATE).atStartOfDay());
            }
        } catch (DateTimeException | IllegalArgumentException e) {
            throw invalid(where, cell, "is not a valid date");
        }
        throw invalid(where, cell, "is not a date (write a date cell, 2024-01-15, 15/01/2024 or 20240115120000)");
    }

    private static String fhir(LocalDateTime date) {
        return date.withNano(0).format(SECONDS) + NosDates.NOS_OFFSET;
    }

    public LoadException invalid(Where where, CellValue cell, String problem) {
        return new LoadException(LoadError.INVALID_CELL, source, where + ": '" + cell.written() + "' " + problem);
    }
}
