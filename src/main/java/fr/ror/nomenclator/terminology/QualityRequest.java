package fr.ror.nomenclator.terminology;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What to check.
 *
 * @param versionIds           stored version ids (any kind) checked as a release candidate; empty:
 *                             every version in force (the latest published version of each nomenclature)
 * @param replacementRequired  nomenclatures (canonical URL or alias) whose owning working group
 *                             requires a replacement for every retired code
 * @param asOf                 the date retirements and "current" are judged on (the effective
 *                             date of a release; today on demand)
 */
public record QualityRequest(List<String> versionIds, Set<String> replacementRequired, LocalDate asOf) {

    public QualityRequest {
        versionIds = List.copyOf(versionIds);
        replacementRequired = Set.copyOf(replacementRequired);
    }

    /** Everything in force, judged today, with the working groups' replacement requirements. */
    public static QualityRequest inForce(ReplacementPolicy policy) {
        return new QualityRequest(List.of(), policy.replacementRequired(), LocalDate.now());
    }

    /** Everything in force, judged today, with no replacement requirement. */
    public static QualityRequest inForce() {
        return new QualityRequest(List.of(), Set.of(), LocalDate.now());
    }
}
