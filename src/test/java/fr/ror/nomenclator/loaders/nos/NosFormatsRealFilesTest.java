package fr.ror.nomenclator.loaders.nos;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.loaders.FhirResourceReader;
import fr.ror.nomenclator.loaders.SharedNomenclatures;
import fr.ror.nomenclator.loaders.xml.SafeXml;
import fr.ror.nomenclator.terminology.ResourceKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The SVS and .tabs files of the NOS public distribution, read, converted and written back. */
class NosFormatsRealFilesTest {

    static final Path NOS = SharedNomenclatures.DISTRIBUTION;
    static final Pattern NOS_URL = Pattern.compile("^https?://mos\\.esante\\.gouv\\.fr/NOS/([^/]+)(/.*)?$");

    final NosOids oids = NosOids.shipped(NosFormatsRealFilesTest::key);
    final NosToFhir toFhir = new NosToFhir(oids);
    final FhirToNos toNos = new FhirToNos(oids);
    final FhirResourceReader fhir = FhirResourceReader.withDefaults();

    static String key(String url) {
        Matcher m = NOS_URL.matcher(url);
        return m.matches() ? m.group(1) : url;
    }

    static byte[] bytes(String name) throws IOException {
        return Files.readAllBytes(NOS.resolve(name));
    }

    NosFile svs(String name) throws IOException {
        byte[] content = bytes(name);
        return SvsReader.read(name, SafeXml.decode(name, content, 0));
    }

    ObjectNode fhirOf(String name, NosFile file) {
        return fhir.normalise(name, toFhir.convert(name, file, null, null));
    }

    ObjectNode fhirFile(String name) throws IOException {
        ObjectNode resource = fhir.read(name, bytes(name)).get(0);
        resource.remove("id");
        return resource;
    }

