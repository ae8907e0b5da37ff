package fr.ror.nomenclator.terminology.internal.quality;

import static fr.ror.nomenclator.terminology.internal.quality.QualityFixture.R211;
import static fr.ror.nomenclator.terminology.internal.quality.QualityFixture.TODAY;
import static fr.ror.nomenclator.terminology.internal.quality.QualityFixture.codeSystem;
import static fr.ror.nomenclator.terminology.internal.quality.QualityFixture.concept;
import static fr.ror.nomenclator.terminology.internal.quality.QualityFixture.r211;
import static fr.ror.nomenclator.terminology.internal.quality.QualityFixture.retired;
import static fr.ror.nomenclator.terminology.internal.quality.ValueSetRulesTest.of;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ror.nomenclator.governance.ShippedGovernance;
import fr.ror.nomenclator.terminology.QualityRequest;
import fr.ror.nomenclator.terminology.ReplacementPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The per-group setting {@code retirement.replacement} of governance/working-groups.yaml decides
 * whether GT MCO's retirement of R211 392 without a replacement blocks the release: the same
 * candidate, judged under the shipped file and under one where GT MCO says optional.
 */
class ReplacementSettingTest {

    static long findingsUnder(ReplacementPolicy policy) {
        QualityFixture world = new QualityFixture();
        world.store(r211("392", "511"));
        String draft = world.store(codeSystem(R211, "20270101120000", "draft", concept("511", "Accueil"),
                retired(concept("392", "Hébergement temporaire d'urgence"), "2027-01-01T00:00:00+01:00")));
        return of(world.checks().check(new QualityRequest(List.of(draft), policy.replacementRequired(), TODAY)),
                "retired-code-without-replacement").size();
    }

    @Test
    void gtMcoRequiringAReplacementMakesTheRetirementAnError() {
        ReplacementPolicy shipped = ShippedGovernance.directory()::replacementRequired;
        assertThat(findingsUnder(shipped)).isEqualTo(1);
    }

    @Test
    void gtMcoSayingOptionalLetsTheSameRetirementThrough() throws IOException {
        String yaml = Files.readString(Path.of("governance", "working-groups.yaml"))
                .replaceFirst("replacement: required", "replacement: optional");
        ReplacementPolicy optional = ShippedGovernance.directory(Map.of("working-groups.yaml", yaml))::replacementRequired;
        assertThat(findingsUnder(optional)).isZero();
        assertThat(findingsUnder(ReplacementPolicy.NONE)).isZero();
    }
}
