package fr.ror.nomenclator.terminology;

/**
 * One defect found by a rule.
 *
 * @param rule      the rule's id
 * @param severity  the rule's severity
 * @param kind      the kind of the resource the finding is in
 * @param url       its canonical URL
 * @param version   its version
 * @param versionId its stored version id
 * @param code      the concept (or member, or map source) concerned, or null for the whole resource
 * @param message   what is wrong, in French, naming codes, versions and URLs
 */
public record QualityFinding(String rule, QualitySeverity severity, ResourceKind kind, String url, String version,
                             String versionId, String code, String message) {
}
