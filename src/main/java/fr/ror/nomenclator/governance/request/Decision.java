package fr.ror.nomenclator.governance.request;

import fr.ror.nomenclator.governance.directory.VotingRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where the votes on the current change set stand against the working group's rules, and what
 * still stands in the way of approval.
 *
 * @param consent for each impacted working group, whether one of its voters approved (empty when the
 *                rules do not ask for consent)
 */
public record Decision(int quorum, int cast, int approvals, int rejections, int abstentions, String majority,
                       boolean quorumReached, boolean majorityReached, Map<String, Boolean> consent,
                       List<String> blockers) {

    public Decision {
        consent = Map.copyOf(consent);
        blockers = List.copyOf(blockers);
    }

    public boolean approvable() {
        return blockers.isEmpty();
    }

    public static Decision of(ChangeRequest request, VotingRules rules, Set<String> impactedGroups) {
        List<Vote> votes = request.currentVotes();
        int approvals = count(votes, VoteChoice.APPROVE);
        int rejections = count(votes, VoteChoice.REJECT);
        int abstentions = count(votes, VoteChoice.ABSTAIN);
        boolean quorum = votes.size() >= rules.quorum();
        boolean majority = rules.majority().isReached(approvals, rejections);
        Map<String, Boolean> consent = new TreeMap<>();
        if (rules.consentOfImpactedGroups()) {
            for (String group : impactedGroups) {
                consent.put(group, votes.stream().anyMatch(v -> v.choice() == VoteChoice.APPROVE
                        && v.groups().contains(group)));
            }
        }
        List<String> blockers = new ArrayList<>();
        if (!quorum) {
            blockers.add("quorum not reached: " + votes.size() + " vote(s) on the current change set, "
                    + rules.quorum() + " needed");
        }
        if (!majority) {
            blockers.add(rules.majority().id() + " majority not reached: " + approvals + " approve, " + rejections
                    + " reject");
        }
        consent.forEach((group, given) -> {
            if (!given) {
                blockers.add("working group " + group + " is impacted and has not approved");
            }
        });
        return new Decision(rules.quorum(), votes.size(), approvals, rejections, abstentions, rules.majority().id(),
                quorum, majority, consent, blockers);
    }

    private static int count(List<Vote> votes, VoteChoice choice) {
        return (int) votes.stream().filter(v -> v.choice() == choice).count();
    }
}
