package fr.ror.nomenclator.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.terminology.ContentImport;
import fr.ror.nomenclator.terminology.GraphStatistics;
import fr.ror.nomenclator.terminology.ImportOutcome;
import fr.ror.nomenclator.terminology.InvalidContentException;
import fr.ror.nomenclator.terminology.ResourceKind;
import fr.ror.nomenclator.terminology.TerminologyException;
import fr.ror.nomenclator.terminology.VersionCatalog;
import fr.ror.nomenclator.terminology.VersionConflictException;
import fr.ror.nomenclator.terminology.VersionSummary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A test double of the terminology module's store: versions in a map, the NOS URL rule for
 * canonical keys (both URL styles share one key), and the import rules of {@link ContentImport}.
 */
final class InMemoryTerminology implements VersionCatalog, ContentImport {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern NOS_URL = Pattern.compile("https://mos\\.esante\\.gouv\\.fr/NOS/([^/]+)(/FHIR/.*)?");

    private final Map<String, Stored> versions = new LinkedHashMap<>();
    private final AtomicInteger importCalls = new AtomicInteger();
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();
    private TerminologyException nextFailure;

    private record Stored(VersionSummary summary, ObjectNode json) {
    }

    synchronized void reset() {
        generation.incrementAndGet();
        versions.clear();
        importCalls.set(0);
        nextFailure = null;
    }

    /** Loads a file of {@code src/test/resources/fhir-fixtures/} without counting it as an import call. */
    ObjectNode load(String fixture) {
        ObjectNode json = fixture(fixture);
        importResource(fixture, json);
        importCalls.decrementAndGet();
        return json;
    }

    static ObjectNode fixture(String name) {
        try (InputStream in = InMemoryTerminology.class.getResourceAsStream("/fhir-fixtures/" + name)) {
            return (ObjectNode) MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int importCalls() {
        return importCalls.get();
    }

    synchronized void failNextImport(TerminologyException failure) {
        nextFailure = failure;
    }

    @Override
    public synchronized ImportOutcome importResource(String source, ObjectNode resource) {
        generation.incrementAndGet();
        importCalls.incrementAndGet();
        if (nextFailure != null) {
            TerminologyException failure = nextFailure;
            nextFailure = null;
            throw failure;
        }
        ResourceKind kind = ResourceKind.ofFhirType(resource.path("resourceType").asText())
                .orElseThrow(() -> new InvalidContentException("TE102", source + ": not a terminology resource"));
        String url = text(resource, "url");
        String version = text(resource, "version");
        if (url == null || version == null) {
            throw new InvalidContentException("TE101", source + ": a url and a version are required");
        }
        String key = canonicalKey(url);
        ObjectNode content = resource.deepCopy();
        content.remove("id");
        String hash = content.toString();
        String id = (key.replaceAll("[^A-Za-z0-9.-]", "-") + "-" + version).replaceAll("-+", "-");
        Stored existing = versions.get(id);
        ImportOutcome.Result result = ImportOutcome.Result.CREATED;
        if (existing != null) {
            if (existing.summary().contentHash().equals(hash)) {
                return new ImportOutcome(source, id, kind, url, version, ImportOutcome.Result.UNCHANGED);
            }
            if (!"draft".equals(existing.summary().status())) {
                throw new VersionConflictException("TE201", url + "|" + version + " is published with other content");
            }
            result = ImportOutcome.Result.REPLACED;
        }
        List<String> identifiers = new ArrayList<>();
        JsonNode identifier = resource.path("identifier");
        (identifier.isArray() ? identifier : MAPPER.createArrayNode().add(identifier)).forEach(i -> {
            if (i.has("value")) {
                identifiers.add(i.path("system").asText("") + "|" + i.path("value").asText());
            }
        });
        VersionSummary summary = new VersionSummary(id, kind, key, "https://mos.esante.gouv.fr/NOS/" + key, url,
                version, text(resource, "name"), text(resource, "title"), text(resource, "status"),
                text(resource, "publisher"), text(resource, "date"), identifiers, hash);
        versions.put(id, new Stored(summary, content));
        return new ImportOutcome(source, id, kind, url, version, result);
    }

    @Override
    public synchronized List<VersionSummary> versions() {
        return versions.values().stream().map(Stored::summary).toList();
    }

    @Override
    public synchronized List<VersionSummary> versions(ResourceKind kind) {
        return versions().stream().filter(s -> s.kind() == kind).toList();
    }

    @Override
    public synchronized Optional<VersionSummary> find(ResourceKind kind, String id) {
        return Optional.ofNullable(versions.get(id)).map(Stored::summary).filter(s -> s.kind() == kind);
    }

    @Override
    public synchronized List<VersionSummary> versionsOf(ResourceKind kind, String url) {
        String key = canonicalKey(url);
        return versions(kind).stream().filter(s -> s.canonicalKey().equals(key))
                .sorted(Comparator.comparing(VersionSummary::version)).toList();
    }

    @Override
    public synchronized Optional<VersionSummary> latest(ResourceKind kind, String url) {
        List<VersionSummary> all = versionsOf(kind, url);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    @Override
    public synchronized Optional<ObjectNode> resource(ResourceKind kind, String id) {
        return find(kind, id).map(s -> versions.get(id).json().deepCopy());
    }

    @Override
    public long generation() {
        return generation.get();
    }

    @Override
    public GraphStatistics statistics() {
        return new GraphStatistics(0, 0, Map.of(), Map.of());
    }

    private static String canonicalKey(String url) {
        Matcher nos = NOS_URL.matcher(url);
        return nos.matches() ? nos.group(1) : url;
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
