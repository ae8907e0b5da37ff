package fr.ror.nomenclator.governance.internal;

import fr.ror.nomenclator.governance.ChangeRequestApproved;
import fr.ror.nomenclator.governance.ChangesPublished;
import fr.ror.nomenclator.governance.ChangesScheduled;
import fr.ror.nomenclator.governance.UnknownChangeRequestException;
import fr.ror.nomenclator.governance.WorkflowConflictException;
import fr.ror.nomenclator.governance.operation.Operation;
import fr.ror.nomenclator.governance.operation.Touch;
import fr.ror.nomenclator.governance.request.Actor;
import fr.ror.nomenclator.governance.request.AuditEntry;
import fr.ror.nomenclator.governance.request.ChangeRequest;
import fr.ror.nomenclator.governance.request.ChangeRequestStatus;
import fr.ror.nomenclator.governance.request.ChangeRequestSummary;
import fr.ror.nomenclator.governance.request.ChangeWorkflow;
import fr.ror.nomenclator.governance.request.ChangeWorkflow.Outcome;
import fr.ror.nomenclator.governance.request.Conflict;
import fr.ror.nomenclator.governance.request.Decision;
import fr.ror.nomenclator.governance.request.Impact;
import fr.ror.nomenclator.governance.request.RequestDetails;
import fr.ror.nomenclator.governance.request.Transition;
import fr.ror.nomenclator.governance.request.VoteChoice;
import fr.ror.nomenclator.terminology.ConceptKey;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The change requests' application service: reads a request, lets {@link ChangeWorkflow} decide
 * the next state, and stores it with its audit entries in one transaction guarded by the request's
 * revision. A caller that names the revision it read ({@code If-Match}) gets a conflict when it is
 * stale; otherwise a write that lost a race is decided again on the fresh state, so concurrent
 * votes all count and every rule is checked against what is actually stored.
 */
public class ChangeRequests {

    private static final int ATTEMPTS = 20;

    private final ChangeRequestRepository repository;
    private final ChangeWorkflow workflow;
    private final ImpactAnalysis impacts;
    private final DraftVersions drafts;
    private final NomenclatureReferences references;
    private final ApplicationEventPublisher events;

    ChangeRequests(ChangeRequestRepository repository, ChangeWorkflow workflow, ImpactAnalysis impacts,
                   DraftVersions drafts, NomenclatureReferences references, ApplicationEventPublisher events) {
        this.repository = repository;
        this.workflow = workflow;
        this.impacts = impacts;
        this.drafts = drafts;
        this.references = references;
        this.events = events;
    }

    public ChangeRequest create(Actor actor, String workingGroup, RequestDetails details, List<Operation> operations) {
        String id = "CR-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        Outcome outcome = workflow.create(id, actor, workingGroup, details, completed(operations));
        repository.create(outcome.request(), touches(outcome.request().operations()), outcome.audit());
        return get(id);
    }

    public ChangeRequest get(String id) {
        return repository.find(id).orElseThrow(() -> new UnknownChangeRequestException("GV401",
                "no change request '" + id + "'"));
    }

    public List<ChangeRequestSummary> list(ChangeRequestStatus status, String workingGroup, ConceptKey concept) {
        return repository.list(status, workingGroup, concept);
    }

    /**
     * Edits a request: {@code details} turns the stored details into the new ones (fields the caller
     * left out keep the stored value, read in the same attempt as the write); {@code operations},
     * when not null, replace the change set.
     */
    public ChangeRequest edit(Actor actor, String id, Long expectedRevision, UnaryOperator<RequestDetails> details,
                              List<Operation> operations, String reason) {
        List<Operation> ops = operations == null ? null : completed(operations);
        return update(id, expectedRevision, true, current -> workflow.edit(current, actor,
                details.apply(current.details()), ops, reason, context()));
    }

    public ChangeRequest transition(Actor actor, String id, Transition transition, Long expectedRevision, String reason,
                                    String release) {
        if (transition == Transition.PUBLISH) {
            throw new WorkflowConflictException("GV208", "change request " + id + " is published with the release it"
                    + " is scheduled in, all its versions together: POST /api/releases/{release}/publish");
        }
        if (transition != Transition.APPROVE) {
            ChangeRequest moved = update(id, expectedRevision, false, current -> workflow.transition(current, actor,
                    transition, reason, release, context()));
            if (transition == Transition.SCHEDULE) {
                events.publishEvent(new ChangesScheduled(id, moved.release()));
            } else if (transition == Transition.PUBLISH) {
                events.publishEvent(new ChangesPublished(id, moved.release()));
            }
            return moved;
        }
        synchronized (drafts.lock()) {
            ChangeRequest approved = update(id, expectedRevision, false, current -> workflow.transition(current,
                    actor, transition, reason, release, context()));
            List<String> written = drafts.write(approved);
            ChangeRequest applied = update(id, null, false, current -> workflow.applied(current, actor, written));
            events.publishEvent(new ChangeRequestApproved(id, applied.workingGroup(), written.stream()
                    .map(w -> w.substring(w.indexOf('/') + 1)).toList()));
            return applied;
        }
    }

