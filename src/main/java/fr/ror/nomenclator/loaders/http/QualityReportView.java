package fr.ror.nomenclator.loaders.http;

import fr.ror.nomenclator.terminology.QualityFinding;
import fr.ror.nomenclator.terminology.QualityReport;
import fr.ror.nomenclator.terminology.QualityRule;
import fr.ror.nomenclator.terminology.QualitySeverity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A quality report as {@code /api/quality} answers it: totals first (what a release manager reads),
 * then every finding with its rule's French title, so a page can list them without a second call.
 *
 * @param asOf              the date retirements and "current" were judged on
 * @param blocksPublication whether an error is among the findings shown
 * @param counts            findings shown per severity
 * @param byRule            findings shown per rule id, in the order the rules run, zeros left out
 * @param versionIds        the stored versions checked
 * @param rules             every rule run
 */
record QualityReportView(Instant checkedAt, LocalDate asOf, boolean blocksPublication, Map<String, Long> counts,
                         Map<String, Long> byRule, List<String> versionIds, List<RuleView> rules,
                         List<FindingView> findings) {

    record RuleView(String id, String severity, String title, String description) {
        static RuleView of(QualityRule rule) {
            return new RuleView(rule.id(), QualityReportView.severity(rule.severity()), rule.title(), rule.description());
        }
    }

    /**
     * @param resource {@code url|version} of the resource the finding is in
     * @param code     the concept, member or map source concerned; null for the whole resource
     */
    record FindingView(String rule, String severity, String title, String message, String kind, String resource,
                       String url, String version, String versionId, String code) {
    }

    /** The report, keeping only the findings {@code shown} accepts. */
    static QualityReportView of(QualityReport report, LocalDate asOf, Predicate<QualityFinding> shown) {
        Map<String, QualityRule> rules = new LinkedHashMap<>();
        report.rules().forEach(r -> rules.put(r.id(), r));
        List<QualityFinding> kept = report.findings().stream().filter(shown).toList();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (QualitySeverity severity : QualitySeverity.values()) {
            counts.put(severity(severity), kept.stream().filter(f -> f.severity() == severity).count());
        }
        Map<String, Long> byRule = new LinkedHashMap<>();
        rules.keySet().forEach(id -> {
            long n = kept.stream().filter(f -> f.rule().equals(id)).count();
            if (n > 0) {
                byRule.put(id, n);
            }
        });
        List<FindingView> findings = kept.stream().map(f -> new FindingView(f.rule(), severity(f.severity()),
                rules.containsKey(f.rule()) ? rules.get(f.rule()).title() : f.rule(), f.message(), f.kind().fhirType(),
                f.version() == null ? f.url() : f.url() + "|" + f.version(), f.url(), f.version(), f.versionId(),
                f.code())).toList();
        return new QualityReportView(report.checkedAt(), asOf, kept.stream().anyMatch(f -> f.severity()
                == QualitySeverity.ERROR), counts, byRule, report.versionIds(),
                report.rules().stream().map(RuleView::of).toList(), findings);
    }

    static String severity(QualitySeverity severity) {
        return severity.name().toLowerCase(Locale.ROOT);
    }
}
