package fr.ror.nomenclator.governance.request;

import fr.ror.nomenclator.governance.ForbiddenActionException;
import fr.ror.nomenclator.governance.InvalidChangeRequestException;
import fr.ror.nomenclator.governance.UnknownChangeRequestException;
import fr.ror.nomenclator.governance.WorkflowConflictException;
import fr.ror.nomenclator.governance.directory.GovernanceDirectory;
import fr.ror.nomenclator.governance.directory.Permission;
import fr.ror.nomenclator.governance.directory.VotingRules;
import fr.ror.nomenclator.governance.directory.WorkingGroup;
import fr.ror.nomenclator.governance.operation.Operation;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules of the change workflow, with no I/O: who may do what, from which status, with which
 * checks. Each method answers the next state of the request and the audit entries that tell it;
 * a refusal is an exception and leaves the request as it was.
 */
public final class ChangeWorkflow {

    /** What the workflow needs to know from the store: the operations' problems and the request's impact. */
    public interface Context {
        /** The problems of the operations against the current content; empty when they hold. */
        List<String> problems(List<Operation> operations);

        /** The working groups the request impacts, its own included. */
        Set<String> impactedGroups(ChangeRequest request);
    }

    /** The next state, the audit entries that tell it, and the comments it adds. */
    public record Outcome(ChangeRequest request, List<AuditEntry> audit, List<Comment> newComments) {
    }

    private final GovernanceDirectory directory;
    private final Authorizer authorizer;
    private final Clock clock;

    public ChangeWorkflow(GovernanceDirectory directory, Clock clock) {
        this.directory = directory;
        this.authorizer = new Authorizer(directory);
        this.clock = clock;
    }

    public Authorizer authorizer() {
        return authorizer;
    }

    public VotingRules rules(ChangeRequest request) {
        return group(request.workingGroup()).voting();
    }

    public Outcome create(String id, Actor actor, String groupId, RequestDetails details, List<Operation> operations) {
        if (groupId == null || groupId.isBlank()) {
            throw new InvalidChangeRequestException("GV104", "workingGroup is required: the working group the"
                    + " request is proposed to (" + groupIds() + ")");
        }
        WorkingGroup group = directory.group(groupId).orElseThrow(() -> new InvalidChangeRequestException("GV104",
                "no working group '" + groupId + "'; the working groups are " + groupIds()));
        authorizer.require(actor, Permission.CREATE, List.of(group.id()), "propose changes to " + group.id());
        if (details.title() == null || details.title().isBlank()) {
            throw new InvalidChangeRequestException("GV102", "title is required");
        }
        Instant now = clock.instant();
        List<Operation> ops = operations == null ? List.of() : operations;
        ChangeRequest request = new ChangeRequest(id, group.id(), actor.id(), actor.name(), details, ops,
                ChangeSets.hash(ops), ChangeRequestStatus.DRAFT, 0, List.of(), List.of(), null, List.of(), now, now);
        List<FieldChange> changes = new ArrayList<>(new RequestDetails(null, null, null, null, null).changesTo(details));
        changes.add(new FieldChange("operations", null, summaries(ops)));
        return new Outcome(request, List.of(AuditEntry.of(now, actor, "created", null, ChangeRequestStatus.DRAFT,
                changes, details.rationale())), List.of());
    }

    public Outcome edit(ChangeRequest request, Actor actor, RequestDetails details, List<Operation> operations,
                        String reason, Context context) {
        if (!request.status().isOpen()) {
            throw new WorkflowConflictException("GV202", "change request " + request.id() + " is "
                    + request.status().id() + ": it can no longer be edited (only draft, submitted, in-review or"
                    + " clarification-requested requests can)");
        }
        requireProposer(request, actor, "edit");
        authorizer.require(actor, Permission.EDIT, List.of(request.workingGroup()), "edit change requests of "
                + request.workingGroup());
        requireReason(reason, "an edit");
        RequestDetails newDetails = details == null ? request.details() : details;
        List<Operation> newOperations = operations == null ? request.operations() : operations;
        String newHash = ChangeSets.hash(newOperations);
        List<FieldChange> changes = new ArrayList<>(request.details().changesTo(newDetails));
        if (!newHash.equals(request.changeSetHash())) {
            changes.add(new FieldChange("operations", summaries(request.operations()), summaries(newOperations)));
            changes.add(new FieldChange("changeSetHash", request.changeSetHash(), newHash));
            int lapsing = request.currentVotes().size();
            if (lapsing > 0) {
                changes.add(new FieldChange("votes", lapsing + " on the current change set",
                        "0 (" + lapsing + " lapsed with the change set)"));
            }
        }
        if (changes.isEmpty()) {
            throw new InvalidChangeRequestException("GV106", "the edit changes nothing in change request "
                    + request.id());
        }
        if (newDetails.title() == null || newDetails.title().isBlank()) {
            throw new InvalidChangeRequestException("GV102", "title is required");
        }
        if (request.status() != ChangeRequestStatus.DRAFT) {
            requireValid(context.problems(newOperations));
        }
        Instant now = clock.instant();
        return new Outcome(request.with(newDetails, newOperations, newHash, now), List.of(AuditEntry.of(now, actor,
                "edited", request.status(), request.status(), changes, reason)), List.of());
    }

