package fr.ror.nomenclator.loaders;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.loaders.xml.SafeXml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Reads one file or request body of FHIR R4 content into the JSON of its CodeSystem, ValueSet
 * and ConceptMap resources; a Bundle gives its entries' resources.
 *
 * <p>JSON and XML are told apart by content, not by name (NOS files named {@code .xml} may hold
 * JSON). Both go through HAPI's R4 model and are re-encoded as JSON, so the two formats of one
 * resource give equal trees and anything that is not valid FHIR R4 is refused here rather than
 * half-stored. XML with a DOCTYPE or an entity declaration is refused before any parser sees it.
 */
public final class FhirResourceReader {

    /** Resource types the store accepts. */
    public static final Set<String> TERMINOLOGY_TYPES = Set.of("CodeSystem", "ValueSet", "ConceptMap");

    private static final String FHIR_NAMESPACE = "http://hl7.org/fhir";
    private static final Pattern JACKSON_SOURCE = Pattern.compile("\\[Source: [^]]*?; line: (\\d+), column: (\\d+)]");

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private final FhirContext fhir;
    private final long maxBytes;

    /**
     * @param fhir     an R4 context, shared: building one takes seconds
     * @param maxBytes the largest content read; more is refused
     */
    public FhirResourceReader(FhirContext fhir, long maxBytes) {
        this.fhir = Objects.requireNonNull(fhir, "fhir");
        if (maxBytes <= 0 || maxBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxBytes must be between 1 and 2 GB, got " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** A reader with the module's shared R4 context and the default 50 MB limit. */
    public static FhirResourceReader withDefaults() {
        return new FhirResourceReader(R4.context(), LoaderProperties.defaults().maxResourceSize().toBytes());
    }

    public FhirContext fhirContext() {
        return fhir;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Reads a source, refusing it unread when its known size is over the limit. */
    public List<ObjectNode> read(LoadSource source) {
        if (source.size().isPresent() && source.size().getAsLong() > maxBytes) {
            throw tooLarge(source.name());
        }
        try (InputStream in = source.open()) {
            return read(source.name(), in);
        } catch (IOException e) {
            throw new LoadException(LoadError.UNREADABLE, source.name(), "cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads at most the size limit from a stream (which the caller closes). */
    public List<ObjectNode> read(String source, InputStream in) {
        byte[] content;
        try {
            content = in.readNBytes((int) maxBytes + 1);
        } catch (IOException e) {
            throw new LoadException(LoadError.UNREADABLE, source, "cannot be read: " + e.getMessage(), e);
        }
        return read(source, content);
    }

    /**
     * Checks a resource built by a converter (SVS, .tabs, spreadsheets) the way a FHIR file is
     * checked, and gives it in the canonical form of a file read here (HAPI's R4 element order).
     * The size limit applied to the source it came from, not to its JSON: a 4 MB workbook of
     * 100,000 concepts is some 60 MB of FHIR JSON.
     */
    public ObjectNode normalise(String source, ObjectNode resource) {
        byte[] json;
        try {
            json = JSON.writeValueAsBytes(resource);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree that does not write", e);
        }
        return read(source, json, false).get(0);
    }

    /** FHIR R4 XML of a resource given as JSON (one the store holds), pretty-printed. */
    public String toXml(ObjectNode resource) {
        IBaseResource parsed = fhir.newJsonParser().parseResource(resource.toString());
        return fhir.newXmlParser().setPrettyPrint(true).encodeResourceToString(parsed);
    }

    public List<ObjectNode> read(String source, byte[] content) {
        return read(source, content, true);
    }

    private List<ObjectNode> read(String source, byte[] content, boolean limited) {
        if (limited && content.length > maxBytes) {
            throw tooLarge(source);
        }
        int start = firstNonBlank(content);
        if (start < 0) {
            throw new LoadException(LoadError.UNSUPPORTED, source, "empty content, expected FHIR JSON or XML");
        }
        ObjectNode resource = switch (content[start]) {
            case '{' -> readJson(source, content, start);
            case '<' -> readXml(source, content, start);
            default -> throw new LoadException(LoadError.UNSUPPORTED, source, "neither JSON nor XML: the first non-blank character is '"
                    + printable(content[start]) + "', expected '{' or '<'");
        };
        return unpack(source, resource);
    }

    private ObjectNode readJson(String source, byte[] content, int start) {
        JsonNode tree;
        try {
            tree = JSON.readTree(content, start, content.length - start);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new LoadException(LoadError.MALFORMED, source, "malformed JSON" + where + ": " + cleanJacksonMessage(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new LoadException(LoadError.UNREADABLE, source, "cannot be read: " + e.getMessage(), e);
        }
        if (!(tree instanceof ObjectNode object) || !object.path("resourceType").isTextual()) {
            throw new LoadException(LoadError.UNSUPPORTED, source, "not a FHIR resource: a JSON object with a resourceType is expected");
        }
        checkTopLevelType(source, object.get("resourceType").asText());
        if ("Bundle".equals(object.get("resourceType").asText())) {
            checkEntryTypes(source, object);
        }
        String text = new String(content, start, content.length - start, StandardCharsets.UTF_8);
        return reencode(source, parser(fhir.newJsonParser()), text, "JSON");
    }

    private ObjectNode readXml(String source, byte[] content, int start) {
        String text = SafeXml.decode(source, content, start);
        SafeXml.Root root = SafeXml.wellFormedRoot(source, text);
        if (!FHIR_NAMESPACE.equals(root.namespace())) {
            throw new LoadException(LoadError.UNSUPPORTED, source, "not FHIR XML: the root element <" + root.localName()
                    + "> is not in the namespace " + FHIR_NAMESPACE);
        }
        checkTopLevelType(source, root.localName());
        ObjectNode json = reencode(source, parser(fhir.newXmlParser()), text, "XML");
        if ("Bundle".equals(root.localName())) {
            checkEntryTypes(source, json);
        }
        return json;
    }

    private IParser parser(IParser parser) {
        // Strict: unknown elements, invalid primitive values and the like are errors, not log lines.
        parser.setParserErrorHandler(new StrictErrorHandler());
        // Keep each entry's own id; HAPI would otherwise take it from fullUrl.
        parser.setOverrideResourceIdWithBundleEntryFullUrl(false);
        return parser;
    }

    private ObjectNode reencode(String source, IParser parser, String text, String format) {
        IBaseResource resource;
        try {
            resource = parser.parseResource(text);
        } catch (DataFormatException e) {
            throw new LoadException(LoadError.INVALID, source, "invalid FHIR R4 " + format + ": " + e.getMessage(), e);
        }
        String json = fhir.newJsonParser().encodeResourceToString(resource);
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("HAPI wrote JSON that does not parse", e);
        }
    }

    private static void checkTopLevelType(String source, String type) {
        if (!TERMINOLOGY_TYPES.contains(type) && !"Bundle".equals(type)) {
            throw new LoadException(LoadError.UNSUPPORTED, source, "expected CodeSystem, ValueSet, ConceptMap or Bundle, found " + type);
        }
    }

    private static void checkEntryTypes(String source, ObjectNode bundle) {
        JsonNode entries = bundle.path("entry");
        for (int i = 0; i < entries.size(); i++) {
            JsonNode type = entries.get(i).path("resource").path("resourceType");
            if (!type.isTextual()) {
                throw new LoadException(LoadError.INVALID, source, "Bundle.entry[" + i + "] has no resource");
            }
            if (!TERMINOLOGY_TYPES.contains(type.asText())) {
                throw new LoadException(LoadError.UNSUPPORTED, source, "Bundle.entry[" + i + "] is a " + type.asText()
                        + ", expected CodeSystem, ValueSet or ConceptMap");
            }
        }
    }

    private static List<ObjectNode> unpack(String source, ObjectNode resource) {
        if (!"Bundle".equals(resource.path("resourceType").asText())) {
            return List.of(resource);
        }
        List<ObjectNode> resources = new ArrayList<>();
        for (JsonNode entry : resource.path("entry")) {
            resources.add((ObjectNode) entry.get("resource"));
        }
        return List.copyOf(resources);
    }

    private LoadException tooLarge(String source) {
        return new LoadException(LoadError.TOO_LARGE, source, "content larger than the limit of " + humanSize(maxBytes));
    }

    public static String humanSize(long bytes) {
        long mb = 1024L * 1024;
        if (bytes % mb == 0) {
            return bytes / mb + " MB";
        }
        return bytes % 1024 == 0 ? bytes / 1024 + " KB" : bytes + " bytes";
    }

    /** Index of the first non-whitespace byte after an optional UTF-8 byte order mark, or -1. */
    private static int firstNonBlank(byte[] content) {
        int i = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < content.length && (content[i] == ' ' || content[i] == '\t' || content[i] == '\r' || content[i] == '\n')) {
            i++;
        }
        return i < content.length ? i : -1;
    }

    private static String printable(byte b) {
        return b >= 0x20 && b < 0x7F ? String.valueOf((char) b) : String.format("\\x%02X", b & 0xFF);
    }

    private static String cleanJacksonMessage(String message) {
        return JACKSON_SOURCE.matcher(message).replaceAll("line $1, column $2").strip();
    }
}
