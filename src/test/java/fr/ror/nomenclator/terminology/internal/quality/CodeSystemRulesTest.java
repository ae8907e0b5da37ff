package fr.ror.nomenclator.terminology.internal.quality;

import static fr.ror.nomenclator.terminology.internal.quality.QualityFixture.R211;
import static fr.ror.nomenclator.terminology.internal.quality.QualityFixture.TODAY;
import static fr.ror.nomenclator.terminology.internal.quality.QualityFixture.codeSystem;
import static fr.ror.nomenclator.terminology.internal.quality.QualityFixture.concept;
import static fr.ror.nomenclator.terminology.internal.quality.QualityFixture.property;
import static fr.ror.nomenclator.terminology.internal.quality.QualityFixture.r211;
import static fr.ror.nomenclator.terminology.internal.quality.QualityFixture.r211Of2021;
import static fr.ror.nomenclator.terminology.internal.quality.QualityFixture.retired;
import static fr.ror.nomenclator.terminology.internal.quality.ValueSetRulesTest.of;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.terminology.ConceptKey;
import fr.ror.nomenclator.terminology.LineageLink;
import fr.ror.nomenclator.terminology.QualityReport;
import fr.ror.nomenclator.terminology.QualityRequest;
import fr.ror.nomenclator.terminology.QualitySeverity;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CodeSystemRulesTest {

    static final Set<String> GT_MCO = Set.of(R211);

    final QualityFixture world = new QualityFixture();

    QualityReport candidate(Set<String> replacementRequired, String... versionIds) {
        return world.checks().check(new QualityRequest(List.of(versionIds), replacementRequired, TODAY));
    }

    @Test
    void duplicateCodesAreReportedInAFileTheStoreWouldRefuseIgnoringCaseWhereTheSystemDoes() {
        ObjectNode file = codeSystem(R211, "20270101120000", "draft", concept("001", "Addictologie comportementale"),
                concept("001", "Addictologie"), concept("aBc", "Un"), concept("ABC", "Deux"));
        file.put("caseSensitive", false);

        QualityReport report = world.checks().check(new QualityRequest(List.of(), Set.of(), TODAY), List.of(file));

        assertThat(of(report, "code-system-duplicate-code")).extracting(f -> f.code() + ": " + f.message())
                .containsExactly("001: Le code 001 est défini 2 fois",
                        "aBc: Le code aBc est défini 2 fois (aBc, ABC : la terminologie ne distingue pas la casse)");
        assertThat(report.blocksPublication()).isTrue();
        assertThat(report.versionIds()).isEmpty();
    }

    @Test
    void aConceptWithoutLabelIsAnError() {
        world.store(codeSystem(R211, "20270101120000", "active", concept("001", "Addictologie"), concept("002", " ")));

        assertThat(of(world.inForce(), "code-system-empty-display")).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("002");
            assertThat(f.severity()).isEqualTo(QualitySeverity.ERROR);
        });
    }

    @Test
    void activeConceptsSharingALabelAreOneWarningPerLabelAndRetiredOnesDoNotCount() {
        world.store(codeSystem("https://mos.esante.gouv.fr/NOS/TRE_R88-TerritoireSante/FHIR/TRE-R88-TerritoireSante",
                "20230718120000", "active", concept("011", "Centre"), concept("023", "centre "),
                retired(concept("030", "Centre"), "2018-01-01T00:00:00+01:00"), concept("040", "Nord")));

        assertThat(of(world.inForce(), "code-system-duplicate-display")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(QualitySeverity.WARNING);
            assertThat(f.message()).isEqualTo("Les codes 011, 023 ont le même libellé « Centre »");
        });
    }

    @Test
    void aCodeRetiredWithoutReplacementIsAnErrorOnlyWhereTheOwningGroupRequiresOne() {
        world.store(r211("392", "511"));
        String draft = world.store(codeSystem(R211, "20270101120000", "draft", concept("511", "Accueil"),
                retired(concept("392", "Hébergement temporaire d'urgence"), "2027-01-01T00:00:00+01:00")));

        assertThat(of(candidate(GT_MCO, draft), "retired-code-without-replacement")).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("392");
            assertThat(f.severity()).isEqualTo(QualitySeverity.ERROR);
            assertThat(f.message()).contains("dateFin 2027-01-01", "sans remplaçant",
                    "le groupe de travail de TRE_R211-ActiviteOperationnelle en exige un");
        });
        assertThat(of(candidate(Set.of(), draft), "retired-code-without-replacement")).isEmpty();
    }

    @Test
    void aRetirementTheVersionBeforeAlreadyHadIsHistoryNotAFinding() {
        world.store(r211Of2021("002", "321", "456"));
        world.store(r211("002", "321", "456"));

        QualityReport report = world.checks().check(new QualityRequest(List.of(), Set.of(R211), TODAY));

        // 002 and 321 were retired already in 2021; 456 was retired by the 2023 export (dateFin 2023-01-27).
        assertThat(of(report, "retired-code-without-replacement")).extracting(f -> f.code()).containsExactly("456");
    }

    @Test
    void aReplacementGivenByPropertyOrByRecordedLineageSatisfiesTheRule() {
        world.store(r211("392", "393", "511"));
        String draft = world.store(codeSystem(R211, "20270101120000", "draft", concept("511", "Accueil"),
                property(retired(concept("392", "Hébergement"), "2027-01-01T00:00:00+01:00"), "replacedBy", "511"),
                retired(concept("393", "Accueil de jour"), "2027-01-01T00:00:00+01:00")));
        world.lineage.add(new LineageLink(new ConceptKey("TRE_R211-ActiviteOperationnelle", "393"),
                LineageLink.Kind.MERGED_INTO, new ConceptKey("TRE_R211-ActiviteOperationnelle", "511"), "20270101120000",
                "Fusion", "cr-1"));

        assertThat(of(candidate(GT_MCO, draft), "retired-code-without-replacement")).isEmpty();
    }

    @Test
    void aReplacementThatIsAbsentRetiredWithoutSuccessorOrItselfIsAnError() {
        world.store(codeSystem(R211, "20270101120000", "active",
                property(retired(concept("392", "Hébergement"), "2026-01-01T00:00:00+01:00"), "replacedBy", "999"),
                property(retired(concept("393", "Accueil de jour"), "2026-01-01T00:00:00+01:00"), "replacedBy", "321"),
                retired(concept("321", "Coopération"), "2019-07-05T12:00:00+01:00"),
                property(concept("394", "Accueil de nuit"), "replacedBy", "394"),
                property(retired(concept("395", "Accueil"), "2026-01-01T00:00:00+01:00"), "replacedBy", "396"),
                property(retired(concept("396", "Accueil temporaire"), "2026-01-01T00:00:00+01:00"), "replacedBy", "511"),
                concept("511", "Accueil et hébergement spécialisé")));

        assertThat(of(world.inForce(), "replacement-invalid")).extracting(f -> f.code() + ": " + f.message())
                .containsExactly(
                        "392: Le remplaçant 999 du code 392 est absent de TRE_R211-ActiviteOperationnelle|20270101120000",
                        "393: Le remplaçant 321 du code 393 est lui-même retiré depuis le 2019-07-05 (dateFin"
                                + " 2019-07-05T12:00:00+01:00), sans remplaçant",
                        "394: Le remplaçant 394 du code 394 est le code lui-même");
    }
}
