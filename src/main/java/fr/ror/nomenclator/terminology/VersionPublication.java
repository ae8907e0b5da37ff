package fr.ror.nomenclator.terminology;

import java.util.List;

/**
 * Publishes draft versions together (a release): in one graph transaction every draft becomes its
 * published version, and the caller's own writes run in that same transaction; then the served
 * state swaps to the new versions at once. A crash before the commit leaves the drafts as they
 * were; after it, the graph holds the new versions and a restart serves them.
 */
public interface VersionPublication {

    /**
     * @param drafts      what to publish; an empty list is refused
     * @param alongside   the caller's writes in the publication's transaction (e.g. the release and
     *                    its events), told the versions being published
     * @param afterCommit run once the transaction has committed, before the served state swaps
     * @throws UnknownResourceException  TE404 a draft is not stored
     * @throws VersionConflictException  TE202 a draft changed since it was checked, TE203 a new
     *                                   version exists already, TE204 a version is not a draft,
     *                                   TE205 a new version would not order after the published ones
     */
    Publication publish(List<DraftPublication> drafts, PublicationWork alongside, Runnable afterCommit);
}
