package fr.ror.nomenclator.terminology.internal.quality;

import fr.ror.nomenclator.terminology.QualityFinding;
import fr.ror.nomenclator.terminology.QualityRule;
import java.util.ArrayList;
import java.util.List;

/** What the rules found, in the order they found it. */
final class Findings {

    private final List<QualityFinding> found = new ArrayList<>();

    /** @param code the concept, member or map source concerned; null for the whole resource */
    void add(QualityRule rule, Checked in, String code, String message) {
        found.add(new QualityFinding(rule.id(), rule.severity(), in.kind(), in.url(), in.version(), in.versionId(), code,
                message));
    }

    List<QualityFinding> all() {
        return found;
    }
}
