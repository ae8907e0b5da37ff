package fr.ror.nomenclator.loaders;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The formats Nomenclator reads and writes. FHIR, SVS, {@code .tabs} and xlsx are recognised by
 * their content (a NOS {@code .xml} may hold JSON; a {@code .tabs} may too); CSV by its name
 * ({@code .csv}) or by asking for it. xlsx and CSV need a mapping.
 */
public enum ContentFormat {
    FHIR_JSON("fhir-json", "application/fhir+json", "-FHIR.json"),
    FHIR_XML("fhir-xml", "application/fhir+xml", "-FHIR.xml"),
    SVS("svs", "application/xml", ".xml"),
    TABS("tabs", "text/plain;charset=UTF-8", ".tabs"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx"),
    CSV("csv", "text/csv;charset=UTF-8", ".csv");

    private final String code;
    private final String mediaType;
    private final String fileSuffix;

    ContentFormat(String code, String mediaType, String fileSuffix) {
        this.code = code;
        this.mediaType = mediaType;
        this.fileSuffix = fileSuffix;
    }

    /** The name users type: {@code fhir-json}, {@code svs}, {@code tabs}, {@code xlsx}… */
    public String code() {
        return code;
    }

    public String mediaType() {
        return mediaType;
    }

    /** What an exported file's name ends with, in the NOS naming style ({@code TRE_A00-X-FHIR.json}, {@code TRE_A00-X.tabs}). */
    public String fileSuffix() {
        return fileSuffix;
    }

    public boolean needsMapping() {
        return this == XLSX || this == CSV;
    }

    public static Optional<ContentFormat> of(String code) {
        String wanted = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.code.equals(wanted)).findFirst();
    }

    public static String codes() {
        return Arrays.stream(values()).map(ContentFormat::code).collect(Collectors.joining(", "));
    }
}
