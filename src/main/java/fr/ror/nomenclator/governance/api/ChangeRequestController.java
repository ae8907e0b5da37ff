package fr.ror.nomenclator.governance.api;

import fr.ror.nomenclator.governance.InvalidChangeRequestException;
import fr.ror.nomenclator.governance.UnknownChangeRequestException;
import fr.ror.nomenclator.governance.internal.ChangeRequests;
import fr.ror.nomenclator.governance.operation.Operation;
import fr.ror.nomenclator.governance.request.Actor;
import fr.ror.nomenclator.governance.request.AuditEntry;
import fr.ror.nomenclator.governance.request.ChangeRequest;
import fr.ror.nomenclator.governance.request.ChangeRequestStatus;
import fr.ror.nomenclator.governance.request.ChangeRequestSummary;
import fr.ror.nomenclator.governance.request.Impact;
import fr.ror.nomenclator.governance.request.RequestDetails;
import fr.ror.nomenclator.governance.request.Transition;
import fr.ror.nomenclator.governance.request.VoteChoice;
import fr.ror.nomenclator.governance.security.Actors;
import fr.ror.nomenclator.terminology.ConceptKey;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Change requests over REST: propose, edit, move through the lifecycle, vote, comment, read the
 * impact and the audit. {@code If-Match} with the revision (the {@code ETag} of every answer)
 * makes an edit or transition fail with 409 when the request changed since it was read.
 */
@RestController
@RequestMapping(path = "/api/change-requests", produces = "application/json")
@Tag(name = "Change requests", description = "Proposals of nomenclature changes, their review, votes and audit")
class ChangeRequestController {

    private final ChangeRequests requests;
    private final Actors actors;

    ChangeRequestController(ChangeRequests requests, Actors actors) {
        this.requests = requests;
        this.actors = actors;
    }

    @GetMapping
    @io.swagger.v3.oas.annotations.Operation(summary = "List change requests",
            description = "Filter by status (draft, submitted, in-review…), working group, or a concept touched"
                    + " (NOS id|code, e.g. TRE_R211-ActiviteOperationnelle|392)")
    List<ChangeRequestSummary> list(@RequestParam(required = false) String status,
                                    @RequestParam(required = false) String workingGroup,
                                    @RequestParam(required = false) String concept) {
        ChangeRequestStatus wanted = status == null ? null : ChangeRequestStatus.of(status).orElseThrow(() ->
                InvalidChangeRequestException.malformed("GV105", "status must be one of " + Arrays.stream(
                        ChangeRequestStatus.values()).map(ChangeRequestStatus::id).collect(Collectors.joining(", "))));
        ConceptKey key = null;
        if (concept != null) {
            int bar = concept.lastIndexOf('|');
            if (bar <= 0 || bar == concept.length() - 1) {
                throw InvalidChangeRequestException.malformed("GV105", "concept must be written NOS-id|code");
            }
            key = new ConceptKey(concept.substring(0, bar), concept.substring(bar + 1));
        }
        return requests.list(wanted, workingGroup, key);
    }

    @PostMapping(consumes = "application/json")
    @io.swagger.v3.oas.annotations.Operation(summary = "Propose a change request (draft)")
    ResponseEntity<ChangeRequestView> create(@RequestBody ChangeRequestInput input, Authentication authentication) {
        ChangeRequest created = requests.create(actor(authentication), input.workingGroup(), input.details(),
                operations(input.operations()));
        return ResponseEntity.created(URI.create("/api/change-requests/" + created.id()))
                .eTag(etag(created)).body(view(created));
    }

    @GetMapping("/{id}")
    @io.swagger.v3.oas.annotations.Operation(summary = "Read a change request with its impact, conflicts and votes")
    ResponseEntity<ChangeRequestView> read(@PathVariable String id) {
        return answer(requests.get(id));
    }

