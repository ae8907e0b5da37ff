package fr.ror.nomenclator.terminology.internal.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.terminology.ConceptKey;
import fr.ror.nomenclator.terminology.ConceptLineage;
import fr.ror.nomenclator.terminology.GraphStatistics;
import fr.ror.nomenclator.terminology.LineageLink;
import fr.ror.nomenclator.terminology.NomenclatureCatalogue;
import fr.ror.nomenclator.terminology.QualityReport;
import fr.ror.nomenclator.terminology.QualityRequest;
import fr.ror.nomenclator.terminology.ResourceKind;
import fr.ror.nomenclator.terminology.VersionCatalog;
import fr.ror.nomenclator.terminology.VersionSummary;
import fr.ror.nomenclator.terminology.internal.catalogue.YamlNomenclatureCatalogue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * A small world for the quality rules: the shipped catalogue (so keys and aliases are the real
 * ones), versions held in memory, lineage in a list, and resources cut from the real shipped files
 * or written in their shape.
 */
final class QualityFixture {

    static final ObjectMapper JSON = new ObjectMapper();
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final String R211 = "https://mos.esante.gouv.fr/NOS/TRE_R211-ActiviteOperationnelle/FHIR/TRE-R211-ActiviteOperationnelle";
    static final String R211_OLD = "https://mos.esante.gouv.fr/NOS/TRE_R211-ActiviteOperationnelle";
    static final String J17 = "https://mos.esante.gouv.fr/NOS/JDV_J17-ActiviteOperationnelle-ROR/FHIR/JDV-J17-ActiviteOperationnelle-ROR";
    static final String A14 = "https://mos.esante.gouv.fr/NOS/ASS_A14-FamilleActivite-ActiviteOperationnelle/FHIR/ASS-A14-FamilleActivite-ActiviteOperationnelle";
    static final String R265 = "https://mos.esante.gouv.fr/NOS/TRE_R265-PrestationPilotageSerafin";
    static final String R265_NEW = R265 + "/FHIR/TRE-R265-PrestationPilotageSerafin";
    static final NomenclatureCatalogue CATALOGUE = shippedCatalogue();

    final Store store = new Store();
    final List<LineageLink> lineage = new ArrayList<>();

    RuleBasedQualityChecks checks() {
        ConceptLineage links = new ConceptLineage() {
            @Override
            public void record(List<LineageLink> recorded) {
                lineage.addAll(recorded);
            }

            @Override
            public List<LineageLink> from(ConceptKey concept) {
                return lineage.stream().filter(l -> l.from().equals(concept)).toList();
            }

            @Override
            public List<LineageLink> fromNomenclature(String nomenclature) {
                return lineage.stream().filter(l -> l.from().nomenclature().equals(nomenclature)).toList();
            }
        };
        return new RuleBasedQualityChecks(store, CATALOGUE, links, new StaticListableBeanFactory()
                .getBeanProvider(fr.ror.nomenclator.terminology.BuiltInContent.class));
    }

    /** Everything in force, judged on {@link #TODAY}. */
    QualityReport inForce() {
        return checks().check(new QualityRequest(List.of(), Set.of(), TODAY));
    }

    QualityReport candidate(String... versionIds) {
        return checks().check(new QualityRequest(List.of(versionIds), Set.of(), TODAY));
    }

    /** Stores a version and answers its id. */
    String store(ObjectNode resource) {
        return store.put(resource);
    }

    // --- Resources --------------------------------------------------------------------------------

