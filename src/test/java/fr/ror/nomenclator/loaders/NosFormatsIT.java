package fr.ror.nomenclator.loaders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.terminology.ChangeKind;
import fr.ror.nomenclator.terminology.Changelog;
import fr.ror.nomenclator.terminology.GraphStatistics;
import fr.ror.nomenclator.terminology.ImportOutcome;
import fr.ror.nomenclator.terminology.ResourceKind;
import fr.ror.nomenclator.terminology.VersionCatalog;
import fr.ror.nomenclator.terminology.VersionDiff;
import fr.ror.nomenclator.terminology.VersionSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The NOS distribution formats through the real store (embedded Neo4j): the four formats of one
 * nomenclature give one graph content, and what the store holds comes back as the real files.
 */
class NosFormatsIT extends LoadersServerIT {

    static final Path NOS = SharedNomenclatures.DISTRIBUTION;

    @Autowired
    BatchLoader loader;
    @Autowired
    VersionCatalog catalog;
    @Autowired
    VersionExports exports;
    @Autowired
    VersionDiff diff;
    @Autowired
    FhirResourceReader fhir;

    List<ImportOutcome.Result> load(String... files) {
        LoadReport report = loader.load(List.of(files).stream().map(NOS::resolve).toList(), LoadOptions.DEFAULTS,
                LoadListener.NONE);
        assertThat(report.failures()).isEmpty();
        return report.outcomes().stream().map(ImportOutcome::result).toList();
    }

    /**
     * FHIR JSON, FHIR XML, SVS and .tabs of one TRE and of one JDV: the first creates the version,
     * the three others find exactly that content stored (same hash) and write nothing, so the graph
     * is the same node for node. Compared here: what all four carry (concepts, displays, designations,
     * NOS dates; value set members and their systems).
     */
    @Test
    void theFourFormatsOfOneNomenclatureLoadToTheSameGraphContent() {
        for (String base : List.of("TRE_A00-ProducteurDocNonPS", "JDV_J01-XdsAuthorSpecialty-CISIS")) {
            assertThat(load(base + "-FHIR.json")).as(base).containsExactly(ImportOutcome.Result.CREATED);
            GraphStatistics before = catalog.statistics();

            assertThat(load(base + "-FHIR.xml", base + ".xml", base + ".tabs")).as(base)
                    .containsExactly(ImportOutcome.Result.UNCHANGED, ImportOutcome.Result.UNCHANGED,
                            ImportOutcome.Result.UNCHANGED);
            assertThat(catalog.statistics()).as(base).isEqualTo(before);
        }
        VersionSummary a00 = exports.find(ResourceKind.CODE_SYSTEM, null,
                "https://mos.esante.gouv.fr/NOS/TRE_A00-ProducteurDocNonPS", "20200424120000");
        ObjectNode stored = exports.resource(a00);
        ObjectNode file = fhir.read(LoadSource.of(NOS.resolve("TRE_A00-ProducteurDocNonPS-FHIR.json"))).get(0);
        assertThat(stored.get("concept")).isEqualTo(file.get("concept"));
    }

    /**
     * The association table: SVS and .tabs give one content; its FHIR file also says the map is
     * bidirectional, which SVS and .tabs cannot, so it is other content under the same version and
     * refused as a conflict. What the formats share, the pairs, are the same groups in the graph.
     */
    @Test
    void theSvsAndTabsOfTheAssociationTableAreOneContentAndCarryTheGroupsOfItsFhirFile() {
        String base = "ASS_A11-CorresModeleCDA-XdsFormatCode-CISIS";
        assertThat(load(base + ".xml", base + ".tabs", base + ".tabs.txt")).containsExactly(ImportOutcome.Result.CREATED,
                ImportOutcome.Result.UNCHANGED, ImportOutcome.Result.UNCHANGED);

        LoadReport json = loader.load(List.of(NOS.resolve(base + "-FHIR.json")), LoadOptions.DEFAULTS, LoadListener.NONE);

        assertThat(json.failures()).singleElement().satisfies(f -> assertThat(f.code()).isEqualTo("TE201"));
        VersionSummary stored = exports.find(ResourceKind.CONCEPT_MAP, null,
                "https://mos.esante.gouv.fr/NOS/ASS_A11-CorresModeleCDA-XdsFormatCode-CISIS", "20230217120000");
        ObjectNode fromJson = fhir.read(base, readBytes(NOS.resolve(base + "-FHIR.json"))).get(0);
        assertThat(exports.resource(stored).get("group")).isEqualTo(fromJson.get("group"));
        ArrayNode extensions = (ArrayNode) fromJson.get("extension");
        assertThat(extensions).anySatisfy(e -> assertThat(e.path("url").asText()).endsWith("concept-bidirectional"));
    }

