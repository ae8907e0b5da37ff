package fr.ror.nomenclator.loaders;

import fr.ror.nomenclator.loaders.sheets.SheetMapping;

/**
 * How to read what a batch loads, for what the content does not say itself.
 *
 * @param format  the format, or null to tell it from the content (and {@code .csv} names)
 * @param mapping the spreadsheet layout for xlsx and CSV, or null for the working-group one
 * @param url     the canonical URL to give converted content (SVS, .tabs, xlsx, CSV), or null
 * @param version the business version to give converted content, or null
 */
public record LoadOptions(ContentFormat format, SheetMapping mapping, String url, String version) {

    public static final LoadOptions DEFAULTS = new LoadOptions(null, null, null, null);
}
