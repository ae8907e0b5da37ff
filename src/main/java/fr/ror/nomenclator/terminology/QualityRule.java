package fr.ror.nomenclator.terminology;

/**
 * One rule of the quality loop.
 *
 * @param id          stable name, e.g. {@code value-set-member-missing}
 * @param severity    severity of its findings
 * @param title       short French title, for reports and pages
 * @param description what it checks and why, in French
 */
public record QualityRule(String id, QualitySeverity severity, String title, String description) {
}
