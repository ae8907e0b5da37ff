package fr.ror.nomenclator.loaders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FhirResourceReaderRealFilesTest {


    private final FhirResourceReader reader = FhirResourceReader.withDefaults();

    @Test
    void everyNosTreAndJdvExportParsesToOneResourceOfTheRightTypeAndUrl() throws Exception {
        List<Path> tre = SharedNomenclatures.files(SharedNomenclatures.PRIOUR.resolve("NOS/TRE"), n -> n.endsWith(".json"));
        List<Path> jdv = SharedNomenclatures.files(SharedNomenclatures.PRIOUR.resolve("NOS/JDV"), n -> n.endsWith(".json"));
        assertThat(tre).hasSize(473);
        assertThat(jdv).hasSize(39);

        List<String> problems = new ArrayList<>();
        for (Path file : tre) {
            check(file, "CodeSystem", problems);
        }
        for (Path file : jdv) {
            check(file, "ValueSet", problems);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyOfficialFhirDistributionFileAndDerivedFileLoads() throws Exception {
        List<Path> files = new ArrayList<>();
        files.addAll(SharedNomenclatures.files(SharedNomenclatures.PRIOUR.resolve("images/NOS"),
                n -> n.endsWith("-FHIR.json") || n.endsWith("-FHIR.xml")));
        files.addAll(SharedNomenclatures.files(SharedNomenclatures.ROOT.resolve("derived"), n -> n.endsWith(".json")));
        files.addAll(SharedNomenclatures.files(SharedNomenclatures.ROOT.resolve("IG-terminologie-de-sante"),
                n -> n.endsWith(".json")));
        assertThat(files).hasSizeGreaterThanOrEqualTo(39 + 7 + 1);

        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            String expectedType = name.startsWith("TRE_") || name.startsWith("CodeSystem") ? "CodeSystem"
                    : name.startsWith("JDV_") || name.startsWith("ValueSet") ? "ValueSet" : "ConceptMap";
            check(file, expectedType, problems);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyShippedContentFileReads() {
        Path shipped = Path.of(System.getProperty("user.dir")).resolve("terminology");
        List<LoadSource> sources = new ContentSources(LoaderProperties.defaults()).expand(shipped).sources();

        List<String> problems = new ArrayList<>();
        for (LoadSource source : sources) {
            try {
                reader.read(source);
            } catch (LoadException e) {
                problems.add(e.getMessage());
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void anXmlFileAndTheJsonFileOfTheSameResourceGiveEqualTrees() {
        Path folder = SharedNomenclatures.PRIOUR.resolve("images/NOS");
        for (String pair : List.of("TRE_A00-ProducteurDocNonPS-FHIR", "ASS_A11-CorresModeleCDA-XdsFormatCode-CISIS-FHIR",
                "JDV_J01-XdsAuthorSpecialty-CISIS-FHIR", "TRE_A11-IheFormatCode-FHIR")) {
            ObjectNode fromXml = reader.read(LoadSource.of(folder.resolve(pair + ".xml"))).get(0);
            ObjectNode fromJson = reader.read(LoadSource.of(folder.resolve(pair + ".json"))).get(0);
            assertThat(fromXml).as(pair).isEqualTo(fromJson);
        }
    }

    @Test
    void aFileNamedXmlThatHoldsJsonIsReadAsJson() {
        Path file = SharedNomenclatures.PRIOUR.resolve("images/NOS/JDV_J198-FonctionLieu-ROR-FHIR.xml");

        List<ObjectNode> resources = reader.read(LoadSource.of(file));

        assertThat(resources).singleElement().satisfies(vs -> {
            assertThat(vs.get("resourceType").asText()).isEqualTo("ValueSet");
            assertThat(vs.get("url").asText()).contains("JDV_J198-FonctionLieu-ROR");
        });
    }

    private void check(Path file, String expectedType, List<String> problems) throws Exception {
        try {
            List<ObjectNode> resources = reader.read(LoadSource.of(file));
            String raw = Files.readString(file);
            String expectedUrl = raw.trim().startsWith("{") ? firstUrl(raw) : null;
            if (resources.size() != 1) {
                problems.add(file.getFileName() + ": " + resources.size() + " resources");
            } else if (!expectedType.equals(resources.get(0).path("resourceType").asText())) {
                problems.add(file.getFileName() + ": type " + resources.get(0).path("resourceType").asText());
            } else if (!resources.get(0).path("url").isTextual()
                    || expectedUrl != null && !expectedUrl.equals(resources.get(0).get("url").asText())) {
                problems.add(file.getFileName() + ": url " + resources.get(0).path("url") + " instead of " + expectedUrl);
            }
        } catch (LoadException e) {
            problems.add(e.getMessage());
        }
    }

    /** The resource's own url: the first top-level "url" key that is not an extension's. */
    private static String firstUrl(String raw) throws Exception {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(raw).path("url").asText(null);
    }
}