    /**
     * The requests of a release moved to published, decided now (who may, from which status) and
     * written by {@link Publishing#write} in the release's transaction, guarded by the revisions read.
     */
    Publishing publishing(Actor actor, List<String> ids, String release) {
        List<Publishing.Step> steps = new java.util.ArrayList<>();
        for (String id : ids) {
            ChangeRequest current = get(id);
            Outcome outcome = workflow.transition(current, actor, Transition.PUBLISH, "published in release " + release,
                    release, context());
            steps.add(new Publishing.Step(current.revision(), outcome));
        }
        return new Publishing(repository, steps);
    }

    /** What {@link #publishing} decided, to store in the publication's transaction. */
    record Publishing(ChangeRequestRepository repository, List<Step> steps) {

        record Step(long revision, Outcome outcome) {
        }

        void write(org.neo4j.driver.TransactionContext tx) {
            for (Step step : steps) {
                repository.save(tx, step.outcome().request(), step.revision(), null, List.of(), step.outcome().audit());
            }
        }
    }

    public ChangeRequest vote(Actor actor, String id, VoteChoice choice, String comment, String changeSetHash) {
        return update(id, null, false, current -> workflow.vote(current, actor, choice, comment, changeSetHash,
                context()));
    }

    public ChangeRequest comment(Actor actor, String id, String text) {
        return update(id, null, false, current -> workflow.comment(current, actor, text));
    }

    public List<AuditEntry> audit(String id) {
        get(id);
        return repository.audit(id);
    }

    public Impact impact(ChangeRequest request) {
        return impacts.of(request);
    }

    public List<Conflict> conflicts(String id) {
        return repository.conflicts(id);
    }

    public Decision decision(ChangeRequest request) {
        return Decision.of(request, workflow.rules(request), Set.copyOf(impacts.of(request).workingGroups()));
    }

    /** Audit entries as Provenance reads them: by id, by request, or by a resource written. */
    public Optional<AuditEntry> auditEntry(String entryId) {
        return repository.auditEntry(entryId);
    }

    public List<AuditEntry> auditTargeting(String requestId, String resource) {
        return repository.auditTargeting(requestId, resource);
    }

    public Optional<String> requestOf(String entryId) {
        return repository.requestOf(entryId);
    }

    private ChangeRequest update(String id, Long expectedRevision, boolean mayChangeOperations,
                                 Function<ChangeRequest, Outcome> change) {
        for (int attempt = 1; ; attempt++) {
            ChangeRequest current = get(id);
            if (expectedRevision != null && current.revision() != expectedRevision) {
                throw new WorkflowConflictException("GV206", "change request " + id + " is at revision "
                        + current.revision() + ", not " + expectedRevision + " (If-Match): someone changed it"
                        + " meanwhile; read it again");
            }
            Outcome outcome = change.apply(current);
            boolean operationsChanged = mayChangeOperations
                    && !outcome.request().changeSetHash().equals(current.changeSetHash());
            try {
                return repository.save(outcome.request(), current.revision(),
                        operationsChanged ? touches(outcome.request().operations()) : null, outcome.newComments(),
                        outcome.audit());
            } catch (WorkflowConflictException e) {
                if (!"GV206".equals(e.code()) || expectedRevision != null || attempt == ATTEMPTS) {
                    throw e;
                }
                backOff(attempt);
            }
        }
    }

    /** A short random pause, growing with the attempts, so that racing writers do not collide again at once. */
    private static void backOff(int attempt) {
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(5, 25L * Math.min(attempt, 8)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private ChangeWorkflow.Context context() {
        return new ChangeWorkflow.Context() {
            @Override
            public List<String> problems(List<Operation> operations) {
                return drafts.problems(operations);
            }

            @Override
            public Set<String> impactedGroups(ChangeRequest request) {
                return Set.copyOf(impacts.of(request).workingGroups());
            }
        };
    }

    ChangeWorkflow workflow() {
        return workflow;
    }

    DraftVersions drafts() {
        return drafts;
    }

    NomenclatureReferences references() {
        return references;
    }

    /** The operations with what they left to the content filled in (a map's single group), as they are stored. */
    List<Operation> completed(List<Operation> operations) {
        if (operations == null) {
            return List.of();
        }
        StoreWorkspace workspace = drafts.workspace();
        return operations.stream().map(op -> op == null ? op : op.completed(workspace)).toList();
    }

    private List<List<Touch>> touches(List<Operation> operations) {
        return operations.stream().map(op -> op.touches(references)).toList();
    }
}
