package fr.ror.nomenclator.terminology;

import java.util.Set;

/**
 * Which nomenclatures need a replacement for every code they retire, by the rules of their owning
 * working groups ({@code retirement.replacement} in {@code governance/working-groups.yaml}).
 * Governance knows those rules and provides this as a bean; terminology only declares the need, so
 * it stays independent of governance. Callers of the quality loop that do not know governance (the
 * loaders' REST API, a release) put its answer in {@link QualityRequest#replacementRequired()}.
 */
@FunctionalInterface
public interface ReplacementPolicy {

    /** Nobody requires a replacement: what a server without governance runs with. */
    ReplacementPolicy NONE = Set::of;

    /** The canonical URLs (and URL aliases) of those nomenclatures. */
    Set<String> replacementRequired();
}
