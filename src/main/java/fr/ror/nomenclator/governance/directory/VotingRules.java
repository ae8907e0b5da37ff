package fr.ror.nomenclator.governance.directory;

/**
 * How a working group decides ({@code governance/working-groups.yaml}).
 *
 * @param quorum                  votes needed on the current change set (approve, reject or abstain)
 * @param consentOfImpactedGroups every impacted working group must approve through one of its voters
 * @param proposerMayApprove      whether a proposer may approve their own request (false in every shipped group)
 * @param closedBy                the role that closes a request
 */
public record VotingRules(int quorum, Majority majority, boolean consentOfImpactedGroups, boolean proposerMayApprove,
                          Role closedBy) {
}
