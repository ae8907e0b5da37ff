package fr.ror.nomenclator.terminology;

import java.time.Instant;
import java.util.List;

/**
 * What a run of the quality loop found.
 *
 * @param checkedAt  when it ran
 * @param versionIds the versions checked
 * @param rules      the rules run
 * @param findings   every finding, by resource then rule
 */
public record QualityReport(Instant checkedAt, List<String> versionIds, List<QualityRule> rules,
                            List<QualityFinding> findings) {

    public QualityReport {
        versionIds = List.copyOf(versionIds);
        rules = List.copyOf(rules);
        findings = List.copyOf(findings);
    }

    /** Whether a finding of severity error forbids publishing what was checked. */
    public boolean blocksPublication() {
        return findings.stream().anyMatch(f -> f.severity() == QualitySeverity.ERROR);
    }

    public long count(QualitySeverity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
