package fr.ror.nomenclator.terminology.internal.quality;

import static fr.ror.nomenclator.terminology.internal.quality.QualityFixture.R211;
import static fr.ror.nomenclator.terminology.internal.quality.QualityFixture.R211_OLD;
import static fr.ror.nomenclator.terminology.internal.quality.QualityFixture.codeSystem;
import static fr.ror.nomenclator.terminology.internal.quality.QualityFixture.concept;
import static fr.ror.nomenclator.terminology.internal.quality.QualityFixture.r211;
import static fr.ror.nomenclator.terminology.internal.quality.QualityFixture.r211Of2021;
import static fr.ror.nomenclator.terminology.internal.quality.ValueSetRulesTest.of;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ror.nomenclator.terminology.QualityReport;
import fr.ror.nomenclator.terminology.QualitySeverity;
import org.junit.jupiter.api.Test;

class UrlRulesTest {

    final QualityFixture world = new QualityFixture();

    @Test
    void j237sUrlWithTabsInItIsAnErrorSayingWhy() {
        world.store(QualityFixture.realCodeSystem("CodeSystem/TRE_R30_RegionOM.json"));
        world.store(QualityFixture.real("ValueSet/JDV_J237_RegionOM_ROR.json"));

        assertThat(of(world.inForce(), "url-suspicious")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(QualitySeverity.ERROR);
            assertThat(f.url()).isEqualTo("https://mos.esante.gouv.fr/NOS/JDV_J237-RegionOM-ROR.tabs/FHIR/JDV-J237-RegionOM-ROR");
            assertThat(f.message()).contains("contient une extension de fichier (.tabs)",
                    "ne reprend pas l'identifiant NOS JDV_J237-RegionOM-ROR.tabs",
                    "le catalogue connaît cette nomenclature sous JDV_J237-RegionOM-ROR");
        });
    }

    @Test
    void httpForAnAnsHostASpaceAndAValueSetIdOnACodeSystemAreSuspicious() {
        world.store(codeSystem("http://mos.esante.gouv.fr/NOS/TRE_R500-Essai/FHIR/TRE-R500-Essai", "1", "active",
                concept("1", "Un")));
        world.store(codeSystem("https://mos.esante.gouv.fr/NOS/JDV_J501-Essai/FHIR/JDV-J501-Essai", "1", "active",
                concept("1", "Un")));
        world.store(codeSystem("https://mos.esante.gouv.fr/NOS/TRE R502", "1", "active", concept("1", "Un")));

        assertThat(of(world.inForce(), "url-suspicious")).extracting(f -> f.message()).containsExactlyInAnyOrder(
                "L'URL http://mos.esante.gouv.fr/NOS/TRE_R500-Essai/FHIR/TRE-R500-Essai utilise http au lieu de https",
                "L'URL https://mos.esante.gouv.fr/NOS/JDV_J501-Essai/FHIR/JDV-J501-Essai porte l'identifiant JDV"
                        + " JDV_J501-Essai sur un(e) CodeSystem (attendu TRE)",
                "L'URL https://mos.esante.gouv.fr/NOS/TRE R502 contient un espace ou un caractère de contrôle");
    }

    @Test
    void theShippedUrlsOfBothR211GenerationsAreNotSuspicious() {
        world.store(r211Of2021("001"));
        world.store(r211("001"));
        world.store(QualityFixture.real("ValueSet/ValueSet-JDV-J282-TransportsLiesAuProjetIndividuel-SERAFIN.json"));

        assertThat(of(world.inForce(), "url-suspicious")).isEmpty();
    }

    @Test
    void r211UnderTwoUrlStylesIsAWarningOnTheVersionChecked() {
        world.store(r211Of2021("001"));
        world.store(r211("001"));

        QualityReport report = world.inForce();

        assertThat(of(report, "url-style-changed")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(QualitySeverity.WARNING);
            assertThat(f.version()).isEqualTo("20230802150000");
            assertThat(f.message()).isEqualTo("Publiée sous " + R211 + ", alors que la version 20211029120000 l'est sous "
                    + R211_OLD);
        });
    }
}