    public Outcome transition(ChangeRequest request, Actor actor, Transition transition, String reason, String release,
                              Context context) {
        if (!transition.allowedFrom(request.status())) {
            throw new WorkflowConflictException("GV201", "cannot " + transition.id() + " change request "
                    + request.id() + ", which is " + request.status().id() + ": " + transition.id() + " needs a request "
                    + transition.from().stream().map(ChangeRequestStatus::id).collect(Collectors.joining(" or ")));
        }
        authorize(request, actor, transition, context);
        if (transition.reasonRequired()) {
            requireReason(reason, transition.id());
        }
        String newRelease = request.release();
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange("status", request.status().id(), transition.to().id()));
        switch (transition) {
            case SUBMIT -> {
                List<String> problems = new ArrayList<>(request.details().missingForSubmission());
                if (request.operations().isEmpty()) {
                    problems.add("a change request needs at least one operation");
                }
                problems.addAll(context.problems(request.operations()));
                requireValid(problems);
            }
            case RESUME_REVIEW -> requireValid(context.problems(request.operations()));
            case APPROVE -> {
                Decision decision = Decision.of(request, rules(request), context.impactedGroups(request));
                if (!decision.approvable()) {
                    throw new WorkflowConflictException("GV205", "change request " + request.id() + " cannot be"
                            + " approved yet: " + String.join("; ", decision.blockers()), decision.blockers());
                }
                List<String> problems = context.problems(request.operations());
                if (!problems.isEmpty()) {
                    throw new WorkflowConflictException("GV207", "change request " + request.id() + " no longer"
                            + " applies to the current content: " + String.join("; ", problems), problems);
                }
            }
            case SCHEDULE -> {
                if (release == null || release.isBlank()) {
                    throw new InvalidChangeRequestException("GV107", "release is required to schedule a change"
                            + " request (e.g. 2027-01)");
                }
                newRelease = release;
                changes.add(new FieldChange("release", request.release(), release));
            }
            default -> {
                // the status change is the whole of it
            }
        }
        Instant now = clock.instant();
        return new Outcome(request.with(transition.to(), newRelease, now), List.of(AuditEntry.of(now, actor,
                transition.id(), request.status(), transition.to(), changes, reason)), List.of());
    }

    public Outcome vote(ChangeRequest request, Actor actor, VoteChoice choice, String comment, String changeSetHash,
                        Context context) {
        if (request.status() != ChangeRequestStatus.IN_REVIEW) {
            throw new WorkflowConflictException("GV203", "votes are cast on requests in review; change request "
                    + request.id() + " is " + request.status().id());
        }
        if (choice == VoteChoice.APPROVE && request.isProposedBy(actor) && !rules(request).proposerMayApprove()) {
            throw new ForbiddenActionException("GV303", actor + " proposed change request " + request.id()
                    + " and cannot approve their own request");
        }
        Set<String> impacted = context.impactedGroups(request);
        authorizer.require(actor, Permission.VOTE, impacted, "vote on change request " + request.id());
        if (changeSetHash != null && !changeSetHash.equals(request.changeSetHash())) {
            throw new WorkflowConflictException("GV204", "the change set of " + request.id() + " changed since it"
                    + " was read (" + changeSetHash + " voted, " + request.changeSetHash() + " now): read it again"
                    + " before voting");
        }
        Instant now = clock.instant();
        List<Vote> votes = new ArrayList<>();
        Vote previous = null;
        for (Vote v : request.votes()) {
            if (v.voter().equals(actor.id()) && v.countsFor(request.changeSetHash())) {
                previous = v;
            } else {
                votes.add(v);
            }
        }
        votes.add(new Vote(actor.id(), actor.name(), choice, comment, request.changeSetHash(), now,
                authorizer.groupsWhere(actor, Permission.VOTE, impacted)));
        FieldChange change = new FieldChange("vote of " + actor.id(), previous == null ? null : previous.choice().id(),
                choice.id());
        return new Outcome(request.withVotes(votes, now), List.of(AuditEntry.of(now, actor, "voted", request.status(),
                request.status(), List.of(change), comment)), List.of());
    }

    public Outcome comment(ChangeRequest request, Actor actor, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidChangeRequestException("GV108", "a comment needs a text");
        }
        if (!request.isProposedBy(actor)) {
            authorizer.require(actor, Permission.COMMENT, directory.groups().stream().map(WorkingGroup::id).toList(),
                    "comment on change request " + request.id());
        }
        Instant now = clock.instant();
        Comment comment = new Comment(request.id() + "-C" + (request.comments().size() + 1), actor.id(), actor.name(),
                text, now);
        List<Comment> comments = new ArrayList<>(request.comments());
        comments.add(comment);
        return new Outcome(request.withComments(comments, now), List.of(AuditEntry.of(now, actor, "commented",
                request.status(), request.status(), List.of(new FieldChange("comment", null, text)), null)),
                List.of(comment));
    }

    /** Records that the approved changes were written to draft versions. */
    public Outcome applied(ChangeRequest request, Actor actor, List<String> drafts) {
        Instant now = clock.instant();
        AuditEntry entry = AuditEntry.of(now, actor, "applied-to-drafts", request.status(), request.status(),
                List.of(new FieldChange("drafts", String.join(", ", request.drafts()), String.join(", ", drafts))),
                "approved changes written to the next draft version of each nomenclature").withTargets(drafts);
        return new Outcome(request.withDrafts(drafts, now), List.of(entry), List.of());
    }

    private void authorize(ChangeRequest request, Actor actor, Transition transition, Context context) {
        String what = transition.id() + " change request " + request.id();
        switch (transition.scope()) {
            case PROPOSER -> {
                if (transition == Transition.WITHDRAW && actor.isAdmin()
                        && authorizer.may(actor, Permission.WITHDRAW, request.workingGroup())) {
                    return;
                }
                requireProposer(request, actor, transition.id());
                authorizer.require(actor, transition.permission(), List.of(request.workingGroup()), what);
            }
            case REQUEST_GROUP -> {
                authorizer.require(actor, transition.permission(), List.of(request.workingGroup()), what);
                if (transition.permission() == Permission.CLOSE
                        && !actor.rolesIn(request.workingGroup()).contains(rules(request).closedBy())) {
                    throw new ForbiddenActionException("GV301", actor + " may not " + what + ": the "
                            + rules(request).closedBy().id() + " of " + request.workingGroup() + " closes its requests");
                }
            }
            case IMPACTED_GROUPS -> authorizer.require(actor, transition.permission(), context.impactedGroups(request),
                    what);
            case ANY_GROUP -> authorizer.require(actor, transition.permission(),
                    directory.groups().stream().map(WorkingGroup::id).toList(), what);
        }
    }

    private static void requireProposer(ChangeRequest request, Actor actor, String what) {
        if (!request.isProposedBy(actor)) {
            throw new ForbiddenActionException("GV302", "only the proposer of change request " + request.id() + ", "
                    + request.proposerName() + " (" + request.proposer() + "), may " + what + " it; " + actor
                    + " may not");
        }
    }

    private static void requireReason(String reason, String what) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidChangeRequestException("GV103", "reason is required for " + what
                    + ": the audit keeps why");
        }
    }

    private static void requireValid(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidChangeRequestException("GV101", problems.size() == 1 ? problems.get(0)
                    : problems.size() + " problems: " + String.join("; ", problems), problems, false);
        }
    }

    private WorkingGroup group(String id) {
        return directory.group(id).orElseThrow(() -> new UnknownChangeRequestException("GV402",
                "no working group '" + id + "'"));
    }

    private String groupIds() {
        return directory.groups().stream().map(WorkingGroup::id).collect(Collectors.joining(", "));
    }

    static String summaries(List<Operation> operations) {
        return operations.stream().map(Operation::summary).collect(Collectors.joining("; "));
    }
}
