package fr.ror.nomenclator.terminology.internal.quality;

import static fr.ror.nomenclator.terminology.internal.quality.QualityFixture.A14;
import static fr.ror.nomenclator.terminology.internal.quality.QualityFixture.R211;
import static fr.ror.nomenclator.terminology.internal.quality.QualityFixture.R265;
import static fr.ror.nomenclator.terminology.internal.quality.QualityFixture.R265_NEW;
import static fr.ror.nomenclator.terminology.internal.quality.QualityFixture.conceptMap;
import static fr.ror.nomenclator.terminology.internal.quality.QualityFixture.r211;
import static fr.ror.nomenclator.terminology.internal.quality.QualityFixture.realCodeSystem;
import static fr.ror.nomenclator.terminology.internal.quality.ValueSetRulesTest.of;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ror.nomenclator.terminology.QualityReport;
import fr.ror.nomenclator.terminology.QualitySeverity;
import org.junit.jupiter.api.Test;

class ConceptMapRulesTest {

    final QualityFixture world = new QualityFixture();

    void r265AndR211(String... r211Codes) {
        world.store(realCodeSystem("CodeSystem/TRE_R265_PrestationPilotageSerafin.json", "005", "053", "059"));
        world.store(r211(r211Codes));
    }

    @Test
    void a14MappingToR211CodesRetiredIn2019And2020IsAnErrorForEach() {
        r265AndR211("321", "407", "511");
        world.store(conceptMap(A14, "20240531120000", R265_NEW, R211, "005>407", "053>321", "059>511"));

        assertThat(of(world.inForce(), "concept-map-target-retired")).hasSize(2).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(QualitySeverity.ERROR);
            assertThat(f.url()).isEqualTo(A14);
        }).extracting(f -> f.code() + " " + f.message()).containsExactly(
                "005 La cible 407 (depuis 005) est retirée de TRE_R211-ActiviteOperationnelle|20230802150000 depuis le"
                        + " 2020-01-31 (dateFin 2020-01-31T12:00:00+01:00) ; aucun remplaçant connu",
                "053 La cible 321 (depuis 053) est retirée de TRE_R211-ActiviteOperationnelle|20230802150000 depuis le"
                        + " 2019-07-05 (dateFin 2019-07-05T12:00:00+01:00) ; aucun remplaçant connu");
    }

    @Test
    void aTargetTheTargetCodeSystemDoesNotHaveIsAnError() {
        r265AndR211("511");
        world.store(conceptMap(A14, "20240531120000", R265, R211, "059>511", "059>535"));

        assertThat(of(world.inForce(), "concept-map-target-missing")).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("059");
            assertThat(f.message()).startsWith("La cible 535 (depuis 059) est absente de TRE_R211");
        });
    }

    @Test
    void aSourceMissingIsAnErrorReportedOnceWhateverItsTargets() {
        r265AndR211("511", "392");
        world.store(conceptMap(A14, "20240531120000", R265, R211, "099>511", "099>392"));

        assertThat(of(world.inForce(), "concept-map-source-missing")).singleElement()
                .satisfies(f -> assertThat(f.code()).isEqualTo("099"));
    }

    @Test
    void aRetiredSourceIsOnlyAWarning() {
        world.store(r211("321", "511"));
        world.store(conceptMap(A14, "20240531120000", R211, R211, "321>511"));

        QualityReport report = world.inForce();

        assertThat(of(report, "concept-map-source-retired")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(QualitySeverity.WARNING));
        assertThat(report.blocksPublication()).isFalse();
    }

    @Test
    void aMapOnAnUnknownCodeSystemIsAnErrorAndItsCodesAreNotJudged() {
        world.store(r211("511"));
        world.store(conceptMap(A14, "20240531120000", "https://mos.esante.gouv.fr/NOS/TRE_R999-Inconnue", R211,
                "001>511"));

        QualityReport report = world.inForce();

        assertThat(of(report, "concept-map-reference-unknown")).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("group.source : La terminologie"
                        + " https://mos.esante.gouv.fr/NOS/TRE_R999-Inconnue est inconnue du serveur"));
        assertThat(of(report, "concept-map-source-missing")).isEmpty();
    }

    @Test
    void a14NamingR265ByTheNewUrlStyleWhileR265IsPublishedUnderTheOldOneIsAWarning() {
        r265AndR211("511");
        world.store(conceptMap(A14, "20240531120000", R265_NEW, R211, "059>511"));

        assertThat(of(world.inForce(), "reference-url-not-canonical")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(QualitySeverity.WARNING);
            assertThat(f.message()).isEqualTo("group.source désigne TRE_R265-PrestationPilotageSerafin par " + R265_NEW
                    + ", alors que la version 20200424120000 est publiée sous " + R265);
        });
    }
}
