package fr.ror.nomenclator.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ror.nomenclator.governance.directory.GovernanceDirectory;
import fr.ror.nomenclator.governance.directory.Majority;
import fr.ror.nomenclator.governance.directory.Role;
import fr.ror.nomenclator.governance.directory.VotingRules;
import fr.ror.nomenclator.governance.operation.ChangeDisplay;
import fr.ror.nomenclator.governance.operation.Operation;
import fr.ror.nomenclator.governance.request.Actor;
import fr.ror.nomenclator.governance.request.ChangeRequest;
import fr.ror.nomenclator.governance.request.ChangeRequestStatus;
import fr.ror.nomenclator.governance.request.ChangeWorkflow;
import fr.ror.nomenclator.governance.request.Decision;
import fr.ror.nomenclator.governance.request.RequestDetails;
import fr.ror.nomenclator.governance.request.Transition;
import fr.ror.nomenclator.governance.request.VoteChoice;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The workflow's rules on the shipped governance YAML, without a store. */
class ChangeWorkflowTest {

    static final GovernanceDirectory SHIPPED = ShippedGovernance.directory();
    static final Actor MEMBER = actor("ms-member", "gt-medico-social", Role.MEMBER);
    static final Actor EXPERT = actor("ms-expert", "gt-medico-social", Role.EXPERT);
    static final Actor MCO_EXPERT = actor("mco-expert", "gt-mco", Role.EXPERT);
    static final Actor CHAIR = actor("ms-chair", "gt-medico-social", Role.CHAIR);
    static final Actor PUBLISHER = actor("nos-publisher", "nos", Role.PUBLISHER);
    static final Actor ADMIN = actor("nos-admin", "nos", Role.ADMIN);

