package fr.ror.nomenclator.loaders.nos;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.loaders.FhirResourceReader;
import org.junit.jupiter.api.Test;

/** An IHE SVS value set that is not a NOS file (no typeFichier, a version attribute) reads as a value set. */
class PlainSvsTest {

    @Test
    void aPlainIheSvsValueSetReadsAsAValueSetWithItsVersion() {
        String svs = """
                <RetrieveValueSetResponse xmlns="urn:ihe:iti:svs:2008">
                    <ValueSet id="1.2.250.1.213.1.1.5.461" displayName="Spécialités" version="3">
                        <ConceptList>
                            <Concept code="ALIM_AM" codeSystem="1.2.250.1.213.1.1.4.6" displayName="Alimentation automatique"/>
                        </ConceptList>
                    </ValueSet>
                </RetrieveValueSetResponse>
                """;

        NosFile file = SvsReader.read("plain.xml", svs);
        ObjectNode vs = FhirResourceReader.withDefaults().normalise("plain.xml",
                new NosToFhir(NosOids.shipped()).convert("plain.xml", file, null, null));

        assertThat(vs.path("resourceType").asText()).isEqualTo("ValueSet");
        assertThat(vs.path("version").asText()).isEqualTo("3");
        assertThat(vs.path("url").asText()).isEqualTo(
                "https://mos.esante.gouv.fr/NOS/JDV_J01-XdsAuthorSpecialty-CISIS/FHIR/JDV-J01-XdsAuthorSpecialty-CISIS");
        assertThat(vs.path("compose").path("include").get(0).path("system").asText())
                .isEqualTo("https://mos.esante.gouv.fr/NOS/TRE_A00-ProducteurDocNonPS/FHIR/TRE-A00-ProducteurDocNonPS");
    }
}