    static ObjectNode real(String path) {
        try {
            return (ObjectNode) JSON.readTree(Path.of("terminology", path).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A real code system with only the codes given (all when none), in file order. */
    static ObjectNode realCodeSystem(String path, String... codes) {
        ObjectNode cs = real(path);
        if (codes.length > 0) {
            ArrayNode kept = JSON.createArrayNode();
            Set<String> wanted = Set.of(codes);
            cs.get("concept").forEach(c -> {
                if (wanted.contains(c.get("code").asText())) {
                    kept.add(c.deepCopy());
                }
            });
            cs.set("concept", kept);
        }
        return cs;
    }

    /** TRE_R211 20230802150000 (the /FHIR/ URL style) with only these codes. */
    static ObjectNode r211(String... codes) {
        return realCodeSystem("CodeSystem/TRE_R211_ActiviteOperationnelle.json", codes);
    }

    /** TRE_R211 20211029120000 (the old URL style) with only these codes. */
    static ObjectNode r211Of2021(String... codes) {
        return realCodeSystem("CodeSystem/TRE_R211-ActiviteOperationnelle.json", codes);
    }

    static ObjectNode codeSystem(String url, String version, String status, ObjectNode... concepts) {
        ObjectNode cs = JSON.createObjectNode().put("resourceType", "CodeSystem").put("url", url)
                .put("version", version).put("status", status).put("date", "2023-08-02T12:00:00+02:00")
                .put("content", "complete");
        ArrayNode list = cs.putArray("concept");
        for (ObjectNode c : concepts) {
            list.add(c);
        }
        return cs;
    }

    static ObjectNode concept(String code, String display) {
        ObjectNode c = JSON.createObjectNode().put("code", code);
        if (display != null) {
            c.put("display", display);
        }
        c.putArray("property").addObject().put("code", "dateValid").put("valueDateTime", "2015-04-08T00:00:00+02:00");
        return c;
    }

    static ObjectNode retired(ObjectNode concept, String dateFin) {
        ((ArrayNode) concept.get("property")).addObject().put("code", "dateFin").put("valueDateTime", dateFin);
        return concept;
    }

    static ObjectNode property(ObjectNode concept, String code, String valueCode) {
        ((ArrayNode) concept.get("property")).addObject().put("code", code).put("valueCode", valueCode);
        return concept;
    }

    /** A value set of one include per system given as {@code system, version (or null), codes…}. */
    static ObjectNode valueSet(String url, String version, ObjectNode... includes) {
        ObjectNode vs = JSON.createObjectNode().put("resourceType", "ValueSet").put("url", url).put("version", version)
                .put("status", "active").put("date", "2023-07-03T12:00:00+02:00");
        ArrayNode list = vs.putObject("compose").putArray("include");
        for (ObjectNode include : includes) {
            list.add(include);
        }
        return vs;
    }

    static ObjectNode include(String system, String version, String... codes) {
        ObjectNode include = JSON.createObjectNode().put("system", system);
        if (version != null) {
            include.put("version", version);
        }
        if (codes.length > 0) {
            ArrayNode concepts = include.putArray("concept");
            for (String code : codes) {
                int bar = code.indexOf('=');
                ObjectNode c = concepts.addObject().put("code", bar < 0 ? code : code.substring(0, bar));
                if (bar >= 0) {
                    c.put("display", code.substring(bar + 1));
                }
            }
        }
        return include;
    }

    /** A concept map of one group; mappings as {@code source>target}. */
    static ObjectNode conceptMap(String url, String version, String source, String target, String... mappings) {
        ObjectNode cm = JSON.createObjectNode().put("resourceType", "ConceptMap").put("url", url).put("version", version)
                .put("status", "active").put("date", "2024-05-31T12:00:00+01:00");
        ObjectNode group = cm.putArray("group").addObject().put("source", source).put("target", target);
        ArrayNode elements = group.putArray("element");
        for (String mapping : mappings) {
            String[] st = mapping.split(">");
            elements.addObject().put("code", st[0]).putArray("target").addObject().put("code", st[1])
                    .put("equivalence", "equivalent");
        }
        return cm;
    }

    static NomenclatureCatalogue shippedCatalogue() {
        try (InputStream in = Files.newInputStream(Path.of("terminology/catalogue.yaml"))) {
            return new YamlNomenclatureCatalogue("terminology/catalogue.yaml", in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Versions in memory, keyed by the shipped catalogue like the graph store keys them. */
    static final class Store implements VersionCatalog {

        private final Map<String, VersionSummary> summaries = new LinkedHashMap<>();
        private final Map<String, ObjectNode> resources = new LinkedHashMap<>();

        String put(ObjectNode resource) {
            ResourceKind kind = ResourceKind.ofFhirType(resource.get("resourceType").asText()).orElseThrow();
            String url = resource.get("url").asText();
            String version = resource.get("version").asText();
            String key = CATALOGUE.canonicalKey(url);
            String id = (key.replace('_', '-').replaceAll("[^A-Za-z0-9.-]", "-") + "-" + version);
            String preferred = CATALOGUE.byUrl(url).map(n -> n.url()).orElse(url);
            summaries.put(id, new VersionSummary(id, kind, key, preferred, url, version, text(resource, "name"),
                    text(resource, "title"), text(resource, "status"), null, text(resource, "date"), List.of(),
                    String.valueOf(resource.hashCode())));
            resources.put(id, resource.deepCopy());
            return id;
        }

        private static String text(JsonNode node, String field) {
            return node.hasNonNull(field) ? node.get(field).asText() : null;
        }

        @Override
        public List<VersionSummary> versions() {
            return List.copyOf(summaries.values());
        }

        @Override
        public List<VersionSummary> versions(ResourceKind kind) {
            return summaries.values().stream().filter(v -> v.kind() == kind).toList();
        }

        @Override
        public Optional<VersionSummary> find(ResourceKind kind, String id) {
            return Optional.ofNullable(summaries.get(id)).filter(v -> v.kind() == kind);
        }

        @Override
        public List<VersionSummary> versionsOf(ResourceKind kind, String url) {
            String key = CATALOGUE.canonicalKey(url);
            return summaries.values().stream().filter(v -> v.kind() == kind && v.canonicalKey().equals(key)).toList();
        }

        @Override
        public Optional<VersionSummary> latest(ResourceKind kind, String url) {
            throw new UnsupportedOperationException("the quality loop judges what is in force itself, on its date");
        }

        @Override
        public Optional<ObjectNode> resource(ResourceKind kind, String id) {
            return Optional.ofNullable(resources.get(id)).map(ObjectNode::deepCopy);
        }

        @Override
        public long generation() {
            return summaries.size();
        }

        @Override
        public GraphStatistics statistics() {
            throw new UnsupportedOperationException();
        }
    }
}