    @PutMapping(path = "/{id}", consumes = "application/json")
    @io.swagger.v3.oas.annotations.Operation(summary = "Edit a change request (its proposer, with a reason)",
            description = "Fields left out keep their value; operations, when given, replace the change set,"
                    + " and every vote on the previous change set lapses")
    ResponseEntity<ChangeRequestView> edit(@PathVariable String id, @RequestBody ChangeRequestInput input,
                                           @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                           Authentication authentication) {
        if (input.workingGroup() != null) {
            String proposedTo = requests.get(id).workingGroup();
            if (!proposedTo.equals(input.workingGroup())) {
                throw new InvalidChangeRequestException("GV111", "change request " + id + " was proposed to "
                        + proposedTo + ", and a request keeps its working group: withdraw it and propose it to "
                        + input.workingGroup());
            }
        }
        UnaryOperator<RequestDetails> details = stored -> new RequestDetails(keep(input.title(), stored.title()),
                keep(input.rationale(), stored.rationale()), keep(input.legalBasis(), stored.legalBasis()),
                keep(input.requestingOrganisation(), stored.requestingOrganisation()),
                keep(input.targetRelease(), stored.targetRelease()));
        return answer(requests.edit(actor(authentication), id, revision(ifMatch), details,
                input.operations() == null ? null : operations(input.operations()), input.reason()));
    }

    @PostMapping(path = "/{id}/{action}")
    @io.swagger.v3.oas.annotations.Operation(summary = "Move a change request through its lifecycle",
            description = "action: submit, start-review, request-clarification, resume-review, approve, reject,"
                    + " withdraw, schedule, publish")
    ResponseEntity<ChangeRequestView> transition(@PathVariable String id, @PathVariable String action,
                                                 @RequestBody(required = false) TransitionInput input,
                                                 @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                 Authentication authentication) {
        Transition transition = Transition.of(action).orElseThrow(() -> new UnknownChangeRequestException("GV403",
                "no action '" + action + "'; the actions are " + Arrays.stream(Transition.values())
                        .map(Transition::id).collect(Collectors.joining(", ")) + ", votes and comments"));
        TransitionInput body = input == null ? new TransitionInput(null, null) : input;
        return answer(requests.transition(actor(authentication), id, transition, revision(ifMatch), body.reason(),
                body.release()));
    }

    @PostMapping(path = "/{id}/votes", consumes = "application/json")
    @io.swagger.v3.oas.annotations.Operation(summary = "Vote on a change request in review",
            description = "One current vote per person (a new vote replaces it); tied to the change set hash")
    ResponseEntity<ChangeRequestView> vote(@PathVariable String id, @RequestBody VoteInput input,
                                           Authentication authentication) {
        VoteChoice choice = VoteChoice.of(input.choice() == null ? "" : input.choice()).orElseThrow(() ->
                InvalidChangeRequestException.malformed("GV105", "choice must be approve, reject or abstain, not '"
                        + input.choice() + "'"));
        return answer(requests.vote(actor(authentication), id, choice, input.comment(), input.changeSetHash()));
    }

    @PostMapping(path = "/{id}/comments", consumes = "application/json")
    @io.swagger.v3.oas.annotations.Operation(summary = "Comment on a change request")
    ResponseEntity<ChangeRequestView> comment(@PathVariable String id, @RequestBody CommentInput input,
                                              Authentication authentication) {
        return answer(requests.comment(actor(authentication), id, input.text()));
    }

    @GetMapping("/{id}/impact")
    @io.swagger.v3.oas.annotations.Operation(summary = "What the request affects: value sets, concept maps, other"
            + " nomenclatures, working groups")
    Impact impact(@PathVariable String id) {
        return requests.impact(requests.get(id));
    }

    @GetMapping("/{id}/audit")
    @io.swagger.v3.oas.annotations.Operation(summary = "The audit trail: who did what, when, old → new, and why")
    List<AuditEntry> audit(@PathVariable String id) {
        return requests.audit(id);
    }

    private ResponseEntity<ChangeRequestView> answer(ChangeRequest request) {
        return ResponseEntity.ok().eTag(etag(request)).body(view(request));
    }

    private ChangeRequestView view(ChangeRequest request) {
        return ChangeRequestView.of(request, requests.impact(request), requests.conflicts(request.id()),
                requests.decision(request));
    }

    private Actor actor(Authentication authentication) {
        return actors.of(authentication);
    }

    private static List<Operation> operations(List<Operation> operations) {
        if (operations != null && operations.stream().anyMatch(Objects::isNull)) {
            throw InvalidChangeRequestException.malformed("GV100", "operations must not contain null entries");
        }
        return operations;
    }

    private static String keep(String given, String current) {
        return given == null ? current : given;
    }

    private static String etag(ChangeRequest request) {
        return "\"" + request.revision() + "\"";
    }

    static Long revision(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String digits = ifMatch.replace("W/", "").replace("\"", "").trim();
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw InvalidChangeRequestException.malformed("GV105", "If-Match must carry the request's revision"
                    + " (its ETag, e.g. \"3\"), not " + ifMatch);
        }
    }
}
