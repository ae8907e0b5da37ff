package fr.ror.nomenclator.terminology.internal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ror.nomenclator.terminology.Nomenclature;
import fr.ror.nomenclator.terminology.ResourceKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class YamlNomenclatureCatalogueTest {

    static final String R211_NEW = "https://mos.esante.gouv.fr/NOS/TRE_R211-ActiviteOperationnelle/FHIR/TRE-R211-ActiviteOperationnelle";
    static final String R211_OLD = "https://mos.esante.gouv.fr/NOS/TRE_R211-ActiviteOperationnelle";

    static YamlNomenclatureCatalogue catalogue(String yaml) {
        return new YamlNomenclatureCatalogue("test.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theShippedCatalogueReadsAndTiesBothR211UrlStylesToOneNomenclature() throws IOException {
        YamlNomenclatureCatalogue shipped;
        try (InputStream in = Files.newInputStream(Path.of("terminology/catalogue.yaml"))) {
            shipped = new YamlNomenclatureCatalogue("terminology/catalogue.yaml", in);
        }
        assertThat(shipped.nomenclatures()).hasSizeGreaterThan(90);
        Nomenclature r211 = shipped.byUrl(R211_OLD).orElseThrow();
        assertThat(r211.kind()).isEqualTo(ResourceKind.CODE_SYSTEM);
        assertThat(r211.url()).isEqualTo(R211_NEW);
        assertThat(shipped.canonicalKey(R211_OLD)).isEqualTo(shipped.canonicalKey(R211_NEW))
                .isEqualTo("TRE_R211-ActiviteOperationnelle");
        assertThat(shipped.canonicalKey("https://mos.esante.gouv.fr/NOS/JDV_J237-RegionOM-ROR.tabs/FHIR/JDV-J237-RegionOM-ROR"))
                .isEqualTo("JDV_J237-RegionOM-ROR");
        assertThat(shipped.nomenclatures()).allSatisfy(n -> assertThat(n.sources()).allSatisfy(
                source -> assertThat(Path.of("terminology", source)).as(n.nosId()).exists()));
    }

    @Test
    void nosUrlsOutsideTheCatalogueFollowTheNosRuleAndOtherUrlsAreTheirOwnKey() {
        YamlNomenclatureCatalogue empty = catalogue("nomenclatures: []");
        assertThat(empty.canonicalKey("https://mos.esante.gouv.fr/NOS/TRE_R30-RegionOM/FHIR/TRE-R30-RegionOM"))
                .isEqualTo(empty.canonicalKey("https://mos.esante.gouv.fr/NOS/TRE_R30-RegionOM")).isEqualTo("TRE_R30-RegionOM");
        assertThat(empty.canonicalKey("http://hl7.org/fhir/administrative-gender"))
                .isEqualTo("http://hl7.org/fhir/administrative-gender");
    }

    @Test
    void anUnknownFieldIsReportedWithTheFileAndLine() {
        assertThatThrownBy(() -> catalogue("""
                nomenclatures:
                  - nosId: TRE_R1
                    kind: CodeSystem
                    url: urn:x
                    colour: blue
                """)).hasMessageContaining("test.yaml").hasMessageContaining("nomenclatures[0].colour").hasMessageContaining("near line");
    }

    @Test
    void aWrongKindIsReportedWithTheNomenclature() {
        assertThatThrownBy(() -> catalogue("""
                nomenclatures:
                  - nosId: TRE_R1
                    kind: Patient
                    url: urn:x
                """)).hasMessageContaining("test.yaml").hasMessageContaining("TRE_R1").hasMessageContaining("Patient");
    }

    @Test
    void oneUrlClaimedByTwoNomenclaturesIsRefused() {
        assertThatThrownBy(() -> catalogue("""
                nomenclatures:
                  - {nosId: TRE_R1, kind: CodeSystem, url: "urn:a"}
                  - {nosId: TRE_R2, kind: CodeSystem, url: "urn:b", aliases: ["urn:a"]}
                """)).hasMessageContaining("urn:a").hasMessageContaining("TRE_R1").hasMessageContaining("TRE_R2");
    }
}