    @ParameterizedTest
    @ValueSource(strings = {"TRE_A00-ProducteurDocNonPS", "TRE_R45-FonctionQualifiee", "JDV_J01-XdsAuthorSpecialty-CISIS",
            "JDV_J05-SubjectRole-CISIS"})
    void svsFilesOfCodeSystemsAndValueSetsComeBackByteForByte(String base) throws IOException {
        NosFile read = svs(base + ".xml");
        ObjectNode resource = fhirOf(base, read);
        ResourceKind kind = ResourceKind.ofFhirType(resource.get("resourceType").asText()).orElseThrow();

        byte[] written = SvsWriter.write(toNos.convert(base, kind, resource).file());

        assertThat(new String(written, StandardCharsets.UTF_8))
                .isEqualTo(new String(bytes(base + ".xml"), StandardCharsets.UTF_8));
        assertThat(written).isEqualTo(bytes(base + ".xml"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"TRE_A00-ProducteurDocNonPS.tabs", "TRE_R45-FonctionQualifiee.tabs.txt",
            "JDV_J01-XdsAuthorSpecialty-CISIS.tabs", "JDV_J05-SubjectRole-CISIS.tabs"})
    void tabsFilesOfCodeSystemsAndValueSetsComeBackByteForByte(String name) throws IOException {
        NosFile read = TabsReader.read(name, bytes(name));
        ObjectNode resource = fhirOf(name, read);
        ResourceKind kind = ResourceKind.ofFhirType(resource.get("resourceType").asText()).orElseThrow();

        byte[] written = TabsWriter.write(toNos.convert(name, kind, resource).file());

        assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo(new String(bytes(name), StandardCharsets.UTF_8));
        assertThat(written).isEqualTo(bytes(name));
    }

    /**
     * An association table comes back with the same pairs, grouped by system pair as the NOS FHIR
     * file groups them: the published files interleave the pairs of ASS_A11's two targets.
     */
    @Test
    void theAssociationTableComesBackWithTheSamePairsInFhirGroupOrder() throws IOException {
        for (String name : List.of("ASS_A11-CorresModeleCDA-XdsFormatCode-CISIS.xml",
                "ASS_A11-CorresModeleCDA-XdsFormatCode-CISIS.tabs", "ASS_A11-CorresModeleCDA-XdsFormatCode-CISIS.tabs.txt")) {
            NosFile read = name.endsWith(".xml") ? svs(name) : TabsReader.read(name, bytes(name));
            ObjectNode resource = fhirOf(name, read);

            NosFile back = toNos.convert(name, ResourceKind.CONCEPT_MAP, resource).file();
            NosFile again = name.endsWith(".xml")
                    ? SvsReader.read(name, new String(SvsWriter.write(back), StandardCharsets.UTF_8))
                    : TabsReader.read(name, TabsWriter.write(back));

            assertThat(again.header()).isEqualTo(read.header());
            assertThat(again.mappings()).hasSize(79).containsExactlyInAnyOrderElementsOf(read.mappings());
            assertThat(again.mappings()).isNotEqualTo(read.mappings());
        }
    }

    @Test
    void theSvsAndTabsOfOneVersionGiveExactlyItsFhirFile() throws IOException {
        for (String base : List.of("TRE_A00-ProducteurDocNonPS", "JDV_J01-XdsAuthorSpecialty-CISIS")) {
            ObjectNode fromJson = fhirFile(base + "-FHIR.json");
            ObjectNode fromXml = fhirFile(base + "-FHIR.xml");
            ObjectNode fromSvs = fhirOf(base, svs(base + ".xml"));
            ObjectNode fromTabs = fhirOf(base, TabsReader.read(base, bytes(base + ".tabs")));

            assertThat(fromSvs).as(base + " SVS").isEqualTo(fromJson);
            assertThat(fromTabs).as(base + " .tabs").isEqualTo(fromJson);
            assertThat(fromXml).as(base + " FHIR XML").isEqualTo(fromJson);
        }
    }

    /** SVS and .tabs cannot say that ASS_A11 is bidirectional: everything else is its FHIR file. */
    @Test
    void theSvsAndTabsOfTheAssociationTableGiveItsFhirFileButTheBidirectionalFlag() throws IOException {
        String base = "ASS_A11-CorresModeleCDA-XdsFormatCode-CISIS";
        ObjectNode fromJson = fhirFile(base + "-FHIR.json");
        ((com.fasterxml.jackson.databind.node.ArrayNode) fromJson.get("extension"))
                .removeIf(e -> e.path("url").asText().endsWith("concept-bidirectional"));

        assertThat(fhirOf(base, svs(base + ".xml"))).isEqualTo(fromJson);
        assertThat(fhirOf(base, TabsReader.read(base, bytes(base + ".tabs")))).isEqualTo(fromJson);
    }

    @Test
    void theTabsAndSvsOfOneFileCarryTheSameFields() throws IOException {
        for (String[] pair : List.of(new String[] {"TRE_A00-ProducteurDocNonPS.xml", "TRE_A00-ProducteurDocNonPS.tabs"},
                new String[] {"TRE_R45-FonctionQualifiee.xml", "TRE_R45-FonctionQualifiee.tabs.txt"},
                new String[] {"JDV_J05-SubjectRole-CISIS.xml", "JDV_J05-SubjectRole-CISIS.tabs"},
                new String[] {"ASS_A11-CorresModeleCDA-XdsFormatCode-CISIS.xml", "ASS_A11-CorresModeleCDA-XdsFormatCode-CISIS.tabs"})) {
            NosFile fromSvs = svs(pair[0]);
            NosFile fromTabs = TabsReader.read(pair[1], bytes(pair[1]));
            assertThat(fromTabs.header()).as(pair[1]).isEqualTo(fromSvs.header());
            assertThat(fromTabs.concepts()).as(pair[1]).isEqualTo(fromSvs.concepts());
            assertThat(fromTabs.mappings()).as(pair[1]).isEqualTo(fromSvs.mappings());
        }
    }
}
