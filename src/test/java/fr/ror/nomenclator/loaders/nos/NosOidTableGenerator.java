package fr.ror.nomenclator.loaders.nos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Builds {@code loaders/nos/oids.yaml} from the {@code urn:oid:} identifiers of every terminology
 * resource under {@code ../shared/nomenclatures}. Where one OID was published under several URLs,
 * the 2023 style ({@code .../NOS/X/FHIR/...}) wins, then the older NOS style, then any other.
 *
 * <pre>./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     fr.ror.nomenclator.loaders.nos.NosOidTableGenerator ../shared/nomenclatures loaders/nos/oids.yaml</pre>
 */
public final class NosOidTableGenerator {

    private static final Set<String> TYPES = Set.of("CodeSystem", "ValueSet", "ConceptMap");

    private NosOidTableGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of(args[1]), yaml(collect(Path.of(args[0]))), StandardCharsets.UTF_8);
    }

    /** OID → the URLs it was published with. */
    static Map<String, Set<String>> collect(Path root) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, Set<String>> urls = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (!text.startsWith("{")) {
                continue;
            }
            JsonNode resource;
            try {
                resource = json.readTree(text);
            } catch (IOException e) {
                continue;
            }
            if (!TYPES.contains(resource.path("resourceType").asText()) || !resource.path("url").isTextual()) {
                continue;
            }
            JsonNode ids = resource.path("identifier");
            for (JsonNode id : ids.isArray() ? ids : List.of(ids)) {
                String value = id.path("value").asText("");
                if (value.startsWith("urn:oid:")) {
                    urls.computeIfAbsent(value.substring("urn:oid:".length()), k -> new TreeSet<>())
                            .add(resource.get("url").asText());
                }
            }
        }
        return urls;
    }

    static String preferred(Set<String> urls) {
        return urls.stream().min(Comparator.comparingInt(NosOidTableGenerator::rank).thenComparing(u -> u)).orElseThrow();
    }

    private static int rank(String url) {
        if (url.startsWith("https://mos.esante.gouv.fr/NOS/") && url.contains("/FHIR/")) {
            return 0;
        }
        return url.startsWith("https://mos.esante.gouv.fr/NOS/") ? 1 : 2;
    }

    static String yaml(Map<String, Set<String>> urls) {
        List<String> lines = new ArrayList<>();
        lines.add("# OID -> canonical URL of the NOS nomenclatures, for the SVS and .tabs formats (which name");
        lines.add("# code systems by OID). Made by NosOidTableGenerator (src/test) from the urn:oid: identifiers of");
        lines.add("# every CodeSystem, ValueSet and ConceptMap in ../shared/nomenclatures (SOURCES.md); where one OID");
        lines.add("# was published under several URLs, the 2023 style .../NOS/X/FHIR/... is kept.");
        lines.add("# NosOidTableTest checks it against those files. Add a line for a nomenclature published since.");
        lines.add("oids:");
        urls.forEach((oid, set) -> lines.add("  \"" + oid + "\": \"" + preferred(set) + "\""));
        return String.join("\n", lines) + "\n";
    }
}
