package fr.ror.nomenclator.loaders;

import fr.ror.nomenclator.loaders.sheets.ChangeRequestMapping;
import fr.ror.nomenclator.loaders.sheets.ChangeRequestSheets;
import fr.ror.nomenclator.loaders.sheets.Mappings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads change requests from workbooks in a change-request layout ({@code loaders/change-request.yaml}):
 * one {@link OperationRow} per operation row, every unusable cell reported at once. The loaders' API
 * for governance, which owns what the rows mean: the loaders never depend on governance.
 */
public final class ChangeRequestWorkbooks {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private final Mappings mappings;
    private final long maxBytes;
    private final long maxRows;

    public ChangeRequestWorkbooks(Mappings mappings, long maxBytes, long maxRows) {
        this.mappings = mappings;
        this.maxBytes = maxBytes;
        this.maxRows = maxRows;
    }

    /** The largest workbook read ({@code nomenclator.loaders.max-resource-size}). */
    public long maxBytes() {
        return maxBytes;
    }

    /** Each shipped change-request layout by name, with the operations its labels stand for. */
    public Map<String, List<OperationLabel>> layouts() {
        Map<String, List<OperationLabel>> layouts = new LinkedHashMap<>();
        mappings.changeRequests().forEach((name, mapping) -> layouts.put(name, mapping.operations()));
        return layouts;
    }

    /** Where a layout was read from, for messages ({@code loaders/change-request.yaml}). */
    public String file(String layout) {
        return mappings.changeRequest(layout).file();
    }

    /**
     * @param layout a shipped change-request mapping; null for {@code change-request}
     * @throws LoadException when the source is not an xlsx workbook of that layout at all ({@code LD103} another
     *                       format, {@code LD104} too large, {@code LD105} unsafe, {@code LD101} unreadable,
     *                       {@code LD110} unknown layout, {@code LD111} missing sheet or column); cells that cannot
     *                       be used are the answer's problems
     */
    public WorkbookChangeRequest read(LoadSource source, String layout) {
        ChangeRequestMapping mapping = mappings.changeRequest(layout);
        if (source.size().isPresent() && source.size().getAsLong() > maxBytes) {
            throw tooLarge(source.name());
        }
        byte[] content = bytes(source);
        if (!startsWith(content, ZIP)) {
            throw new LoadException(LoadError.UNSUPPORTED, source.name(), startsWith(content, OLE2)
                    ? "an Excel 97-2003 (.xls) workbook: save it as .xlsx"
                    : "not an xlsx workbook: a change request is read from an xlsx workbook in the layout of "
                    + mapping.file() + " (template: GET /api/mappings/" + mapping.name() + "/template)");
        }
        Path temp = null;
        try {
            temp = Files.createTempFile("nomenclator-change-request-", ".xlsx");
            Files.write(temp, content);
            return ChangeRequestSheets.read(source.name(), temp, mapping, maxRows);
        } catch (IOException e) {
            throw new UncheckedIOException("No room for a temporary copy of " + source.name(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temporary folder is cleaned by the system
                }
            }
        }
    }

    private byte[] bytes(LoadSource source) {
        try (InputStream in = source.open()) {
            byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (content.length > maxBytes) {
                throw tooLarge(source.name());
            }
            return content;
        } catch (IOException e) {
            throw new LoadException(LoadError.UNREADABLE, source.name(), "cannot be read: " + e.getMessage(), e);
        }
    }

    private LoadException tooLarge(String name) {
        return new LoadException(LoadError.TOO_LARGE, name, "content larger than the limit of "
                + FhirResourceReader.humanSize(maxBytes) + " (nomenclator.loaders.max-resource-size)");
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
