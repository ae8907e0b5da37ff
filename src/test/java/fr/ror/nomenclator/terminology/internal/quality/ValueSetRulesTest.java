package fr.ror.nomenclator.terminology.internal.quality;

import static fr.ror.nomenclator.terminology.internal.quality.QualityFixture.J17;
import static fr.ror.nomenclator.terminology.internal.quality.QualityFixture.R211;
import static fr.ror.nomenclator.terminology.internal.quality.QualityFixture.R211_OLD;
import static fr.ror.nomenclator.terminology.internal.quality.QualityFixture.R265;
import static fr.ror.nomenclator.terminology.internal.quality.QualityFixture.TODAY;
import static fr.ror.nomenclator.terminology.internal.quality.QualityFixture.codeSystem;
import static fr.ror.nomenclator.terminology.internal.quality.QualityFixture.concept;
import static fr.ror.nomenclator.terminology.internal.quality.QualityFixture.include;
import static fr.ror.nomenclator.terminology.internal.quality.QualityFixture.property;
import static fr.ror.nomenclator.terminology.internal.quality.QualityFixture.r211;
import static fr.ror.nomenclator.terminology.internal.quality.QualityFixture.r211Of2021;
import static fr.ror.nomenclator.terminology.internal.quality.QualityFixture.realCodeSystem;
import static fr.ror.nomenclator.terminology.internal.quality.QualityFixture.valueSet;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ror.nomenclator.terminology.QualityFinding;
import fr.ror.nomenclator.terminology.QualityReport;
import fr.ror.nomenclator.terminology.QualityRequest;
import fr.ror.nomenclator.terminology.QualitySeverity;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValueSetRulesTest {

    final QualityFixture world = new QualityFixture();

    static List<QualityFinding> of(QualityReport report, String rule) {
        return report.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    @Test
    void aMemberItsCodeSystemDoesNotHaveIsAnErrorNamingTheCodeAndTheVersion() {
        world.store(r211("001", "392"));
        world.store(valueSet(J17, "20260629120000", include(R211, null, "001", "535")));

        List<QualityFinding> missing = of(world.inForce(), "value-set-member-missing");

        assertThat(missing).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(QualitySeverity.ERROR);
            assertThat(f.url()).isEqualTo(J17);
            assertThat(f.code()).isEqualTo("535");
            assertThat(f.message()).contains("535", "TRE_R211-ActiviteOperationnelle|20230802150000");
        });
    }

    @Test
    void aMemberIsLookedUpInThePinnedVersionRatherThanTheOneInForce() {
        world.store(r211Of2021("001"));
        world.store(r211("001", "511"));
        world.store(valueSet(J17, "20260629120000", include(R211_OLD, "20211029120000", "001", "511")));

        List<QualityFinding> missing = of(world.inForce(), "value-set-member-missing");

        assertThat(missing).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("511");
            assertThat(f.message()).contains("|20211029120000 (version épinglée)");
        });
    }

    @Test
    void aMemberRetiredInItsCodeSystemIsAnErrorButNotBeforeItsDateFin() {
        world.store(r211("001", "321"));
        world.store(valueSet(J17, "20260629120000", include(R211, null, "001", "321")));

        assertThat(of(world.inForce(), "value-set-member-retired")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(QualitySeverity.ERROR);
            assertThat(f.code()).isEqualTo("321");
            assertThat(f.message()).contains("retiré", "depuis le 2019-07-05", "aucun remplaçant connu");
        });
        QualityReport before = world.checks().check(new QualityRequest(List.of(), Set.of(), LocalDate.of(2019, 7, 4)));
        assertThat(of(before, "value-set-member-retired")).isEmpty();
    }

    @Test
    void aRetiredMemberNamesTheReplacementTheCodeSystemGives() {
        world.store(codeSystem(R211, "20270101120000", "active", concept("511", "Accueil et hébergement spécialisé"),
                property(QualityFixture.retired(concept("392", "Hébergement temporaire d'urgence"),
                        "2026-11-01T00:00:00+01:00"), "replacedBy", "511")));
        world.store(valueSet(J17, "20270101120000", include(R211, null, "392", "511")));

        assertThat(of(world.inForce(), "value-set-member-retired")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("remplacé par 511"));
    }

    @Test
    void aDeprecatedMemberIsOnlyAWarning() {
        world.store(codeSystem(R211, "20270101120000", "active",
                property(concept("392", "Hébergement temporaire d'urgence"), "status", "deprecated")));
        world.store(valueSet(J17, "20270101120000", include(R211, null, "392")));

        QualityReport report = world.inForce();

        assertThat(of(report, "value-set-member-deprecated")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(QualitySeverity.WARNING));
        assertThat(of(report, "value-set-member-retired")).isEmpty();
    }

    @Test
    void aMemberLabelTheCodeSystemDoesNotGiveIsAWarningButCaseAndApostrophesDoNotCount() {
        world.store(r211("001", "392"));
        world.store(valueSet(J17, "20260629120000", include(R211, null,
                "001=Addictologie comportementale", "392=HÉBERGEMENT  temporaire d’urgence")));

        List<QualityFinding> mismatches = of(world.inForce(), "value-set-member-display-mismatch");

        assertThat(mismatches).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("001");
            assertThat(f.severity()).isEqualTo(QualitySeverity.WARNING);
            assertThat(f.message()).contains("« Addictologie comportementale »",
                    "« Addictologie comportementale (sans substance) »");
        });
    }

    @Test
    void aCodeEnumeratedTwiceUnderBothUrlStylesOfItsSystemIsADuplicate() {
        world.store(r211("001", "392"));
        world.store(valueSet(J17, "20260629120000", include(R211, null, "001", "392"), include(R211_OLD, null, "392")));

        assertThat(of(world.inForce(), "value-set-duplicate-member")).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("392");
            assertThat(f.message()).contains("2 fois");
        });
    }

    @Test
    void aValueSetOnACodeSystemTheServerDoesNotHoldIsAnError() {
        world.store(QualityFixture.real("ValueSet/JDV_J228_TypeCaracteristiqueEquipement_ROR.json"));

        QualityReport report = world.inForce();

        assertThat(of(report, "value-set-reference-unknown")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(QualitySeverity.ERROR);
            assertThat(f.message()).contains("TRE_R340-TypeCaracteristiqueEquipement", "inconnue du serveur");
        });
        assertThat(report.blocksPublication()).isTrue();
    }

    @Test
    void aPinnedVersionThatIsNotStoredIsAnErrorListingTheVersionsThatAre() {
        world.store(r211("001"));
        world.store(valueSet(J17, "20260629120000", include(R211, "20240101120000", "001")));

        assertThat(of(world.inForce(), "value-set-reference-unknown")).singleElement().satisfies(f ->
                assertThat(f.message()).contains("n'a pas de version 20240101120000", "versions connues : 20230802150000"));
    }

    @Test
    void j51sWholeSystemIncludePinnedToTheCurrentR265IsInformationAndBecomesAWarningWithANewerR265() {
        world.store(realCodeSystem("CodeSystem/TRE_R265_PrestationPilotageSerafin.json", "001", "071"));
        world.store(QualityFixture.real("ValueSet/JDV_J51_FamilleActiviteOperationnelle_ROR.json"));
        world.store(realCodeSystem("CodeSystem/TRE_R266_FamilleActiviteOperationnelleHorsSerafin.json"));

        QualityReport today = world.inForce();
        assertThat(of(today, "value-set-include-pinned")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(QualitySeverity.INFORMATION);
            assertThat(f.message()).contains("TRE_R265-PrestationPilotageSerafin", "20200424120000");
        });
        assertThat(of(today, "value-set-include-pinned-not-current")).isEmpty();

        String newer = world.store(codeSystem(R265, "20270101120000", "draft", concept("001", "Soins médicaux")));
        QualityReport release = world.candidate(newer);
        assertThat(of(release, "value-set-include-pinned-not-current")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(QualitySeverity.WARNING);
            assertThat(f.message()).contains("version épinglée 20200424120000", "version courante est 20270101120000");
        });
    }

    @Test
    void aValueSetOnAWhollyRetiredCodeSystemIsAWarning() {
        world.store(realCodeSystem("CodeSystem/TRE_R35-TypeVoie.json", "ABE", "ALL"));
        world.store(realCodeSystem("CodeSystem/TRE_R35_TypeVoie.json", "ABE", "ALL"));
        world.store(QualityFixture.real("ValueSet/JDV_J219_TypeVoie_ROR.json"));

        assertThat(of(world.inForce(), "retired-system-referenced")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(QualitySeverity.WARNING);
            assertThat(f.message()).contains("TRE_R35-TypeVoie est retirée", "version 20230718120000",
                    "la version utilisée, 20210326120000");
        });
    }

    @Test
    void theCheckDateDecidesWhatIsRetired() {
        world.store(r211("001", "321"));
        world.store(valueSet(J17, "20260629120000", include(R211, null, "321")));

        assertThat(TODAY).isAfter(LocalDate.of(2019, 7, 5));
        QualityReport onTheDay = world.checks().check(new QualityRequest(List.of(), Set.of(), LocalDate.of(2019, 7, 5)));
        assertThat(of(onTheDay, "value-set-member-retired")).hasSize(1);
    }
}
