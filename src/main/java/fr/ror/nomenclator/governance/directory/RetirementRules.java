package fr.ror.nomenclator.governance.directory;

/**
 * What a working group asks when one of its codes is retired ({@code retirement} in
 * {@code governance/working-groups.yaml}).
 *
 * @param replacementRequired whether every retired code must name its replacement (the quality
 *                            rule {@code retired-code-without-replacement} then blocks a release
 *                            that retires one without)
 */
public record RetirementRules(boolean replacementRequired) {

    /** What a group without a {@code retirement} entry gets: a replacement is welcome, not required. */
    public static final RetirementRules OPTIONAL = new RetirementRules(false);
}
