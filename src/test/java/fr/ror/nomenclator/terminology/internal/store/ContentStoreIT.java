package fr.ror.nomenclator.terminology.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.support.TestGraphStore;
import fr.ror.nomenclator.terminology.ContentImport;
import fr.ror.nomenclator.terminology.GraphStatistics;
import fr.ror.nomenclator.terminology.ImportOutcome.Result;
import fr.ror.nomenclator.terminology.InvalidContentException;
import fr.ror.nomenclator.terminology.ResourceKind;
import fr.ror.nomenclator.terminology.VersionCatalog;
import fr.ror.nomenclator.terminology.VersionConflictException;
import fr.ror.nomenclator.terminology.VersionSummary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The content store on a real embedded Neo4j, with real NOS files. */
@SpringBootTest(classes = ContentStoreIT.TerminologyOnly.class)
@TestMethodOrder(OrderAnnotation.class)
class ContentStoreIT {

    static final Path NOS = Path.of(System.getProperty("user.dir"))
            .resolve("../shared/nomenclatures").normalize();
    static final Path TRE = NOS.resolve("M-Priour_IG-terminologie-de-sante/input/NOS/TRE");
    static final String R211 = "https://mos.esante.gouv.fr/NOS/TRE_R211-ActiviteOperationnelle/FHIR/TRE-R211-ActiviteOperationnelle";

    @SpringBootConfiguration
    @ComponentScan("fr.ror.nomenclator.terminology")
    @ImportAutoConfiguration(JacksonAutoConfiguration.class)
    static class TerminologyOnly {
    }

    @DynamicPropertySource
    static void graph(DynamicPropertyRegistry registry) {
        TestGraphStore.embedded(registry);
    }

    @Autowired
    ContentImport contentImport;
    @Autowired
    VersionCatalog catalog;
    @Autowired
    ObjectMapper json;

    ObjectNode read(Path file) throws IOException {
        return (ObjectNode) json.readTree(file.toFile());
    }

    static ObjectNode content(ObjectNode resource) {
        ObjectNode copy = resource.deepCopy();
        copy.remove(List.of("id", "meta", "text"));
        return copy;
    }

    @Test
    @Order(1)
    void bothExportGenerationsOfR211AreVersionsOfOneNomenclatureSharingConcepts() throws IOException {
        ObjectNode older = read(TRE.resolve("TRE_R211-ActiviteOperationnelle.json"));
        ObjectNode newer = read(TRE.resolve("TRE_R211_ActiviteOperationnelle.json"));

        assertThat(contentImport.importResource("older", older).result()).isEqualTo(Result.CREATED);
        GraphStatistics afterOlder = catalog.statistics();
        assertThat(contentImport.importResource("newer", newer).result()).isEqualTo(Result.CREATED);
        GraphStatistics afterNewer = catalog.statistics();

        List<VersionSummary> versions = catalog.versionsOf(ResourceKind.CODE_SYSTEM, R211);
        assertThat(versions).extracting(VersionSummary::version).containsExactly("20211029120000", "20230802150000");
        assertThat(catalog.versionsOf(ResourceKind.CODE_SYSTEM, "https://mos.esante.gouv.fr/NOS/TRE_R211-ActiviteOperationnelle"))
                .isEqualTo(versions);
        assertThat(catalog.latest(ResourceKind.CODE_SYSTEM, R211)).map(VersionSummary::version).contains("20230802150000");
        // 445 codes in the older export, 533 in the newer: every older code is in the newer, so one node each.
        assertThat(afterOlder.nodesByLabel().get("Concept")).isEqualTo(445);
        assertThat(afterNewer.nodesByLabel().get("Concept")).isEqualTo(533);

        for (ObjectNode original : List.of(older, newer)) {
            String version = original.get("version").asText();
            VersionSummary summary = versions.stream().filter(v -> v.version().equals(version)).findFirst().orElseThrow();
            assertThat(content(catalog.resource(ResourceKind.CODE_SYSTEM, summary.id()).orElseThrow()))
                    .isEqualTo(content(original));
        }
    }

