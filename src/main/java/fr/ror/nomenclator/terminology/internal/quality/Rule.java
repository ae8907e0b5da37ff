package fr.ror.nomenclator.terminology.internal.quality;

import fr.ror.nomenclator.terminology.QualityRule;
import fr.ror.nomenclator.terminology.ResourceKind;
import java.util.Set;

/** One rule of the quality loop: what it is, and what it finds in one version. */
interface Rule {

    QualityRule definition();

    /** The kinds of resource it reads; it is not asked about the others. */
    Set<ResourceKind> appliesTo();

    /** Adds to {@code findings} every defect of {@code version}, references resolved by {@code context}. */
    void check(Checked version, QualityContext context, Findings findings);
}
