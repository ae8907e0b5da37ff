package fr.ror.nomenclator.governance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.support.ApiClient.Answer;
import fr.ror.nomenclator.support.TestTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The workflow's refusals over HTTP, each answering 400, 401, 403, 409 or 422 with a problem
 * detail and a stable code, and leaving the request exactly as it was; conflicts between requests;
 * concurrent writers; OIDC tokens. Each test works on R211/R239 codes of its own.
 */
class GovernanceRulesIT extends GovernanceServerIT {

    /** What a refusal must leave unchanged: revision, status, votes, comments and audit trail. */
    record Snapshot(long revision, String status, String votes, String comments, int audit) {
    }

    Snapshot snapshot(String id) {
        JsonNode r = read(id).json();
        return new Snapshot(r.path("revision").asLong(), r.path("status").asText(), r.path("votes").toString(),
                r.path("comments").toString(), audit(id).size());
    }

    void assertRefused(Answer answer, int status, String code, String detail) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.code()).isEqualTo(code);
        assertThat(answer.detail()).contains(detail);
    }

    static ObjectNode display(String system, String code, String display) {
        return object().put("kind", "change-display").put("system", system).put("code", code).put("display", display);
    }

    @Test
    void anonymousCallsAreUnauthorizedWhileTheOpenApiDescriptionIsPublic() {
        assertRefused(api.get("/api/change-requests", null), 401, "GV300", "Authentication required");
        assertRefused(create(null, request("x", display(R211, "001", "Y"))), 401, "GV300", "Authentication required");
        Answer openApi = api.get("/api/openapi.json", null);
        assertThat(openApi.status()).isEqualTo(200);
        assertThat(openApi.json().path("paths").has("/api/change-requests/{id}/votes")).isTrue();
        assertThat(openApi.json().path("info").path("title").asText()).isEqualTo("Nomenclator governance API");
        assertThat(api.get("/api/swagger-ui/index.html", null).status()).isEqualTo(200);
        assertThat(api.get("/api/working-groups", MEMBER).json().findValuesAsText("id"))
                .contains("gt-mco", "gt-psy", "gt-smr", "gt-medico-social", "nos");
    }

    @Test
    void invalidOperationsAreRefusedAtSubmissionWithAPreciseMessageEach() {
        String id = create(MEMBER, request("Demande invalide",
                retire("ZZZ", "inconnu", "511"),
                retire("170", "remplacé par un code retiré", "002"),
                object().put("kind", "add-concept").put("system", R211).put("code", "001").put("display", "Doublon"),
                object().put("kind", "add-concept").put("system", R211).put("code", "999").put("display", " "),
                object().put("kind", "add-mapping").put("conceptMap", A14).put("sourceCode", "004")
                        .put("targetCode", "135").put("equivalence", "equivalent"))).json().path("id").asText();
        Snapshot before = snapshot(id);

        Answer refused = act(id, "submit", MEMBER, null);

        assertRefused(refused, 422, "GV101", "5 problems");
        assertThat(refused.json().path("problems").toString())
                .contains("operations[1] (retire TRE_R211-ActiviteOperationnelle ZZZ → 511): code 'ZZZ' does not exist")
                .contains("operations[2] (retire TRE_R211-ActiviteOperationnelle 170 → 002): replacement '002'")
                .contains("is not active")
                .contains("operations[3]").contains("code '001' already exists in TRE_R211-ActiviteOperationnelle")
                .contains("operations[4]").contains("display must not be empty")
                .contains("operations[5]").contains("already maps '004' to '135'");
        assertThat(snapshot(id)).isEqualTo(before);
    }

    @Test
    void unknownOperationKindsAndFieldsAreMalformedBodies() {
        assertRefused(create(MEMBER, request("x", object().put("kind", "rename").put("system", R211))), 400, "GV100",
                "unknown operation kind 'rename'");
        assertRefused(create(MEMBER, request("x", retire("135", "r").put("replacement", "511"))), 400, "GV100",
                "unknown field 'replacement'");
        assertRefused(create(MEMBER, request("x").put("workingGroup", "gt-inconnu")), 422, "GV104",
                "no working group 'gt-inconnu'");
    }

    @Test
    void forbiddenTransitionsAnswer409AndChangeNothing() {
        String id = create(MEMBER, request("Transitions interdites", display(R211, "285", "Soins médicaux"))).json()
                .path("id").asText();
        Snapshot draft = snapshot(id);
        assertRefused(act(id, "approve", CHAIR, null), 409, "GV201", "cannot approve change request " + id
                + ", which is draft: approve needs a request in-review");
        assertRefused(vote(id, MS_EXPERT, "approve", null), 409, "GV203", "votes are cast on requests in review");
        assertRefused(act(id, "schedule", PUBLISHER, object().put("release", "2027-01")), 409, "GV201",
                "schedule needs a request approved");
        assertThat(snapshot(id)).isEqualTo(draft);

        act(id, "withdraw", MEMBER, reason("Doublon d'une autre demande"));
        Snapshot withdrawn = snapshot(id);
        assertThat(withdrawn.status()).isEqualTo("withdrawn");
        assertRefused(api.put("/api/change-requests/" + id, MEMBER, object().put("title", "Autre").put("reason", "r")),
                409, "GV202", "can no longer be edited");
        assertRefused(act(id, "submit", MEMBER, null), 409, "GV201", "which is withdrawn");
        assertThat(snapshot(id)).isEqualTo(withdrawn);
    }

    @Test
    void roleViolationsAnswer403AndChangeNothing() {
        String id = create(MEMBER, request("Violations de rôle", display("TRE_R239-PublicPrisEnCharge", "01",
                "Tous publics"))).json().path("id").asText();
        act(id, "submit", MEMBER, null);
        Snapshot submitted = snapshot(id);
        assertRefused(act(id, "start-review", MEMBER, null), 403, "GV301", "needs the permission 'start-review'");
        assertRefused(act(id, "start-review", MCO_CHAIR, null), 403, "GV301", "in working group gt-medico-social");
        assertRefused(api.put("/api/change-requests/" + id, MS_EXPERT, object().put("title", "Autre")
                .put("reason", "r")), 403, "GV302", "only the proposer");
        assertRefused(act(id, "withdraw", CHAIR, reason("r")), 403, "GV302", "only the proposer");
        assertThat(snapshot(id)).isEqualTo(submitted);

        act(id, "start-review", CHAIR, null);
        Snapshot inReview = snapshot(id);
        // R239 belongs to gt-medico-social alone: an MCO expert has no say on it.
        assertRefused(vote(id, MCO_EXPERT, "approve", null), 403, "GV301", "may not vote");
        assertRefused(act(id, "approve", MS_EXPERT, null), 403, "GV301", "needs the permission 'close'");
        assertRefused(act(id, "approve", MCO_CHAIR, null), 403, "GV301", "gt-medico-social");
        assertRefused(act(id, "reject", CHAIR, null), 422, "GV103", "reason is required for reject");
        assertRefused(act(id, "schedule", MEMBER, object().put("release", "2027-01")), 409, "GV201", "approved");
        assertThat(snapshot(id)).isEqualTo(inReview);
    }

    @Test
    void twoOpenRequestsTouchingTheSameConceptAreFlaggedAsConflicting() {
        String first = create(MEMBER, request("Libellé de 135 (a)", display(R211, "135", "Sexologie clinique")))
                .json().path("id").asText();
        String second = create(MEMBER, request("Libellé de 135 (b)", display(R211, "135", "Sexologie médicale")))
                .json().path("id").asText();

        JsonNode conflicts = read(first).json().path("conflicts");

        assertThat(conflicts.findValuesAsText("changeRequest")).contains(second);
        assertThat(conflicts.get(0).path("concepts").toString()).contains("TRE_R211-ActiviteOperationnelle|135");
        assertThat(read(second).json().path("conflicts").findValuesAsText("changeRequest")).contains(first);
        assertThat(api.get("/api/change-requests?concept=" + R211 + "%7C135", MEMBER).json().findValuesAsText("id"))
                .contains(first, second);
        act(second, "withdraw", MEMBER, reason("Doublon"));
        assertThat(read(first).json().path("conflicts").findValuesAsText("changeRequest")).doesNotContain(second);
    }

    @Test
    void anEditBasedOnAStaleRevisionIsRefused() {
        Answer created = create(MEMBER, request("Révision", display(R211, "448", "Dépistage")));
        String id = created.json().path("id").asText();
        api.put("/api/change-requests/" + id, MEMBER, object().put("title", "Révision 2").put("reason", "titre"),
                "If-Match", created.etag());
        Snapshot before = snapshot(id);

        Answer stale = api.put("/api/change-requests/" + id, MEMBER, object().put("title", "Révision 3")
                .put("reason", "titre"), "If-Match", created.etag());

        assertRefused(stale, 409, "GV206", "is at revision 2, not 1");
        assertThat(snapshot(id)).isEqualTo(before);
    }

    @Test
    void aRequestKeepsTheWorkingGroupItWasProposedTo() {
        String id = create(MEMBER, request("Groupe", display(R211, "448", "Dépistage"))).json().path("id").asText();
        Snapshot before = snapshot(id);

        Answer moved = api.put("/api/change-requests/" + id, MEMBER, object().put("workingGroup", "gt-mco")
                .put("title", "Autre groupe").put("reason", "mauvais groupe"));

        assertRefused(moved, 422, "GV111", "was proposed to gt-medico-social");
        assertThat(snapshot(id)).isEqualTo(before);
        assertThat(api.put("/api/change-requests/" + id, MEMBER, object().put("workingGroup", "gt-medico-social")
                .put("title", "Même groupe").put("reason", "titre")).status()).isEqualTo(200);
    }

    @Test
    void concurrentVotesCommentsAndEditsEndInAConsistentState() throws Exception {
        String id = inReview(request("Concurrence", display(R211, "449", "Dépistage précoce")));
        String hash = read(id).json().path("changeSetHash").asText();
        Snapshot before = snapshot(id);
        List<Callable<Answer>> writers = new ArrayList<>();
        writers.add(() -> vote(id, MS_EXPERT, "approve", hash));
        writers.add(() -> vote(id, MCO_EXPERT, "approve", hash));
        ObjectNode edit = object().put("reason", "libellé plus précis");
        edit.set("operations", request("", display(R211, "449", "Dépistage très précoce")).path("operations"));
        writers.add(() -> api.put("/api/change-requests/" + id, MEMBER, edit));
        for (int i = 0; i < 6; i++) {
            int n = i;
            writers.add(() -> api.post("/api/change-requests/" + id + "/comments", CHAIR,
                    object().put("text", "commentaire " + n)));
        }

        List<Answer> answers = runTogether(writers);

        // Comments commute: each is decided again on the fresh state until stored. A vote names the change
        // set it approves: it is stored, or refused because the edit changed that change set first.
        long succeeded = answers.stream().filter(a -> a.status() == 200).count();
        assertThat(answers.get(2).status()).as(answers.get(2).text()).isEqualTo(200);
        assertThat(answers.subList(3, answers.size())).allSatisfy(a -> assertThat(a.status()).as(a.text()).isEqualTo(200));
        assertThat(answers.subList(0, 2)).allSatisfy(a -> {
            assertThat(a.status()).as(a.text()).isIn(200, 409);
            if (a.status() == 409) {
                assertThat(a.code()).isEqualTo("GV204");
            }
        });
        JsonNode after = read(id).json();
        assertThat(after.path("revision").asLong()).isEqualTo(before.revision() + succeeded);
        assertThat(audit(id).size()).isEqualTo(before.audit() + (int) succeeded);
        assertThat(after.path("comments")).hasSize(6);
        assertThat(after.path("comments").findValuesAsText("id")).doesNotHaveDuplicates();
        // No vote counts on a change set other than the one it was cast on.
        String current = after.path("changeSetHash").asText();
        for (JsonNode vote : after.path("votes")) {
            assertThat(vote.path("lapsed").asBoolean()).isEqualTo(!vote.path("changeSetHash").asText().equals(current));
        }
        assertThat(after.path("decision").path("approvals").asInt())
                .isEqualTo((int) countCurrent(after, current));
    }

    private static long countCurrent(JsonNode request, String hash) {
        long n = 0;
        for (JsonNode vote : request.path("votes")) {
            if (vote.path("changeSetHash").asText().equals(hash) && "approve".equals(vote.path("choice").asText())) {
                n++;
            }
        }
        return n;
    }

    @Test
    void aTokenOfTheConfiguredProviderActsWithTheRolesItsClaimsGive() {
        String expert = "Bearer " + TestTokens.token("oidc-expert", "Jo Expert (OIDC)",
                List.of("gt-medico-social:expert", "gt-inexistant:chair"));
        JsonNode me = api.get("/api/me", expert).json();
        assertThat(me.path("id").asText()).isEqualTo("oidc-expert");
        assertThat(me.path("name").asText()).isEqualTo("Jo Expert (OIDC)");
        assertThat(me.path("roles").toString()).isEqualTo("{\"gt-medico-social\":[\"expert\"]}");

        String id = inReview(request("Jeton OIDC", display("TRE_R239-PublicPrisEnCharge", "02", "Adultes")));
        Answer voted = vote(id, expert, "approve", null);
        assertThat(voted.status()).as(voted.text()).isEqualTo(200);
        assertThat(audit(id).get(audit(id).size() - 1).path("actor").asText()).isEqualTo("oidc-expert");

        String forged = expert.substring(0, expert.length() - 4) + "AAAA";
        assertThat(api.get("/api/me", forged).status()).isEqualTo(401);
        String noRole = "Bearer " + TestTokens.token("oidc-reader", "Lecteur", List.of());
        assertThat(api.post("/fhir/CodeSystem", noRole, "{}").status()).isEqualTo(403);
        assertThat(api.post("/fhir/CodeSystem", forged, "{}").status()).isEqualTo(401);
        // The loaders' endpoints take the same tokens.
        assertThat(api.post("/api/imports", noRole, "{}").status()).isEqualTo(403);
        assertThat(api.post("/api/imports", forged, "{}").status()).isEqualTo(401);
    }

    private static List<Answer> runTogether(List<Callable<Answer>> writers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Answer>> futures = new ArrayList<>();
            for (Callable<Answer> writer : writers) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return writer.call();
                }));
            }
            start.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> f : futures) {
                answers.add(f.get(120, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
