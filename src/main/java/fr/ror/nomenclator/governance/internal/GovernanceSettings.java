package fr.ror.nomenclator.governance.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code nomenclator.governance.*}.
 *
 * @param directory where {@code working-groups.yaml}, {@code roles.yaml} and {@code people.yaml} are
 *                  read from: the copy of {@code governance/} in the jar by default, or e.g.
 *                  {@code file:/etc/nomenclator/governance/}
 */
@ConfigurationProperties("nomenclator.governance")
public record GovernanceSettings(@DefaultValue("classpath:content/governance/") String directory) {

    public GovernanceSettings {
        directory = directory.endsWith("/") ? directory : directory + "/";
    }
}
