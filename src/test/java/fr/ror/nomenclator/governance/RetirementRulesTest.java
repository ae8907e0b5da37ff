package fr.ror.nomenclator.governance;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ror.nomenclator.governance.directory.GovernanceDirectory;
import fr.ror.nomenclator.governance.directory.RetirementRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whose retired codes need a replacement, as governance/working-groups.yaml says per group. */
class RetirementRulesTest {

    static final String R211 = "https://mos.esante.gouv.fr/NOS/TRE_R211-ActiviteOperationnelle";
    static final String R211_NEW_STYLE = R211 + "/FHIR/TRE-R211-ActiviteOperationnelle";
    static final String R343 = "https://mos.esante.gouv.fr/NOS/TRE_R343-FonctionLieu/FHIR/TRE-R343-FonctionLieu";

    @Test
    void theGtsRequireAReplacementUnderEveryUrlOfTheirNomenclaturesAndTheNosTeamDoesNot() {
        GovernanceDirectory shipped = ShippedGovernance.directory();
        assertThat(shipped.group("gt-mco").orElseThrow().retirement().replacementRequired()).isTrue();
        assertThat(shipped.group("nos").orElseThrow().retirement().replacementRequired()).isFalse();
        assertThat(shipped.replacementRequired()).contains(R211, R211_NEW_STYLE).doesNotContain(R343);
    }

    @Test
    void aGroupWithoutRetirementRulesDoesNotRequireOne() throws IOException {
        String yaml = Files.readString(Path.of("governance", "working-groups.yaml"))
                .replaceFirst("    retirement:\n      replacement: required\n", "");
        GovernanceDirectory directory = ShippedGovernance.directory(Map.of("working-groups.yaml", yaml));
        assertThat(directory.group("gt-mco").orElseThrow().retirement()).isEqualTo(RetirementRules.OPTIONAL);
        assertThat(directory.replacementRequired()).doesNotContain(R211, R211_NEW_STYLE);
    }
}
