package fr.ror.nomenclator.loaders.nos;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.loaders.LoadError;
import fr.ror.nomenclator.loaders.LoadException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Turns a NOS file (SVS or {@code .tabs}) into the FHIR R4 resource the NOS publish for it, in the
 * shape of the FHIR files of the same distribution, so that the four formats of one version give
 * one content:
 * <ul>
 *   <li>header: {@code url} from the OID ({@link NosOids}), else {@code urlFichier}; {@code identifier}
 *       {@code urn:oid:}; {@code version} and {@code date} from {@code dateMaj}; {@code name} from the file
 *       name without {@code .tabs}; {@code description}; {@code status} {@code retired} when {@code dateFin}
 *       is set, else {@code active}; {@code dateValid}/{@code dateFin} as the
 *       {@code ressource-effectivePeriod} extension (spelled as the NOS files spell it); CodeSystems are
 *       {@code content: complete};</li>
 *   <li>TRE concepts: {@code display} = long label; designations {@code LibelleCourt} (short label) and
 *       {@code LibelleAdapte} (adapted label); properties {@code dateValid}, {@code dateFin}, {@code dateMaj};</li>
 *   <li>JDV concepts: one {@code compose.include} per run of one system, each concept with its display and a
 *       designation {@code OID} holding the system's {@code urn:oid:}, as the NOS FHIR files do;</li>
 *   <li>ASS pairs: one {@code group} per (source, target) system pair in order of first appearance, one
 *       {@code element} per pair with an {@code equivalent} target (the NOS tables state no other).</li>
 * </ul>
 */
public final class NosToFhir {

    static final String EFFECTIVE_PERIOD = "http://hl7.org/fhir/StructureDefinition/ressource-effectivePeriod";
    static final String OID_USE = "OID";
    static final String SHORT_LABEL = "LibelleCourt";
    static final String ADAPTED_LABEL = "LibelleAdapte";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final NosOids oids;

    public NosToFhir(NosOids oids) {
        this.oids = oids;
    }

    /**
     * @param url     the canonical URL to use instead of the one derived from the OID, or null
     * @param version the business version to use instead of {@code dateMaj}, or null
     */
    public ObjectNode convert(String source, NosFile file, String url, String version) {
        NosFile.Header h = file.header();
        ObjectNode resource = JSON.objectNode();
        resource.put("resourceType", h.type().kind().fhirType());
        effectivePeriod(source, h).ifPresent(period -> resource.putArray("extension").add(period));
        resource.put("url", url != null ? url : oids.urlOf(h.oid()).orElseGet(() -> required(source, h.urlFichier(),
                "no URL: the OID " + h.oid() + " is not in the OID table and the file has no urlFichier")));
        ObjectNode identifier = JSON.objectNode().put("value", "urn:oid:" + h.oid());
        if (h.type() == NosType.ASS) {
            resource.set("identifier", identifier); // 0..1 in an R4 ConceptMap
        } else {
            resource.putArray("identifier").add(identifier);
        }
        String businessVersion = version != null ? version : h.version() != null ? h.version() : required(source,
                h.dateMaj(), "no version: a NOS file's version is its dateMaj, which is empty");
        resource.put("version", businessVersion);
        if (!h.fileName().isEmpty()) {
            resource.put("name", h.fileName().endsWith(".tabs")
                    ? h.fileName().substring(0, h.fileName().length() - ".tabs".length()) : h.fileName());
        }
        resource.put("status", h.dateFin().isEmpty() ? "active" : "retired");
        dateTime(source, h.dateMaj(), "dateMaj").ifPresent(date -> resource.put("date", date));
        if (!h.description().isEmpty()) {
            resource.put("description", h.description());
        }
        switch (h.type()) {
            case TRE -> {
                resource.put("content", "complete");
                ArrayNode concepts = resource.putArray("concept");
                file.concepts().forEach(c -> concepts.add(concept(source, c)));
            }
            case JDV -> resource.putObject("compose").set("include", includes(source, file.concepts()));
            case ASS -> resource.set("group", groups(source, file.mappings()));
        }
        return resource;
    }

