package fr.ror.nomenclator.governance.directory;

import java.util.List;

/**
 * A nomenclature working group (GT) or the NOS team.
 *
 * @param publisher whether the group publishes releases (the NOS team)
 * @param owns       nomenclature keys it owns beyond those the catalogue gives it
 * @param retirement what it asks of a retired code (a replacement, or not)
 */
public record WorkingGroup(String id, String name, String description, boolean publisher, List<String> owns,
                           VotingRules voting, RetirementRules retirement) {

    public WorkingGroup {
        owns = List.copyOf(owns);
        retirement = retirement == null ? RetirementRules.OPTIONAL : retirement;
    }

    /** A group with the default retirement rules (a replacement is not required). */
    public WorkingGroup(String id, String name, String description, boolean publisher, List<String> owns,
                        VotingRules voting) {
        this(id, name, description, publisher, owns, voting, RetirementRules.OPTIONAL);
    }
}
