package fr.ror.nomenclator.loaders.nos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.loaders.LoadError;
import fr.ror.nomenclator.loaders.LoadException;
import fr.ror.nomenclator.terminology.ResourceKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a stored version (FHIR R4 JSON) into the NOS file of its SVS and {@code .tabs} forms, the
 * reverse of {@link NosToFhir}. What the NOS formats cannot carry (definitions, designations other
 * than the short and adapted labels, properties other than the NOS dates, hierarchy, equivalences
 * other than {@code equivalent}) is counted in {@link Result#omitted()} rather than silently lost.
 */
public final class FhirToNos {

    private static final Pattern NOS_URL = Pattern.compile("^(https?://mos\\.esante\\.gouv\\.fr/NOS/)([^/]+?)(\\.tabs)?(/.*)?$");
    private static final List<String> NOS_DATES = List.of("dateValid", "dateFin", "dateMaj");

    private final NosOids oids;

    public FhirToNos(NosOids oids) {
        this.oids = oids;
    }

    /**
     * @param file    the NOS file
     * @param omitted what the version holds that the file does not, counted by kind ("3 definitions")
     */
    public record Result(NosFile file, Map<String, Integer> omitted) {
    }

    /** @throws LoadException {@code LD120} when the version cannot be written (no OID, compose rules without codes…) */
    public Result convert(String source, ResourceKind kind, ObjectNode resource) {
        Map<String, Integer> omitted = new TreeMap<>();
        NosFile.Header header = header(source, kind, resource);
        List<NosFile.Concept> concepts = new ArrayList<>();
        List<NosFile.Mapping> mappings = new ArrayList<>();
        List<NosFile.SystemColumn> columns = new ArrayList<>();
        switch (kind) {
            case CODE_SYSTEM -> codeSystem(source, header.oid(), resource.path("concept"), concepts, omitted, false);
            case VALUE_SET -> valueSet(source, resource, concepts, omitted);
            case CONCEPT_MAP -> conceptMap(source, resource, mappings, columns, omitted);
        }
        return new Result(new NosFile(header, concepts, mappings, columns), omitted);
    }

    private NosFile.Header header(String source, ResourceKind kind, ObjectNode resource) {
        String url = resource.path("url").asText();
        String oid = ownOid(resource).or(() -> oids.oidOf(url)).orElseThrow(() -> notExportable(source,
                "it has no urn:oid: identifier and its URL is not in the NOS OID table: the NOS formats name every "
                        + "nomenclature by its OID"));
        Matcher nos = NOS_URL.matcher(url);
        String base = nos.matches() ? nos.group(2) : resource.path("name").asText(url);
        String urlFichier = nos.matches() ? nos.group(1) + nos.group(2) : url;
        JsonNode period = effectivePeriod(resource);
        String version = resource.path("version").asText("");
        String dateMaj = NosDates.isNosTimestamp(version) ? version : nosDate(source, resource.path("date").asText(null));
        return new NosFile.Header(oid, NosType.of(kind), base + ".tabs", resource.path("description").asText(""),
                urlFichier, nosDate(source, period.path("start").asText(null)), nosDate(source, period.path("end").asText(null)),
                dateMaj, null);
    }

    private void codeSystem(String source, String oid, JsonNode list, List<NosFile.Concept> out,
                            Map<String, Integer> omitted, boolean nested) {
        for (JsonNode c : list) {
            if (nested) {
                count(omitted, "hierarchy links (nested concepts)");
            }
            if (c.hasNonNull("definition")) {
                count(omitted, "definitions");
            }
            String shortLabel = "";
            String adapted = null;
            for (JsonNode d : c.path("designation")) {
                String use = d.path("use").path("code").asText("");
                if (use.equals(NosToFhir.SHORT_LABEL) && shortLabel.isEmpty()) {
                    shortLabel = d.path("value").asText("");
                } else if (use.equals(NosToFhir.ADAPTED_LABEL) && adapted == null) {
                    adapted = d.path("value").asText("");
                } else {
                    count(omitted, "designations (use " + (use.isEmpty() ? "none" : use) + ")");
                }
            }
            Map<String, String> dates = new TreeMap<>();
            for (JsonNode p : c.path("property")) {
                String code = p.path("code").asText();
                if (NOS_DATES.contains(code) && p.hasNonNull("valueDateTime") && !dates.containsKey(code)) {
                    dates.put(code, nosDate(source, p.get("valueDateTime").asText()));
                } else {
                    count(omitted, "properties (" + code + ")");
                }
            }
            String display = c.path("display").asText("");
            out.add(new NosFile.Concept(oid, c.path("code").asText(), adapted != null ? adapted : display, shortLabel,
                    display, dates.getOrDefault("dateValid", ""), dates.getOrDefault("dateFin", ""),
                    dates.getOrDefault("dateMaj", "")));
            codeSystem(source, oid, c.path("concept"), out, omitted, true);
        }
    }

    private void valueSet(String source, ObjectNode resource, List<NosFile.Concept> out, Map<String, Integer> omitted) {
        JsonNode compose = resource.path("compose");
        if (compose.path("exclude").size() > 0) {
            throw notExportable(source, "it has compose.exclude rules: the NOS formats list the members, and this "
                    + "value set would need an expansion");
        }
        for (JsonNode include : compose.path("include")) {
            if (!include.hasNonNull("system") || !include.path("concept").isArray() || include.has("filter")
                    || include.has("valueSet")) {
                throw notExportable(source, "an include of " + include.path("system").asText("no system")
                        + " does not enumerate its codes (whole system, filter or imported value set): "
                        + "the NOS formats list the members, and this value set would need an expansion");
            }
            String system = include.get("system").asText();
            String systemOid = null;
            for (JsonNode member : include.path("concept")) {
                String oid = memberOid(member).orElse(null);
                if (oid == null) {
                    if (systemOid == null) {
                        systemOid = oids.oidOf(system).orElseThrow(() -> new LoadException(LoadError.UNKNOWN_OID,
                                source, "no OID is known for the code system " + system
                                + " (not in loaders/nos/oids.yaml, no stored version carries one)"));
                    }
                    oid = systemOid;
                }
                for (JsonNode d : member.path("designation")) {
                    if (!NosToFhir.OID_USE.equals(d.path("use").path("code").asText())) {
                        count(omitted, "designations of members");
                    }
                }
                out.add(NosFile.Concept.member(oid, member.path("code").asText(), member.path("display").asText("")));
            }
        }
    }

    private void conceptMap(String source, ObjectNode resource, List<NosFile.Mapping> out,
                            List<NosFile.SystemColumn> columns, Map<String, Integer> omitted) {
        LinkedHashSet<String> sources = new LinkedHashSet<>();
        LinkedHashSet<String> targets = new LinkedHashSet<>();
        Map<String, String> names = new TreeMap<>();
        for (JsonNode group : resource.path("group")) {
            String sourceOid = systemOid(source, group.path("source").asText(null), names);
            String targetOid = systemOid(source, group.path("target").asText(null), names);
            sources.add(sourceOid);
            targets.add(targetOid);
            for (JsonNode element : group.path("element")) {
                for (JsonNode target : element.path("target")) {
                    if (!target.hasNonNull("code")) {
                        count(omitted, "targets without a code");
                        continue;
                    }
                    String equivalence = target.path("equivalence").asText("equivalent");
                    if (!equivalence.equals("equivalent") && !equivalence.equals("equal")) {
                        count(omitted, "equivalences other than equivalent (" + equivalence + ")");
                    }
                    out.add(new NosFile.Mapping(sourceOid, element.path("code").asText(), targetOid,
                            target.get("code").asText()));
                }
            }
        }
        sources.forEach(oid -> columns.add(new NosFile.SystemColumn(oid, names.get(oid))));
        targets.forEach(oid -> columns.add(new NosFile.SystemColumn(oid, names.get(oid))));
    }

    private String systemOid(String source, String url, Map<String, String> names) {
        if (url == null) {
            throw notExportable(source, "a group has no source or target system");
        }
        String oid = oids.oidOf(url).orElseThrow(() -> new LoadException(LoadError.UNKNOWN_OID, source,
                "no OID is known for the code system " + url + " (not in loaders/nos/oids.yaml, no stored version carries one)"));
        Matcher nos = NOS_URL.matcher(url);
        names.putIfAbsent(oid, nos.matches() ? nos.group(2) : url);
        return oid;
    }

    private static Optional<String> ownOid(ObjectNode resource) {
        JsonNode ids = resource.path("identifier");
        for (JsonNode id : ids.isArray() ? ids : List.of(ids)) {
            Optional<String> oid = NosOids.oidIn(id.path("system").asText("") + "|" + id.path("value").asText(""));
            if (oid.isPresent()) {
                return oid;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> memberOid(JsonNode member) {
        for (JsonNode d : member.path("designation")) {
            if (NosToFhir.OID_USE.equals(d.path("use").path("code").asText())) {
                return NosOids.oidIn("|" + d.path("value").asText(""));
            }
        }
        return Optional.empty();
    }

    private static JsonNode effectivePeriod(ObjectNode resource) {
        for (JsonNode extension : resource.path("extension")) {
            if (extension.path("url").asText().endsWith("-effectivePeriod")) {
                return extension.path("valuePeriod");
            }
        }
        return resource.path("effectivePeriod");
    }

    private static String nosDate(String source, String fhir) {
        try {
            return NosDates.fromFhir(fhir);
        } catch (IllegalArgumentException e) {
            throw new LoadException(LoadError.NOT_EXPORTABLE, source, e.getMessage());
        }
    }

    private static void count(Map<String, Integer> omitted, String what) {
        omitted.merge(what, 1, Integer::sum);
    }

    private static LoadException notExportable(String source, String why) {
        return new LoadException(LoadError.NOT_EXPORTABLE, source, "cannot be written as SVS or .tabs: " + why);
    }
}
