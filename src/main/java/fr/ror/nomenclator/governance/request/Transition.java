package fr.ror.nomenclator.governance.request;

import static fr.ror.nomenclator.governance.request.ChangeRequestStatus.APPROVED;
import static fr.ror.nomenclator.governance.request.ChangeRequestStatus.CLARIFICATION_REQUESTED;
import static fr.ror.nomenclator.governance.request.ChangeRequestStatus.DRAFT;
import static fr.ror.nomenclator.governance.request.ChangeRequestStatus.IN_REVIEW;
import static fr.ror.nomenclator.governance.request.ChangeRequestStatus.PUBLISHED;
import static fr.ror.nomenclator.governance.request.ChangeRequestStatus.REJECTED;
import static fr.ror.nomenclator.governance.request.ChangeRequestStatus.SCHEDULED;
import static fr.ror.nomenclator.governance.request.ChangeRequestStatus.SUBMITTED;
import static fr.ror.nomenclator.governance.request.ChangeRequestStatus.WITHDRAWN;

import fr.ror.nomenclator.governance.directory.Permission;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The moves of a change request: from which statuses, to which, the permission it needs and in
 * which working groups, and whether the person must say why.
 */
public enum Transition {
    SUBMIT(SUBMITTED, Permission.SUBMIT, Scope.PROPOSER, false, DRAFT),
    START_REVIEW(IN_REVIEW, Permission.START_REVIEW, Scope.REQUEST_GROUP, false, SUBMITTED),
    REQUEST_CLARIFICATION(CLARIFICATION_REQUESTED, Permission.REQUEST_CLARIFICATION, Scope.IMPACTED_GROUPS, true,
            IN_REVIEW),
    RESUME_REVIEW(IN_REVIEW, Permission.SUBMIT, Scope.PROPOSER, false, CLARIFICATION_REQUESTED),
    APPROVE(APPROVED, Permission.CLOSE, Scope.REQUEST_GROUP, false, IN_REVIEW),
    REJECT(REJECTED, Permission.CLOSE, Scope.REQUEST_GROUP, true, IN_REVIEW, CLARIFICATION_REQUESTED),
    WITHDRAW(WITHDRAWN, Permission.WITHDRAW, Scope.PROPOSER, true, DRAFT, SUBMITTED, IN_REVIEW,
            CLARIFICATION_REQUESTED),
    SCHEDULE(SCHEDULED, Permission.SCHEDULE, Scope.ANY_GROUP, false, APPROVED),
    PUBLISH(PUBLISHED, Permission.PUBLISH, Scope.ANY_GROUP, false, SCHEDULED);

    /** Where the person must hold the permission. */
    public enum Scope {
        /** The proposer, in the request's working group (an admin too, for withdraw). */
        PROPOSER,
        /** The working group that owns the request. */
        REQUEST_GROUP,
        /** Any working group the request impacts. */
        IMPACTED_GROUPS,
        /** Any working group (the publisher's). */
        ANY_GROUP
    }

    private final ChangeRequestStatus to;
    private final Permission permission;
    private final Scope scope;
    private final boolean reasonRequired;
    private final Set<ChangeRequestStatus> from;

    Transition(ChangeRequestStatus to, Permission permission, Scope scope, boolean reasonRequired,
               ChangeRequestStatus first, ChangeRequestStatus... others) {
        this.to = to;
        this.permission = permission;
        this.scope = scope;
        this.reasonRequired = reasonRequired;
        this.from = EnumSet.of(first, others);
    }

    public ChangeRequestStatus to() {
        return to;
    }

    public Permission permission() {
        return permission;
    }

    public Scope scope() {
        return scope;
    }

    public boolean reasonRequired() {
        return reasonRequired;
    }

    public Set<ChangeRequestStatus> from() {
        return from;
    }

    public boolean allowedFrom(ChangeRequestStatus status) {
        return from.contains(status);
    }

    /** The name used in the API path: {@code submit}, {@code start-review}… */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Transition> of(String id) {
        return Arrays.stream(values()).filter(t -> t.id().equals(id)).findFirst();
    }
}