    private Optional<ObjectNode> effectivePeriod(String source, NosFile.Header h) {
        ObjectNode period = JSON.objectNode();
        dateTime(source, h.dateValid(), "dateValid").ifPresent(start -> period.put("start", start));
        dateTime(source, h.dateFin(), "dateFin").ifPresent(end -> period.put("end", end));
        if (period.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode extension = JSON.objectNode().put("url", EFFECTIVE_PERIOD);
        extension.set("valuePeriod", period);
        return Optional.of(extension);
    }

    private ObjectNode concept(String source, NosFile.Concept c) {
        ObjectNode concept = JSON.objectNode().put("code", c.code());
        String display = !c.longDesignation().isEmpty() ? c.longDesignation() : c.displayName();
        if (!display.isEmpty()) {
            concept.put("display", display);
        }
        ArrayNode designations = JSON.arrayNode();
        designation(designations, SHORT_LABEL, c.shortDesignation());
        designation(designations, ADAPTED_LABEL, c.displayName());
        if (!designations.isEmpty()) {
            concept.set("designation", designations);
        }
        ArrayNode properties = JSON.arrayNode();
        property(source, properties, c.code(), "dateValid", c.dateValid());
        property(source, properties, c.code(), "dateFin", c.dateFin());
        property(source, properties, c.code(), "dateMaj", c.dateMaj());
        if (!properties.isEmpty()) {
            concept.set("property", properties);
        }
        return concept;
    }

    private static void designation(ArrayNode designations, String use, String value) {
        if (value != null && !value.isEmpty()) {
            ObjectNode designation = designations.addObject();
            designation.putObject("use").put("code", use);
            designation.put("value", value);
        }
    }

    private static void property(String source, ArrayNode properties, String code, String name, String value) {
        dateTime(source + ": concept " + code, value, name)
                .ifPresent(date -> properties.addObject().put("code", name).put("valueDateTime", date));
    }

    private ArrayNode includes(String source, List<NosFile.Concept> concepts) {
        ArrayNode includes = JSON.arrayNode();
        String runSystem = null;
        ArrayNode run = null;
        for (NosFile.Concept c : concepts) {
            if (!c.codeSystem().equals(runSystem)) {
                runSystem = c.codeSystem();
                ObjectNode include = includes.addObject().put("system", systemUrl(source, runSystem));
                run = include.putArray("concept");
            }
            ObjectNode member = run.addObject().put("code", c.code());
            if (!c.displayName().isEmpty()) {
                member.put("display", c.displayName());
            }
            ObjectNode designation = member.putArray("designation").addObject();
            designation.putObject("use").put("code", OID_USE);
            designation.put("value", "urn:oid:" + c.codeSystem());
        }
        return includes;
    }

    private ArrayNode groups(String source, List<NosFile.Mapping> mappings) {
        Map<List<String>, ArrayNode> elementsByPair = new LinkedHashMap<>();
        ArrayNode groups = JSON.arrayNode();
        for (NosFile.Mapping m : mappings) {
            ArrayNode elements = elementsByPair.computeIfAbsent(List.of(m.sourceSystem(), m.targetSystem()), pair -> {
                ObjectNode group = groups.addObject()
                        .put("source", systemUrl(source, pair.get(0)))
                        .put("target", systemUrl(source, pair.get(1)));
                return group.putArray("element");
            });
            ObjectNode element = elements.addObject().put("code", m.sourceCode());
            element.putArray("target").addObject().put("code", m.targetCode()).put("equivalence", "equivalent");
        }
        return groups;
    }

    private String systemUrl(String source, String oid) {
        return oids.urlOf(oid).orElseThrow(() -> new LoadException(LoadError.UNKNOWN_OID, source, "the code system OID "
                + oid + " is not in the NOS OID table (loaders/nos/oids.yaml) nor carried by a stored version: "
                + "load that code system first, or add its OID to the table"));
    }

    /** Names every OID that {@link #convert} would not resolve, so one error lists them all. */
    public void checkOids(String source, NosFile file) {
        TreeSet<String> unknown = new TreeSet<>();
        file.concepts().stream().map(NosFile.Concept::codeSystem).filter(o -> oids.urlOf(o).isEmpty()).forEach(unknown::add);
        file.mappings().forEach(m -> List.of(m.sourceSystem(), m.targetSystem()).stream()
                .filter(o -> oids.urlOf(o).isEmpty()).forEach(unknown::add));
        if (file.header().type() == NosType.TRE) {
            unknown.remove(file.header().oid());
        }
        if (!unknown.isEmpty()) {
            throw new LoadException(LoadError.UNKNOWN_OID, source, "unknown code system OID" + (unknown.size() > 1 ? "s " : " ")
                    + String.join(", ", unknown) + ": they are not in the NOS OID table (loaders/nos/oids.yaml) nor "
                    + "carried by a stored version; load those code systems first, or add their OIDs to the table");
        }
    }

    private static Optional<String> dateTime(String source, String nos, String field) {
        try {
            return NosDates.toFhir(nos);
        } catch (IllegalArgumentException e) {
            throw new LoadException(LoadError.INVALID, source, field + " " + e.getMessage());
        }
    }

    private static String required(String source, String value, String message) {
        if (value == null || value.isBlank()) {
            throw new LoadException(LoadError.MISSING_HEADER, source, message);
        }
        return Objects.requireNonNull(value);
    }
}
