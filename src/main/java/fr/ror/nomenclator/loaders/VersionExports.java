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
import fr.ror.nomenclator.terminology.OperationException;
import fr.ror.nomenclator.terminology.ResourceKind;
import fr.ror.nomenclator.terminology.TerminologyOperations;
import fr.ror.nomenclator.terminology.TerminologyRequest;
import fr.ror.nomenclator.terminology.UnknownResourceException;
import fr.ror.nomenclator.terminology.VersionCatalog;
import fr.ror.nomenclator.terminology.VersionSummary;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Writes any stored version in any format: FHIR JSON or XML (as served), NOS SVS or {@code .tabs},
 * xlsx or CSV in a mapping's layout (CodeSystems). What the format cannot carry is counted in
 * {@link Export#omitted()}; what makes the version impossible to write (no OID for SVS, a spreadsheet
 * of a value set, a value set that cannot be expanded) is an {@code LD120} error. The NOS formats list
 * a value set's members: a value set whose rules do not enumerate them (a whole code system, as J51
 * includes R265, filters, excludes, imported value sets) is written from its {@code $expand}.
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
    private final TerminologyOperations operations;

    public VersionExports(VersionCatalog catalog, FhirResourceReader fhir, NosOids oids, Mappings mappings,
                          TerminologyOperations operations) {
        this.catalog = catalog;
        this.fhir = fhir;
        this.nos = new FhirToNos(oids);
        this.mappings = mappings;
        this.operations = operations;
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
                Map<String, Integer> expanded = new TreeMap<>();
                ObjectNode listed = version.kind() == ResourceKind.VALUE_SET && !enumerates(resource)
                        ? withExpansion(source, version, resource, expanded) : resource;
                FhirToNos.Result converted = nos.convert(source, version.kind(), listed);
                Map<String, Integer> omitted = new TreeMap<>(converted.omitted());
                omitted.putAll(expanded);
                FhirToNos.Result file = new FhirToNos.Result(converted.file(), omitted);
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

    /** Whether every rule of the value set lists its codes, as the NOS formats do. */
    private static boolean enumerates(ObjectNode valueSet) {
        JsonNode compose = valueSet.path("compose");
        if (compose.path("exclude").size() > 0) {
            return false;
        }
        for (JsonNode include : compose.path("include")) {
            if (!include.hasNonNull("system") || include.path("concept").isEmpty() || include.has("filter")
                    || include.has("valueSet")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The value set with its compose rules replaced by what they expand to, one include per code
     * system (and version) in the expansion's order, the rest of the resource unchanged.
     *
     * @param omitted receives the count of rules replaced, so the export says it wrote an expansion
     */
    private ObjectNode withExpansion(String source, VersionSummary version, ObjectNode valueSet,
                                     Map<String, Integer> omitted) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode parameters = json.objectNode().put("resourceType", "Parameters");
        ArrayNode parameter = parameters.putArray("parameter");
        parameter.addObject().put("name", "url").put("valueUri", version.url());
        parameter.addObject().put("name", "valueSetVersion").put("valueString", version.version());
        parameter.addObject().put("name", "excludeNested").put("valueBoolean", true);
        ObjectNode expansion;
        try {
            // The version is already chosen, by whoever may export it: drafts included.
            expansion = operations.expand(new TerminologyRequest(parameters, null, true));
        } catch (OperationException e) {
            throw new LoadException(LoadError.NOT_EXPORTABLE, source, "the NOS formats list a value set's members, "
                    + "and its compose rules could not be expanded: " + e.getMessage());
        }
        Map<String, ArrayNode> bySystem = new LinkedHashMap<>();
        Map<String, ObjectNode> includes = new LinkedHashMap<>();
        for (JsonNode member : expansion.path("expansion").path("contains")) {
            String system = member.path("system").asText();
            String systemVersion = member.path("version").asText(null);
            String key = system + "|" + (systemVersion == null ? "" : systemVersion);
            ArrayNode concepts = bySystem.computeIfAbsent(key, k -> {
                ObjectNode include = json.objectNode().put("system", system);
                if (systemVersion != null) {
                    include.put("version", systemVersion);
                }
                includes.put(k, include);
                return include.putArray("concept");
            });
            ObjectNode concept = concepts.addObject().put("code", member.path("code").asText());
            if (member.hasNonNull("display")) {
                concept.put("display", member.get("display").asText());
            }
        }
        JsonNode compose = valueSet.path("compose");
        int rules = compose.path("include").size() + compose.path("exclude").size();
        ObjectNode listed = valueSet.deepCopy();
        ArrayNode rewritten = listed.putObject("compose").putArray("include");
        includes.values().forEach(rewritten::add);
        omitted.put("compose rules written as their expansion (" + bySystem.values().stream().mapToInt(JsonNode::size)
                .sum() + " members)", rules);
        return listed;
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
