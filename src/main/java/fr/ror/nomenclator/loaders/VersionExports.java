package fr.ror.nomenclator.loaders;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.loaders.nos.FhirToNos;
import fr.ror.nomenclator.loaders.nos.NosOids;
import fr.ror.nomenclator.loaders.nos.SvsWriter;
import fr.ror.nomenclator.loaders.nos.TabsWriter;
import fr.ror.nomenclator.loaders.sheets.Mappings;
import fr.ror.nomenclator.loaders.sheets.SheetMapping;
import fr.ror.nomenclator.loaders.sheets.SpreadsheetExport;
import fr.ror.nomenclator.terminology.ResourceKind;
import fr.ror.nomenclator.terminology.UnknownResourceException;
import fr.ror.nomenclator.terminology.VersionCatalog;
import fr.ror.nomenclator.terminology.VersionSummary;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Writes any stored version in any format: FHIR JSON or XML (as served), NOS SVS or {@code .tabs},
 * xlsx or CSV in a mapping's layout (CodeSystems). What the format cannot carry is counted in
 * {@link Export#omitted()}; what makes the version impossible to write (no OID for SVS, a value set
 * without enumerated codes, a spreadsheet of a value set) is an {@code LD120} error.
 */
@Service
public class VersionExports {

    static final String UNKNOWN_VERSION = "TE402";
    private static final Pattern NOS_URL = Pattern.compile("^https?://mos\\.esante\\.gouv\\.fr/NOS/([^/]+?)(\\.tabs)?(/.*)?$");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final VersionCatalog catalog;
    private final FhirResourceReader fhir;
    private final FhirToNos nos;
    private final Mappings mappings;

    public VersionExports(VersionCatalog catalog, FhirResourceReader fhir, NosOids oids, Mappings mappings) {
        this.catalog = catalog;
        this.fhir = fhir;
        this.nos = new FhirToNos(oids);
        this.mappings = mappings;
    }

    /**
     * @param fileName a file name in the NOS style ({@code TRE_A00-ProducteurDocNonPS.tabs})
     * @param entries  concepts, members or mappings written
     * @param omitted  what the format could not carry, counted by kind
     */
    public record Export(VersionSummary version, ContentFormat format, String fileName, byte[] content, int entries,
                         Map<String, Integer> omitted) {
    }

    /**
     * The version a request names: its resource id, or its URL (any style or alias) and business
     * version, or its URL alone (the version served by default).
     *
     * @param kind the kind, or null to look in all three
     * @throws UnknownResourceException {@code TE401} unknown id or URL, {@code TE402} unknown version
     */
    public VersionSummary find(ResourceKind kind, String id, String url, String version) {
        List<ResourceKind> kinds = kind == null ? Arrays.asList(ResourceKind.values()) : List.of(kind);
        if (id != null) {
            return kinds.stream().map(k -> catalog.find(k, id)).flatMap(Optional::stream).findFirst()
                    .orElseThrow(() -> new UnknownResourceException("TE401", "no stored version has the id " + id));
        }
        if (url == null) {
            throw new IllegalArgumentException("an id or a url is needed");
        }
        for (ResourceKind k : kinds) {
            List<VersionSummary> versions = catalog.versionsOf(k, url);
            if (versions.isEmpty()) {
                continue;
            }
            if (version == null) {
                return catalog.latest(k, url).orElseThrow();
            }
            return versions.stream().filter(v -> v.version().equals(version)).findFirst()
                    .orElseThrow(() -> new UnknownResourceException(UNKNOWN_VERSION, url + " has no version " + version
                            + " (stored: " + versions.stream().map(VersionSummary::version).collect(Collectors.joining(", "))
                            + ")"));
        }
        throw new UnknownResourceException("TE401", "no " + (kind == null ? "nomenclature" : kind.fhirType()) + " " + url
                + " is stored");
    }

    /** The version as FHIR R4 JSON, as it is served. */
    public ObjectNode resource(VersionSummary version) {
        return catalog.resource(version.kind(), version.id()).orElseThrow(() -> new UnknownResourceException(
                UNKNOWN_VERSION, version.kind().fhirType() + "/" + version.id() + " is no longer stored"));
    }

    /** @param mapping the layout for xlsx and CSV, or null for the working-group one */
    public Export export(VersionSummary version, ContentFormat format, SheetMapping mapping) {
        ObjectNode resource = resource(version);
        String source = version.kind().fhirType() + "/" + version.id();
        String base = baseName(version);
        return switch (format) {
            case FHIR_JSON -> new Export(version, format, base + format.fileSuffix(), json(resource), entries(resource), Map.of());
            case FHIR_XML -> new Export(version, format, base + format.fileSuffix(), xml(resource), entries(resource), Map.of());
            case SVS, TABS -> {
                FhirToNos.Result file = nos.convert(source, version.kind(), resource);
                byte[] content;
                try {
                    content = format == ContentFormat.SVS ? SvsWriter.write(file.file()) : TabsWriter.write(file.file());
                } catch (IllegalArgumentException e) {
                    throw new LoadException(LoadError.NOT_EXPORTABLE, source, "cannot be written as " + format.code()
                            + ": " + e.getMessage());
                }
                int entries = version.kind() == ResourceKind.CONCEPT_MAP ? file.file().mappings().size()
                        : file.file().concepts().size();
                yield new Export(version, format, base + format.fileSuffix(), content, entries, file.omitted());
            }
            case XLSX, CSV -> {
                if (version.kind() != ResourceKind.CODE_SYSTEM) {
                    throw new LoadException(LoadError.NOT_EXPORTABLE, source, "spreadsheet mappings lay out code "
                            + "systems; export a " + version.kind().fhirType() + " as fhir-json, fhir-xml, svs or tabs");
                }
                SheetMapping layout = mapping != null ? mapping : mappings.resolve(Mappings.DEFAULT);
                SpreadsheetExport.Result written = format == ContentFormat.XLSX ? SpreadsheetExport.xlsx(layout, resource)
                        : SpreadsheetExport.csv(layout, resource);
                yield new Export(version, format, base + "-" + version.version() + format.fileSuffix(), written.content(),
                        written.rows(), written.omitted());
            }
        };
    }

    /** The NOS name of the nomenclature ({@code TRE_A00-ProducteurDocNonPS}), else the version's id. */
    static String baseName(VersionSummary version) {
        Matcher nos = NOS_URL.matcher(version.url());
        return nos.matches() ? nos.group(1) : version.id();
    }

    private static int entries(ObjectNode resource) {
        return switch (resource.path("resourceType").asText()) {
            case "CodeSystem" -> resource.path("concept").size();
            case "ValueSet" -> {
                int n = 0;
                for (var include : resource.path("compose").path("include")) {
                    n += include.path("concept").size();
                }
                yield n;
            }
            default -> {
                int n = 0;
                for (var group : resource.path("group")) {
                    n += group.path("element").size();
                }
                yield n;
            }
        };
    }

    private static byte[] json(ObjectNode resource) {
        try {
            return (JSON.writeValueAsString(resource) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] xml(ObjectNode resource) {
        return (fhir.toXml(resource) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
