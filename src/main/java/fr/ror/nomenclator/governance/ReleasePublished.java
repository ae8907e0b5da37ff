package fr.ror.nomenclator.governance;

import java.util.List;

/**
 * A release was published: its versions are stored and served (from its effective date), its
 * change requests are published. Published after the transaction, and as a webhook event
 * {@code release.published} through the outbox.
 *
 * @param versionIds the resource ids of the versions it published
 */
public record ReleasePublished(String releaseId, String effectiveDate, List<String> versionIds) {

    public ReleasePublished {
        versionIds = List.copyOf(versionIds);
    }
}
