package fr.ror.nomenclator.terminology;

import java.time.Duration;
import java.util.List;

/**
 * What a publication did, and how long each step took.
 *
 * @param transaction the graph transaction (drafts flipped and the caller's writes), commit included
 * @param prepare     materialising the new versions and compiling their snapshots, before the swap
 * @param swap        swapping the served state (readers never wait for it)
 */
public record Publication(List<PublishedVersion> versions, Duration transaction, Duration prepare, Duration swap) {

    public Publication {
        versions = List.copyOf(versions);
    }
}