    @Test
    @Order(2)
    void aNewVersionStoresOnlyTheConceptsThatChanged() throws IOException {
        ObjectNode next = read(TRE.resolve("TRE_R211_ActiviteOperationnelle.json"));
        next.put("version", "20240101120000");
        ((ObjectNode) next.get("concept").get(0)).put("display", "Addictologie comportementale");
        GraphStatistics before = catalog.statistics();

        assertThat(contentImport.importResource("next", next).result()).isEqualTo(Result.CREATED);

        GraphStatistics after = catalog.statistics();
        assertThat(after.nodesByLabel().get("ConceptRevision") - before.nodesByLabel().get("ConceptRevision"))
                .isEqualTo(1);
        assertThat(after.nodesByLabel().get("Concept")).isEqualTo(before.nodesByLabel().get("Concept"));
        String id = catalog.latest(ResourceKind.CODE_SYSTEM, R211).orElseThrow().id();
        assertThat(content(catalog.resource(ResourceKind.CODE_SYSTEM, id).orElseThrow())).isEqualTo(content(next));
    }

    @Test
    @Order(3)
    void aVersionDatedInTheFutureIsNotServedBeforeItsDateNorADraft() throws IOException {
        String inForce = catalog.latest(ResourceKind.CODE_SYSTEM, R211).orElseThrow().version();
        ObjectNode future = read(TRE.resolve("TRE_R211_ActiviteOperationnelle.json"));
        future.put("version", "20990101120000");
        future.put("date", "2099-01-01T12:00:00+01:00");
        ObjectNode draft = future.deepCopy();
        draft.put("version", "20990201120000");
        draft.put("date", "2024-02-01");
        draft.put("status", "draft");

        contentImport.importResource("future", future);
        contentImport.importResource("draft", draft);

        assertThat(catalog.versionsOf(ResourceKind.CODE_SYSTEM, R211)).extracting(VersionSummary::version)
                .contains("20990101120000", "20990201120000");
        assertThat(catalog.latest(ResourceKind.CODE_SYSTEM, R211)).map(VersionSummary::version).contains(inForce);
    }

    @Test
    @Order(3)
    void loadingIdenticalContentTwiceChangesNothing() throws IOException {
        GraphStatistics before = catalog.statistics();
        assertThat(contentImport.importResource("again", read(TRE.resolve("TRE_R211_ActiviteOperationnelle.json"))).result())
                .isEqualTo(Result.UNCHANGED);
        assertThat(catalog.statistics()).isEqualTo(before);
    }

    @Test
    @Order(4)
    void aPublishedVersionCannotBeOverwrittenWithOtherContent() throws IOException {
        ObjectNode changed = read(TRE.resolve("TRE_R211_ActiviteOperationnelle.json"));
        ((ObjectNode) changed.get("concept").get(1)).put("display", "changed");
        GraphStatistics before = catalog.statistics();

        assertThatThrownBy(() -> contentImport.importResource("changed.json", changed))
                .isInstanceOf(VersionConflictException.class)
                .hasMessageContaining("changed.json").hasMessageContaining("20230802150000");
        assertThat(catalog.statistics()).isEqualTo(before);
    }

    @Test
    @Order(5)
    void duplicateCodesAreRefusedAndNothingIsStored() throws IOException {
        ObjectNode dup = read(TRE.resolve("TRE_R239_PublicPrisEnCharge.json"));
        ((com.fasterxml.jackson.databind.node.ArrayNode) dup.get("concept")).add(dup.get("concept").get(0).deepCopy());
        GraphStatistics before = catalog.statistics();

        assertThatThrownBy(() -> contentImport.importResource("dup.json", dup))
                .isInstanceOf(InvalidContentException.class)
                .hasMessageContaining("dup.json").hasMessageContaining("duplicate code");
        assertThat(catalog.statistics()).isEqualTo(before);
    }

