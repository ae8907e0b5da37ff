package fr.ror.nomenclator.loaders;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the loaders module ({@code nomenclator.loaders.*}).
 *
 * @param loadShippedContent        load the nomenclatures shipped in the jar at start-up
 * @param maxResourceSize           largest file or request body read (default 50MB; xlsx: the compressed file)
 * @param maxArchiveSize            largest total uncompressed size of a FHIR NPM package (default 500MB)
 * @param maxArchiveEntries         most entries read from a FHIR NPM package (default 20000)
 * @param maxRows                   most concept rows read from one sheet or CSV file (default 1000000)
 * @param workbookMinInflateRatio   zip-bomb guard of xlsx files: an entry whose compressed / uncompressed size
 *                                  falls below this ratio is refused (default 0.01, POI's)
 * @param workbookMaxEntrySize      largest uncompressed entry of an xlsx file (default 500MB)
 */
@ConfigurationProperties("nomenclator.loaders")
public record LoaderProperties(@DefaultValue("true") boolean loadShippedContent,
                               @DefaultValue("50MB") DataSize maxResourceSize,
                               @DefaultValue("500MB") DataSize maxArchiveSize,
                               @DefaultValue("20000") int maxArchiveEntries,
                               @DefaultValue("1000000") long maxRows,
                               @DefaultValue("0.01") double workbookMinInflateRatio,
                               @DefaultValue("500MB") DataSize workbookMaxEntrySize) {

    public static LoaderProperties defaults() {
        return new LoaderProperties(true, DataSize.ofMegabytes(50), DataSize.ofMegabytes(500), 20_000, 1_000_000, 0.01,
                DataSize.ofMegabytes(500));
    }
}
