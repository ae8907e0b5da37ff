package fr.ror.nomenclator.loaders;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the loaders module ({@code nomenclator.loaders.*}).
 *
 * @param loadShippedContent load the nomenclatures shipped in the jar at start-up
 * @param maxResourceSize    largest file or request body read (default 50MB)
 * @param maxArchiveSize     largest total uncompressed size of a FHIR NPM package (default 500MB)
 * @param maxArchiveEntries  most entries read from a FHIR NPM package (default 20000)
 */
@ConfigurationProperties("nomenclator.loaders")
public record LoaderProperties(@DefaultValue("true") boolean loadShippedContent,
                               @DefaultValue("50MB") DataSize maxResourceSize,
                               @DefaultValue("500MB") DataSize maxArchiveSize,
                               @DefaultValue("20000") int maxArchiveEntries) {

    public static LoaderProperties defaults() {
        return new LoaderProperties(true, DataSize.ofMegabytes(50), DataSize.ofMegabytes(500), 20_000);
    }
}
