package fr.ror.nomenclator.governance.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

class GovernanceFailureAnalyzerTest {

    @Test
    void aBadGovernanceFileIsWhatTheFailedStartReportsFirst() {
        FailureAnalysis analysis = new GovernanceFailureAnalyzer().analyze(new BeanCreationException("fhirServlet",
                "nested", new GovernanceConfigurationException("governance/people.yaml", 32, "unknown role 'referent'")));

        assertThat(analysis.getDescription()).isEqualTo(
                "The governance YAML cannot be used: governance/people.yaml, line 32: unknown role 'referent'");
        assertThat(analysis.getAction()).contains("nomenclator.governance.directory");
    }
}
