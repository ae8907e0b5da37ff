package fr.ror.nomenclator.governance.request;

import fr.ror.nomenclator.governance.operation.Operation;
import java.time.Instant;
import java.util.List;

/**
 * A change request: who proposes what (typed operations) to which working group, and where it is
 * in its lifecycle. Immutable; {@link ChangeWorkflow} makes the next state. {@code revision} grows
 * by one with every stored change and guards concurrent writers.
 *
 * @param changeSetHash the hash of the operations; votes are tied to it
 * @param release       the release it is scheduled in, once scheduled
 * @param drafts        the draft versions its approved changes were written to
 */
public record ChangeRequest(String id, String workingGroup, String proposer, String proposerName,
                            RequestDetails details, List<Operation> operations, String changeSetHash,
                            ChangeRequestStatus status, long revision, List<Vote> votes, List<Comment> comments,
                            String release, List<String> drafts, Instant createdAt, Instant updatedAt) {

    public ChangeRequest {
        operations = List.copyOf(operations);
        votes = List.copyOf(votes);
        comments = List.copyOf(comments);
        drafts = List.copyOf(drafts);
    }

    /** The votes cast on the current change set. */
    public List<Vote> currentVotes() {
        return votes.stream().filter(v -> v.countsFor(changeSetHash)).toList();
    }

    /** The votes that lapsed because the change set changed after them. */
    public List<Vote> lapsedVotes() {
        return votes.stream().filter(v -> !v.countsFor(changeSetHash)).toList();
    }

    public boolean isProposedBy(Actor actor) {
        return proposer.equals(actor.id());
    }

    ChangeRequest with(RequestDetails newDetails, List<Operation> newOperations, String newHash, Instant at) {
        return new ChangeRequest(id, workingGroup, proposer, proposerName, newDetails, newOperations, newHash, status,
                revision, votes, comments, release, drafts, createdAt, at);
    }

    ChangeRequest with(ChangeRequestStatus newStatus, String newRelease, Instant at) {
        return new ChangeRequest(id, workingGroup, proposer, proposerName, details, operations, changeSetHash,
                newStatus, revision, votes, comments, newRelease, drafts, createdAt, at);
    }

    ChangeRequest withVotes(List<Vote> newVotes, Instant at) {
        return new ChangeRequest(id, workingGroup, proposer, proposerName, details, operations, changeSetHash, status,
                revision, newVotes, comments, release, drafts, createdAt, at);
    }

    ChangeRequest withComments(List<Comment> newComments, Instant at) {
        return new ChangeRequest(id, workingGroup, proposer, proposerName, details, operations, changeSetHash, status,
                revision, votes, newComments, release, drafts, createdAt, at);
    }

    ChangeRequest withDrafts(List<String> written, Instant at) {
        return new ChangeRequest(id, workingGroup, proposer, proposerName, details, operations, changeSetHash, status,
                revision, votes, comments, release, written, createdAt, at);
    }
}
