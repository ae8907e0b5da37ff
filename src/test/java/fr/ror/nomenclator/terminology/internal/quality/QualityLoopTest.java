package fr.ror.nomenclator.terminology.internal.quality;

import static fr.ror.nomenclator.terminology.internal.quality.QualityFixture.J17;
import static fr.ror.nomenclator.terminology.internal.quality.QualityFixture.R211;
import static fr.ror.nomenclator.terminology.internal.quality.QualityFixture.TODAY;
import static fr.ror.nomenclator.terminology.internal.quality.QualityFixture.codeSystem;
import static fr.ror.nomenclator.terminology.internal.quality.QualityFixture.concept;
import static fr.ror.nomenclator.terminology.internal.quality.QualityFixture.include;
import static fr.ror.nomenclator.terminology.internal.quality.QualityFixture.r211;
import static fr.ror.nomenclator.terminology.internal.quality.QualityFixture.retired;
import static fr.ror.nomenclator.terminology.internal.quality.QualityFixture.valueSet;
import static fr.ror.nomenclator.terminology.internal.quality.ValueSetRulesTest.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.terminology.InvalidContentException;
import fr.ror.nomenclator.terminology.QualityFinding;
import fr.ror.nomenclator.terminology.QualityReport;
import fr.ror.nomenclator.terminology.QualityRequest;
import fr.ror.nomenclator.terminology.QualityRule;
import fr.ror.nomenclator.terminology.QualitySeverity;
import fr.ror.nomenclator.terminology.UnknownResourceException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QualityLoopTest {

    final QualityFixture world = new QualityFixture();

    @Test
    void everyRuleHasAStableIdASeverityAndAFrenchTitleAndDescription() {
        List<QualityRule> rules = world.checks().rules();

        assertThat(rules).hasSizeGreaterThanOrEqualTo(20);
        assertThat(rules).extracting(QualityRule::id).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[a-z]+(-[a-z]+)+"))
                .contains("value-set-member-missing", "value-set-member-retired", "concept-map-target-retired",
                        "value-set-include-pinned-not-current", "code-system-duplicate-code",
                        "code-system-duplicate-display", "code-system-empty-display",
                        "retired-code-without-replacement", "url-suspicious", "url-style-changed",
                        "reference-url-not-canonical");
        assertThat(rules).allSatisfy(r -> {
            assertThat(r.severity()).isNotNull();
            assertThat(r.title()).isNotBlank();
            assertThat(r.description()).hasSizeGreaterThan(80).containsAnyOf(" la ", " le ", " un ", " une ");
        });
    }

    @Test
    void withoutVersionsEveryVersionInForceIsCheckedAndDraftsAndOlderVersionsAreNot() {
        String older = world.store(QualityFixture.r211Of2021("001"));
        String inForce = world.store(r211("001"));
        String draft = world.store(codeSystem(R211, "20270101120000", "draft", concept("001", ""),
                concept("001", "Doublon")));

        QualityReport report = world.inForce();

        assertThat(report.versionIds()).containsExactly(inForce).doesNotContain(older, draft);
        assertThat(report.findings()).noneMatch(f -> f.rule().startsWith("code-system-"));
    }

    @Test
    void aVersionDatedAfterTheCheckDateIsNotYetInForce() {
        world.store(r211("001"));
        ObjectNode future = codeSystem(R211, "20270101120000", "active", concept("001", "Addictologie"));
        future.put("date", "2027-01-01T00:00:00+01:00");
        String next = world.store(future);

        assertThat(world.inForce().versionIds()).containsExactly("TRE-R211-ActiviteOperationnelle-20230802150000");
        QualityReport then = world.checks().check(new QualityRequest(List.of(), Set.of(),
                java.time.LocalDate.of(2027, 1, 1)));
        assertThat(then.versionIds()).containsExactly(next);
    }

    @Test
    void aCandidateValueSetResolvesItsSystemToTheCandidateVersionFirst() {
        world.store(r211("001"));
        String r211Draft = world.store(codeSystem(R211, "20270101120000", "draft", concept("001", "Addictologie"),
                concept("535", "Soins palliatifs")));
        String j17Draft = world.store(valueSet(J17, "20270101120000", include(R211, null, "001", "535")));

        assertThat(of(world.candidate(j17Draft), "value-set-member-missing")).extracting(QualityFinding::code)
                .containsExactly("535");
        assertThat(of(world.candidate(j17Draft, r211Draft), "value-set-member-missing")).isEmpty();
    }

    @Test
    void aCandidateRetiringAMemberOfAValueSetInForceReportsTheValueSetButNotTheDefectsItAlreadyHad() {
        world.store(r211("001", "392"));
        String j17 = world.store(valueSet(J17, "20260629120000", include(R211, null, "001", "392", "535")));
        String draft = world.store(codeSystem(R211, "20270101120000", "draft", concept("001", "Addictologie"),
                retired(concept("392", "Hébergement temporaire d'urgence"), "2026-11-01T00:00:00+01:00")));

        QualityReport release = world.candidate(draft);

        assertThat(release.versionIds()).containsExactly(draft, j17);
        assertThat(release.findings()).filteredOn(f -> j17.equals(f.versionId()))
                .extracting(f -> f.rule() + " " + f.code())
                .containsExactly("value-set-member-retired 392");
        assertThat(release.blocksPublication()).isTrue();
    }

    @Test
    void anUnknownVersionIdIsRefusedWithAStableCode() {
        assertThatThrownBy(() -> world.candidate("TRE-R999-Inconnue-1"))
                .isInstanceOfSatisfying(UnknownResourceException.class, e -> {
                    assertThat(e.code()).isEqualTo("TE405");
                    assertThat(e.getMessage()).contains("TRE-R999-Inconnue-1");
                });
    }

    @Test
    void contentThatIsNotATerminologyResourceCannotBeChecked() {
        ObjectNode patient = QualityFixture.JSON.createObjectNode().put("resourceType", "Patient");
        ObjectNode noUrl = QualityFixture.JSON.createObjectNode().put("resourceType", "CodeSystem");
        QualityRequest request = new QualityRequest(List.of(), Set.of(), TODAY);

        assertThatThrownBy(() -> world.checks().check(request, List.of(patient)))
                .isInstanceOfSatisfying(InvalidContentException.class, e -> assertThat(e.code()).isEqualTo("TE101"));
        assertThatThrownBy(() -> world.checks().check(request, List.of(noUrl)))
                .isInstanceOfSatisfying(InvalidContentException.class, e -> assertThat(e.code()).isEqualTo("TE102"));
    }

    @Test
    void onlyErrorsBlockAPublicationAndFindingsComeByResourceThenRule() {
        world.store(QualityFixture.r211Of2021("001"));
        world.store(r211("001", "321"));
        world.store(valueSet(J17, "20260629120000", include(R211, null, "001=Addicto")));

        QualityReport warnings = world.inForce();
        assertThat(warnings.count(QualitySeverity.ERROR)).isZero();
        assertThat(warnings.blocksPublication()).isFalse();
        assertThat(warnings.findings()).extracting(f -> f.kind() + " " + f.rule()).containsExactly(
                "CODE_SYSTEM url-style-changed", "VALUE_SET value-set-member-display-mismatch");

        world.store(valueSet(J17, "20260629120000", include(R211, null, "001=Addicto", "321")));
        assertThat(world.inForce().blocksPublication()).isTrue();
    }
}
