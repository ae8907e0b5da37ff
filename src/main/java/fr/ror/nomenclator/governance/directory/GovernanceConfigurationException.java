package fr.ror.nomenclator.governance.directory;

/** A governance YAML file that cannot be used; the message names the file, the line and the problem. */
public final class GovernanceConfigurationException extends RuntimeException {

    public GovernanceConfigurationException(String file, int line, String problem) {
        super(file + ", line " + line + ": " + problem);
    }

    public GovernanceConfigurationException(String file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
