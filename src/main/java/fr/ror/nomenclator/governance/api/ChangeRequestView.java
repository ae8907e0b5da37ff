package fr.ror.nomenclator.governance.api;

import fr.ror.nomenclator.governance.operation.Operation;
import fr.ror.nomenclator.governance.request.ChangeRequest;
import fr.ror.nomenclator.governance.request.Comment;
import fr.ror.nomenclator.governance.request.Conflict;
import fr.ror.nomenclator.governance.request.Decision;
import fr.ror.nomenclator.governance.request.Impact;
import fr.ror.nomenclator.governance.request.Vote;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A change request as the API shows it: its fields and operations, its impact and conflicts
 * computed from the graph now, the votes (those on an earlier change set marked lapsed), where the
 * decision stands, and the drafts its approved changes were written to.
 */
public record ChangeRequestView(String id, String title, String workingGroup, String proposer, String proposerName,
                                String status, long revision, String changeSetHash, String rationale,
                                String legalBasis, String requestingOrganisation, String targetRelease,
                                String release, List<Operation> operations, Impact impact, List<Conflict> conflicts,
                                Decision decision, List<VoteView> votes, List<Comment> comments, List<String> drafts,
                                Instant createdAt, Instant updatedAt) {

    public record VoteView(String voter, String voterName, String choice, String comment, String changeSetHash,
                           boolean lapsed, Instant castAt, Set<String> groups) {
        static VoteView of(Vote v, String currentHash) {
            return new VoteView(v.voter(), v.voterName(), v.choice().id(), v.comment(), v.changeSetHash(),
                    !v.countsFor(currentHash), v.castAt(), v.groups());
        }
    }

    static ChangeRequestView of(ChangeRequest r, Impact impact, List<Conflict> conflicts, Decision decision) {
        return new ChangeRequestView(r.id(), r.details().title(), r.workingGroup(), r.proposer(), r.proposerName(),
                r.status().id(), r.revision(), r.changeSetHash(), r.details().rationale(), r.details().legalBasis(),
                r.details().requestingOrganisation(), r.details().targetRelease(), r.release(), r.operations(), impact,
                conflicts, decision, r.votes().stream().map(v -> VoteView.of(v, r.changeSetHash())).toList(),
                r.comments(), r.drafts(), r.createdAt(), r.updatedAt());
    }
}
