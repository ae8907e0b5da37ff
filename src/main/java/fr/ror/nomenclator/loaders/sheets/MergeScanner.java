package fr.ror.nomenclator.loaders.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the {@code <mergeCell ref="…"/>} elements of a sheet's XML without parsing it. They come
 * after all the rows, yet the rows need them: a byte scan for them costs a fraction of a second
 * pass of the XML parser over a large sheet.
 */
final class MergeScanner {

    private static final byte[] TOKEN = "mergeCell ".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern REF = Pattern.compile("\\bref\\s*=\\s*[\"']([A-Za-z0-9:$]+)[\"']");
    private static final int MAX_ELEMENT = 1024;

    private MergeScanner() {
    }

    static List<MergedRegion> scan(InputStream in) throws IOException {
        List<MergedRegion> regions = new ArrayList<>();
        byte[] buffer = new byte[64 * 1024];
        int matched = 0;
        StringBuilder element = null;
        int read;
        while ((read = in.read(buffer)) > 0) {
            for (int i = 0; i < read; i++) {
                byte b = buffer[i];
                if (element != null) {
                    if (b == '>' || element.length() > MAX_ELEMENT) {
                        Matcher ref = REF.matcher(element);
                        if (ref.find()) {
                            MergedRegion.parse(ref.group(1).replace("$", "")).ifPresent(regions::add);
                        }
                        element = null;
                    } else {
                        element.append((char) (b & 0xFF));
                    }
                    continue;
                }
                matched = b == TOKEN[matched] ? matched + 1 : (b == TOKEN[0] ? 1 : 0);
                if (matched == TOKEN.length) {
                    element = new StringBuilder();
                    matched = 0;
                }
            }
        }
        return regions;
    }
}
