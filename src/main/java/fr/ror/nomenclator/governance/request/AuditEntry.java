package fr.ror.nomenclator.governance.request;

import java.time.Instant;
import java.util.List;

/**
 * One entry of a change request's audit trail: who did what, when, what changed (old → new) and why.
 *
 * @param seq     its place in the request's trail, from 1 (0 until stored)
 * @param action  what was done: {@code created}, {@code edited}, a {@link Transition} id, {@code voted},
 *                {@code commented}, {@code applied-to-drafts}
 * @param targets the resources the action wrote besides the request ({@code CodeSystem/<draft id>}…)
 */
public record AuditEntry(String id, int seq, Instant at, String actor, String actorName, String action,
                         String fromStatus, String toStatus, List<FieldChange> changes, String reason,
                         List<String> targets) {

    public AuditEntry {
        changes = List.copyOf(changes);
        targets = List.copyOf(targets);
    }

    public static AuditEntry of(Instant at, Actor actor, String action, ChangeRequestStatus from,
                                ChangeRequestStatus to, List<FieldChange> changes, String reason) {
        return new AuditEntry(null, 0, at, actor.id(), actor.name(), action, from == null ? null : from.id(),
                to == null ? null : to.id(), changes, reason, List.of());
    }

    public AuditEntry withTargets(List<String> written) {
        return new AuditEntry(id, seq, at, actor, actorName, action, fromStatus, toStatus, changes, reason, written);
    }
}
