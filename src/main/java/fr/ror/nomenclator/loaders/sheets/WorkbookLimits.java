package fr.ror.nomenclator.loaders.sheets;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Zip-bomb protection for xlsx files, through POI's {@link ZipSecureFile}: an entry that inflates
 * more than {@code 1 / minInflateRatio} times, or past {@code maxEntrySize} bytes, stops the read.
 * POI keeps these settings process-wide, so they are applied once, here.
 *
 * @param minInflateRatio compressed / uncompressed size below which an entry is a bomb (POI default 0.01)
 * @param maxEntrySize    largest uncompressed entry, in bytes
 */
public record WorkbookLimits(double minInflateRatio, long maxEntrySize) {

    public static final WorkbookLimits DEFAULTS = new WorkbookLimits(0.01, 500L * 1024 * 1024);

    public WorkbookLimits {
        if (minInflateRatio <= 0 || minInflateRatio >= 1) {
            throw new IllegalArgumentException("minInflateRatio must be between 0 and 1, got " + minInflateRatio);
        }
        if (maxEntrySize <= 0) {
            throw new IllegalArgumentException("maxEntrySize must be positive, got " + maxEntrySize);
        }
    }

    public void apply() {
        ZipSecureFile.setMinInflateRatio(minInflateRatio);
        ZipSecureFile.setMaxEntrySize(maxEntrySize);
    }
}
