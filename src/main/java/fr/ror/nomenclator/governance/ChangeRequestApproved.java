package fr.ror.nomenclator.governance;

import java.util.List;

/**
 * A change request was approved and its changes written into the open drafts (published after the
 * transaction that approved it). The releases issue gathers approved requests from here.
 *
 * @param draftVersionIds the resource ids of the draft versions that now hold the changes
 */
public record ChangeRequestApproved(String changeRequestId, String workingGroup, List<String> draftVersionIds) {

    public ChangeRequestApproved {
        draftVersionIds = List.copyOf(draftVersionIds);
    }
}
