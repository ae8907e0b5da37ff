package fr.ror.nomenclator.governance.request;

import java.time.Instant;
import java.util.Set;

/**
 * A vote, tied to the change set it was cast on: when the change set changes, the vote lapses.
 *
 * @param groups the working groups in which the voter held the right to vote when voting
 */
public record Vote(String voter, String voterName, VoteChoice choice, String comment, String changeSetHash,
                   Instant castAt, Set<String> groups) {

    public Vote {
        groups = Set.copyOf(groups);
    }

    public boolean countsFor(String currentChangeSetHash) {
        return changeSetHash.equals(currentChangeSetHash);
    }
}