    /** Read, stored, materialised from the graph, written: the same bytes for TRE and JDV, the same pairs for ASS. */
    @Test
    void theRealSvsAndTabsFilesRoundTripThroughTheStore() throws Exception {
        load("TRE_R45-FonctionQualifiee.xml", "JDV_J05-SubjectRole-CISIS.tabs");
        VersionSummary r45 = exports.find(ResourceKind.CODE_SYSTEM, null,
                "https://mos.esante.gouv.fr/NOS/TRE_R45-FonctionQualifiee", null);
        VersionSummary j05 = exports.find(ResourceKind.VALUE_SET, null,
                "https://mos.esante.gouv.fr/NOS/JDV_J05-SubjectRole-CISIS", null);

        assertThat(exports.export(r45, ContentFormat.SVS, null).content())
                .isEqualTo(Files.readAllBytes(NOS.resolve("TRE_R45-FonctionQualifiee.xml")));
        assertThat(exports.export(r45, ContentFormat.TABS, null).content())
                .isEqualTo(Files.readAllBytes(NOS.resolve("TRE_R45-FonctionQualifiee.tabs.txt")));
        assertThat(exports.export(j05, ContentFormat.SVS, null).content())
                .isEqualTo(Files.readAllBytes(NOS.resolve("JDV_J05-SubjectRole-CISIS.xml")));
        assertThat(exports.export(j05, ContentFormat.TABS, null).content())
                .isEqualTo(Files.readAllBytes(NOS.resolve("JDV_J05-SubjectRole-CISIS.tabs")));
        assertThat(exports.export(j05, ContentFormat.TABS, null).fileName()).isEqualTo("JDV_J05-SubjectRole-CISIS.tabs");
    }

    /**
     * J51 enumerates two R266 codes and includes the whole of R265 pinned to a version: its SVS and
     * .tabs list every member, the R265 ones from the expansion, each under its own system's OID,
     * and the export says the rules were written as their expansion.
     */
    @Test
    void aValueSetThatIncludesAWholeCodeSystemIsWrittenAsItsExpansion() {
        Path shipped = Path.of("terminology");
        LoadReport report = loader.load(List.of(shipped.resolve("CodeSystem/TRE_R265_PrestationPilotageSerafin.json"),
                shipped.resolve("CodeSystem/TRE_R266_FamilleActiviteOperationnelleHorsSerafin.json"),
                shipped.resolve("ValueSet/JDV_J51_FamilleActiviteOperationnelle_ROR.json")), LoadOptions.DEFAULTS,
                LoadListener.NONE);
        assertThat(report.failures()).isEmpty();
        ObjectNode r265 = fhir.read(LoadSource.of(shipped.resolve("CodeSystem/TRE_R265_PrestationPilotageSerafin.json")))
                .get(0);
        List<String> r265Codes = new java.util.ArrayList<>();
        r265.get("concept").forEach(c -> r265Codes.add(c.get("code").asText()));
        VersionSummary j51 = exports.find(ResourceKind.VALUE_SET, null,
                "https://mos.esante.gouv.fr/NOS/JDV_J51-FamilleActiviteOperationnelle-ROR", null);

        VersionExports.Export tabs = exports.export(j51, ContentFormat.TABS, null);
        VersionExports.Export svs = exports.export(j51, ContentFormat.SVS, null);

        assertThat(tabs.entries()).isEqualTo(2 + r265Codes.size()).isEqualTo(svs.entries());
        assertThat(tabs.omitted()).containsEntry("compose rules written as their expansion (" + tabs.entries()
                + " members)", 2);
        String text = new String(tabs.content(), java.nio.charset.StandardCharsets.UTF_8);
        String r265Oid = r265.get("identifier").get(0).get("value").asText().replace("urn:oid:", "");
        for (String code : r265Codes) {
            assertThat(text).as(code).containsPattern("(?m)^" + java.util.regex.Pattern.quote(r265Oid) + ";"
                    + java.util.regex.Pattern.quote(code) + ";");
        }
        assertThat(text).containsPattern("(?m)^1\\.2\\.250\\.1\\.213\\.3\\.3\\.61;01;");
    }

    @Test
    void theChangelogBetweenTheTwoStoredR211ExportsCountsEveryKindOfChange() {
        Path tre = SharedNomenclatures.PRIOUR.resolve("NOS/TRE");
        LoadReport report = loader.load(List.of(tre.resolve("TRE_R211-ActiviteOperationnelle.json"),
                tre.resolve("TRE_R211_ActiviteOperationnelle.json")), LoadOptions.DEFAULTS, LoadListener.NONE);
        assertThat(report.failures()).isEmpty();

        Changelog log = diff.between(ResourceKind.CODE_SYSTEM, "https://mos.esante.gouv.fr/NOS/TRE_R211-ActiviteOperationnelle",
                "20211029120000", "20230802150000");

        assertThat(log.counts().get(ChangeKind.ADDED)).isEqualTo(88);
        assertThat(log.counts().get(ChangeKind.REMOVED)).isZero();
        assertThat(log.changes()).hasSize(533);
        assertThat(log.counts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(533);
    }

    private static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