    @Test
    @Order(6)
    void valueSetsConceptMapsAndNestedHierarchiesComeBackAsLoaded() throws IOException {
        Path derived = NOS.resolve("derived");
        for (Path file : List.of(derived.resolve("CodeSystem-terminologie-SERAFINPH.json"),
                derived.resolve("ValueSet-JDV-J17-ActiviteOperationnelle-ROR.json"),
                derived.resolve("ConceptMap-ASS-A14-FamilleActivite-ActiviteOperationnelle.json"),
                NOS.resolve("M-Priour_IG-terminologie-de-sante/input/NOS/JDV/JDV_J51_FamilleActiviteOperationnelle_ROR.json"))) {
            ObjectNode original = read(file);
            var outcome = contentImport.importResource(file.getFileName().toString(), original);
            ResourceKind kind = ResourceKind.ofFhirType(original.get("resourceType").asText()).orElseThrow();
            assertThat(content(catalog.resource(kind, outcome.versionId()).orElseThrow()))
                    .as(file.getFileName().toString()).isEqualTo(content(original));
        }
    }

    @Test
    @Order(7)
    void aCodeContainingCypherIsStoredAsData() throws IOException {
        ObjectNode cs = read(TRE.resolve("TRE_R239_PublicPrisEnCharge.json"));
        cs.put("version", "29990101000000");
        String code = "x'}) MATCH (n) DETACH DELETE n //";
        ((ObjectNode) cs.get("concept").get(0)).put("code", code);
        GraphStatistics before = catalog.statistics();

        var outcome = contentImport.importResource("cypher.json", cs);

        assertThat(catalog.statistics().nodes()).isGreaterThan(before.nodes());
        assertThat(catalog.resource(ResourceKind.CODE_SYSTEM, outcome.versionId()).orElseThrow()
                .get("concept").get(0).get("code").asText()).isEqualTo(code);
    }

    @Autowired
    GraphVersionRepository repository;
    @Autowired
    org.neo4j.driver.Driver driver;

    @Test
    @Order(100)
    void aCodeSystemTooLargeForOneTransactionIsWrittenInChunksAndAppearsWhole() {
        int size = GraphVersionRepository.CHUNKED_ABOVE + 5_001;
        ObjectNode big = json.createObjectNode().put("resourceType", "CodeSystem")
                .put("url", "http://example.org/fhir/CodeSystem/chunked").put("version", "1").put("status", "active")
                .put("content", "complete");
        var concepts = big.putArray("concept");
        for (int i = 0; i < size; i++) {
            concepts.addObject().put("code", "C" + i).put("display", "Concept " + i);
        }
        long before = catalog.versions(ResourceKind.CODE_SYSTEM).size();

        assertThat(contentImport.importResource("big", big).result()).isEqualTo(Result.CREATED);

        List<VersionSummary> versions = catalog.versionsOf(ResourceKind.CODE_SYSTEM,
                "http://example.org/fhir/CodeSystem/chunked");
        assertThat(versions).singleElement();
        assertThat(catalog.versions(ResourceKind.CODE_SYSTEM)).hasSize((int) before + 1);
        assertThat(catalog.resource(ResourceKind.CODE_SYSTEM, versions.get(0).id()).orElseThrow().get("concept"))
                .hasSize(size);
        assertThat(catalog.statistics().nodesByLabel()).doesNotContainKey("staging");
        assertThat(contentImport.importResource("big again", big).result()).isEqualTo(Result.UNCHANGED);
    }

    @Test
    @Order(101)
    void aStagingVersionLeftByACrashIsNeverReadAndIsRemoved() {
        ObjectNode small = json.createObjectNode().put("resourceType", "CodeSystem")
                .put("url", "http://example.org/fhir/CodeSystem/crashed").put("version", "1").put("status", "active")
                .put("content", "complete");
        small.putArray("concept").addObject().put("code", "a");
        contentImport.importResource("crash", small);
        String id = catalog.versionsOf(ResourceKind.CODE_SYSTEM, "http://example.org/fhir/CodeSystem/crashed").get(0).id();
        // What a crash between the chunks and the renaming transaction leaves: a version marked staging, an hour old.
        try (var session = driver.session()) {
            session.run("MATCH (v:Version {id: $id}) SET v.staging = true, v.loadedAt = datetime() - duration('PT2H')",
                    java.util.Map.of("id", id)).consume();
        }
        assertThat(repository.loadVersions()).noneMatch(v -> v.id().equals(id));
        assertThat(repository.removeAbandonedStaging()).isEqualTo(1);
        assertThat(repository.loadParts(id)).isEmpty();
    }
}
