package fr.ror.nomenclator.governance.directory;

import java.util.List;

/**
 * A nomenclature working group (GT) or the NOS team.
 *
 * @param publisher whether the group publishes releases (the NOS team)
 * @param owns      nomenclature keys it owns beyond those the catalogue gives it
 */
public record WorkingGroup(String id, String name, String description, boolean publisher, List<String> owns,
                           VotingRules voting) {

    public WorkingGroup {
        owns = List.copyOf(owns);
    }
}