    final ChangeWorkflow workflow = new ChangeWorkflow(SHIPPED, Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"),
            ZoneOffset.UTC));
    final List<String> problems = new ArrayList<>();
    Set<String> impacted = Set.of("gt-medico-social", "gt-mco");
    final ChangeWorkflow.Context context = new ChangeWorkflow.Context() {
        @Override
        public List<String> problems(List<Operation> operations) {
            return problems;
        }

        @Override
        public Set<String> impactedGroups(ChangeRequest request) {
            return impacted;
        }
    };

    static Actor actor(String id, String group, Role role) {
        return new Actor(id, id, Map.of(group, Set.of(role)));
    }

    static final List<Operation> OPS = List.of(new ChangeDisplay("TRE_R211-ActiviteOperationnelle", "135", "Sexologie"));

    ChangeRequest draft(Actor proposer) {
        return workflow.create("CR-1", proposer, "gt-medico-social", new RequestDetails("Titre", "Pourquoi",
                "Arrêté", "ARS", "2027-01"), OPS).request();
    }

    ChangeRequest inReview(Actor proposer) {
        ChangeRequest submitted = workflow.transition(draft(proposer), proposer, Transition.SUBMIT, null, null, context)
                .request();
        return workflow.transition(submitted, CHAIR, Transition.START_REVIEW, null, null, context).request();
    }

    ChangeRequest voted(ChangeRequest request, Actor voter, VoteChoice choice) {
        return workflow.vote(request, voter, choice, null, null, context).request();
    }

    @Test
    void everyTransitionIsRefusedFromEveryStatusItDoesNotStartFrom() {
        for (Transition transition : Transition.values()) {
            for (ChangeRequestStatus status : ChangeRequestStatus.values()) {
                if (transition.allowedFrom(status)) {
                    continue;
                }
                ChangeRequest request = withStatus(draft(MEMBER), status);
                assertThatThrownBy(() -> workflow.transition(request, ADMIN, transition, "r", "2027-01", context))
                        .as(transition + " from " + status).isInstanceOf(WorkflowConflictException.class)
                        .hasMessageContaining("which is " + status.id());
            }
        }
    }

    @Test
    void theLifecycleRunsFromDraftToPublishedWithTheRightRoles() {
        ChangeRequest request = inReview(MEMBER);
        request = voted(voted(request, EXPERT, VoteChoice.APPROVE), MCO_EXPERT, VoteChoice.APPROVE);
        request = workflow.transition(request, CHAIR, Transition.APPROVE, null, null, context).request();
        request = workflow.transition(request, PUBLISHER, Transition.SCHEDULE, null, "2027-01", context).request();
        request = workflow.transition(request, PUBLISHER, Transition.PUBLISH, null, null, context).request();
        assertThat(request.status()).isEqualTo(ChangeRequestStatus.PUBLISHED);
        assertThat(request.release()).isEqualTo("2027-01");
    }

    @Test
    void aProposerWhoIsAnExpertStillCannotApproveTheirOwnRequest() {
        ChangeRequest request = inReview(EXPERT);
        assertThatThrownBy(() -> voted(request, EXPERT, VoteChoice.APPROVE))
                .isInstanceOf(ForbiddenActionException.class).hasMessageContaining("cannot approve their own request");
        assertThat(voted(request, EXPERT, VoteChoice.ABSTAIN).votes()).hasSize(1);
    }

    @Test
    void approvalNeedsQuorumMajorityAndTheConsentOfEveryImpactedGroup() {
        ChangeRequest request = voted(inReview(MEMBER), EXPERT, VoteChoice.APPROVE);
        Decision one = Decision.of(request, workflow.rules(request), impacted);
        assertThat(one.blockers()).anyMatch(b -> b.contains("quorum not reached: 1 vote(s)"))
                .anyMatch(b -> b.contains("working group gt-mco is impacted and has not approved"));
        ChangeRequest stuck = request;
        assertThatThrownBy(() -> workflow.transition(stuck, CHAIR, Transition.APPROVE, null, null, context))
                .isInstanceOf(WorkflowConflictException.class).hasMessageContaining("cannot be approved yet");

        ChangeRequest rejected = voted(request, MCO_EXPERT, VoteChoice.REJECT);
        Decision split = Decision.of(rejected, workflow.rules(rejected), impacted);
        assertThat(split.quorumReached()).isTrue();
        assertThat(split.majorityReached()).isFalse();

        ChangeRequest approved = voted(request, MCO_EXPERT, VoteChoice.APPROVE);
        assertThat(Decision.of(approved, workflow.rules(approved), impacted).approvable()).isTrue();
    }

    @Test
    void majoritiesCountApproveAgainstRejectOnly() {
        assertThat(Majority.SIMPLE.isReached(2, 1)).isTrue();
        assertThat(Majority.SIMPLE.isReached(1, 1)).isFalse();
        assertThat(Majority.TWO_THIRDS.isReached(2, 1)).isTrue();
        assertThat(Majority.TWO_THIRDS.isReached(3, 2)).isFalse();
        assertThat(Majority.UNANIMOUS.isReached(3, 0)).isTrue();
        assertThat(Majority.UNANIMOUS.isReached(3, 1)).isFalse();
    }

    @Test
    void aNewVoteReplacesThePersonsPreviousOneAndAnEditLapsesEveryVote() {
        ChangeRequest request = voted(voted(inReview(MEMBER), EXPERT, VoteChoice.REJECT), EXPERT, VoteChoice.APPROVE);
        assertThat(request.currentVotes()).singleElement().satisfies(v -> assertThat(v.choice())
                .isEqualTo(VoteChoice.APPROVE));

        ChangeRequest edited = workflow.edit(request, MEMBER, null, List.of(new ChangeDisplay(
                "TRE_R211-ActiviteOperationnelle", "135", "Sexologie clinique")), "précision", context).request();
        assertThat(edited.changeSetHash()).isNotEqualTo(request.changeSetHash());
        assertThat(edited.currentVotes()).isEmpty();
        assertThat(edited.lapsedVotes()).hasSize(1);
    }

    @Test
    void onlyTheProposerEditsAndEveryEditSaysWhy() {
        ChangeRequest request = draft(MEMBER);
        assertThatThrownBy(() -> workflow.edit(request, EXPERT, null, List.of(), "r", context))
                .isInstanceOf(ForbiddenActionException.class).hasMessageContaining("only the proposer");
        assertThatThrownBy(() -> workflow.edit(request, MEMBER, null, List.of(), " ", context))
                .isInstanceOf(InvalidChangeRequestException.class).hasMessageContaining("reason is required");
    }

    @Test
    void submittingNeedsTheFieldsOfTheIssueAndOperationsThatHold() {
        ChangeRequest bare = workflow.create("CR-2", MEMBER, "gt-medico-social", new RequestDetails("Titre", null,
                null, null, null), List.of()).request();
        assertThatThrownBy(() -> workflow.transition(bare, MEMBER, Transition.SUBMIT, null, null, context))
                .isInstanceOf(InvalidChangeRequestException.class)
                .satisfies(e -> assertThat(((GovernanceException) e).problems()).contains(
                        "rationale is required to submit a change request",
                        "legalBasis is required to submit a change request",
                        "requestingOrganisation is required to submit a change request",
                        "targetRelease is required to submit a change request",
                        "a change request needs at least one operation"));
        problems.add("operations[1] (change-display …): code '135' does not exist");
        assertThatThrownBy(() -> workflow.transition(draft(MEMBER), MEMBER, Transition.SUBMIT, null, null, context))
                .isInstanceOf(InvalidChangeRequestException.class).hasMessageContaining("code '135' does not exist");
    }

    @Test
    void aPublisherSchedulesAndPublishesButNeverVotesOrCloses() {
        ChangeRequest request = inReview(MEMBER);
        assertThatThrownBy(() -> voted(request, PUBLISHER, VoteChoice.APPROVE))
                .isInstanceOf(ForbiddenActionException.class);
        assertThatThrownBy(() -> workflow.transition(request, PUBLISHER, Transition.APPROVE, null, null, context))
                .isInstanceOf(ForbiddenActionException.class);
        assertThatThrownBy(() -> workflow.transition(request, ADMIN, Transition.APPROVE, null, null, context))
                .isInstanceOf(ForbiddenActionException.class);
    }

    @Test
    void theRulesOfAGroupAreItsOwn() {
        VotingRules nos = SHIPPED.group("nos").orElseThrow().voting();
        assertThat(nos.quorum()).isEqualTo(1);
        assertThat(SHIPPED.group("gt-medico-social").orElseThrow().voting().closedBy()).isEqualTo(Role.CHAIR);
    }

    private static ChangeRequest withStatus(ChangeRequest r, ChangeRequestStatus status) {
        return new ChangeRequest(r.id(), r.workingGroup(), r.proposer(), r.proposerName(), r.details(), r.operations(),
                r.changeSetHash(), status, r.revision(), r.votes(), r.comments(), r.release(), r.drafts(),
                r.createdAt(), r.updatedAt());
    }
}
