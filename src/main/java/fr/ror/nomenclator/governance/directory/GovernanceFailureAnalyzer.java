package fr.ror.nomenclator.governance.directory;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A bad governance file stops the start with its file, line and problem on top, not under a stack trace. */
class GovernanceFailureAnalyzer extends AbstractFailureAnalyzer<GovernanceConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, GovernanceConfigurationException cause) {
        return new FailureAnalysis("The governance YAML cannot be used: " + cause.getMessage(),
                "Correct the file (see governance/README.md for what each file holds), or point"
                        + " nomenclator.governance.directory at a correct copy.", cause);
    }
}
