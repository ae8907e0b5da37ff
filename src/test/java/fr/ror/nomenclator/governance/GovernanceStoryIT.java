package fr.ror.nomenclator.governance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.support.ApiClient.Answer;
import fr.ror.nomenclator.terminology.ConceptKey;
import fr.ror.nomenclator.terminology.ConceptLineage;
import fr.ror.nomenclator.terminology.LineageLink;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The story on the shipped content, over HTTP as the people involved would call the API:
 * a GT médico-social member proposes to retire R211 code 392 ("Hébergement temporaire
 * d'urgence", listed by JDV_J17 and mapped to by ASS_A14) in favour of 511, and to map SERAFIN
 * service 059 to 511 in ASS_A14.
 */
class GovernanceStoryIT extends GovernanceServerIT {

    @Autowired
    ConceptLineage lineage;

    @Test
    void aRetirementWithReplacementAndASerafinMappingGoFromProposalToTheDrafts() {
        // A member proposes.
        Answer created = create(MEMBER, request("Retrait de l'hébergement temporaire d'urgence",
                retire("392", "Fusionné dans l'accueil et hébergement spécialisé", "511"),
                object().put("kind", "add-mapping").put("conceptMap", A14).put("sourceCode", "059")
                        .put("targetCode", "511").put("equivalence", "relatedto")));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.json().path("id").asText();
        assertThat(created.json().path("status").asText()).isEqualTo("draft");

        // The impact, from the graph, lists J17 and A14 and both working groups.
        JsonNode impact = created.json().path("impact");
        assertThat(impact.path("valueSets").findValuesAsText("nomenclature")).contains(J17);
        assertThat(impact.path("conceptMaps").findValuesAsText("nomenclature")).contains(A14);
        assertThat(impact.path("conceptMaps").get(0).path("how").toString()).contains("map-target");
        assertThat(impact.path("otherNomenclatures").findValuesAsText("nomenclature"))
                .contains("TRE_R265-PrestationPilotageSerafin");
        assertThat(impact.path("workingGroups").toString()).contains("gt-mco", "gt-medico-social");

        assertThat(act(id, "submit", MEMBER, null).json().path("status").asText()).isEqualTo("submitted");
        assertThat(act(id, "start-review", CHAIR, null).json().path("status").asText()).isEqualTo("in-review");

        // The proposer's own approval is refused.
        Answer own = vote(id, MEMBER, "approve", null);
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.code()).isEqualTo("GV303");
        assertThat(own.detail()).contains("cannot approve their own request");

        // Two experts approve: one of each impacted group.
        String hash = read(id).json().path("changeSetHash").asText();
        assertThat(vote(id, MS_EXPERT, "approve", hash).status()).isEqualTo(200);
        Answer twoVotes = vote(id, MCO_EXPERT, "approve", hash);
        assertThat(twoVotes.json().path("decision").path("approvals").asInt()).isEqualTo(2);
        assertThat(twoVotes.json().path("decision").path("blockers")).isEmpty();

        // An edit after the approvals resets them.
        ObjectNode edit = object().put("reason", "Motif précisé après avis de la CNSA");
        edit.set("operations", request("",
                        retire("392", "Fusionné dans l'accueil et hébergement spécialisé (avis CNSA)", "511"),
                        object().put("kind", "add-mapping").put("conceptMap", A14).put("sourceCode", "059")
                                .put("targetCode", "511").put("equivalence", "relatedto")).path("operations"));
        Answer edited = api.put("/api/change-requests/" + id, MEMBER, edit);
        assertThat(edited.status()).as(edited.text()).isEqualTo(200);
        String newHash = edited.json().path("changeSetHash").asText();
        assertThat(newHash).isNotEqualTo(hash);
        assertThat(edited.json().path("decision").path("approvals").asInt()).isZero();
        assertThat(edited.json().path("votes").findValuesAsText("lapsed")).containsOnly("true");
        Answer tooEarly = act(id, "approve", CHAIR, null);
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.code()).isEqualTo("GV205");
        assertThat(tooEarly.detail()).contains("quorum not reached");

        // The experts approve the new change set; the chair closes.
        vote(id, MS_EXPERT, "approve", newHash);
        vote(id, MCO_EXPERT, "approve", newHash);
        Answer approved = act(id, "approve", CHAIR, reason("Consensus du GT et du GT MCO"));
        assertThat(approved.status()).as(approved.text()).isEqualTo(200);
        assertThat(approved.json().path("status").asText()).isEqualTo("approved");
        List<String> drafts = new ArrayList<>();
        approved.json().path("drafts").forEach(d -> drafts.add(d.asText()));
        assertThat(drafts).anyMatch(d -> d.startsWith("CodeSystem/TRE-R211-ActiviteOperationnelle-"))
                .anyMatch(d -> d.startsWith("ConceptMap/ASS-A14-FamilleActivite-ActiviteOperationnelle-"));

        // The draft versions show the change over FHIR, with status=draft; the published one is still served.
        JsonNode r211Drafts = api.get("/fhir/CodeSystem?url=" + q(R211_URL) + "&status=draft", MEMBER).json();
        assertThat(r211Drafts.path("total").asInt()).isEqualTo(1);
        assertThat(api.get("/fhir/CodeSystem?url=" + q(R211_URL) + "&status=draft", null).json().path("total").asInt())
                .as("anonymous users read published content only").isZero();
        JsonNode draft = r211Drafts.path("entry").get(0).path("resource");
        String draftVersion = draft.path("version").asText();
        assertThat(draftVersion).matches("\\d{14}").isGreaterThan("20230802150000");
        JsonNode retired = concept(draft, "392");
        assertThat(properties(retired)).contains("dateFin").contains("replacedBy=511");
        JsonNode served = api.get("/fhir/CodeSystem/$validate-code?url=" + q(R211_URL) + "&code=392", null).json();
        assertThat(parameter(served, "result")).isEqualTo("true");
        assertThat(parameter(served, "version")).isEqualTo("20230802150000");
        JsonNode inDraft = api.get("/fhir/CodeSystem/$validate-code?url=" + q(R211_URL) + "&version="
                + draftVersion + "&code=392", MEMBER).json();
        assertThat(parameter(inDraft, "result")).isEqualTo("false");
        assertThat(parameter(inDraft, "message")).contains("511");
        // Named by its version, the draft is still not for anonymous users, in operations as in reads.
        JsonNode anonymous = api.get("/fhir/CodeSystem/$validate-code?url=" + q(R211_URL) + "&version="
                + draftVersion + "&code=392", null).json();
        assertThat(parameter(anonymous, "result")).isEqualTo("false");
        assertThat(parameter(anonymous, "message")).contains(draftVersion).contains("could not be found")
                .doesNotContain("511");
        Answer anonymousLookup = api.get("/fhir/CodeSystem/$lookup?system=" + q(R211_URL) + "&version=" + draftVersion
                + "&code=392", null);
        assertThat(anonymousLookup.status()).isEqualTo(404);
        assertThat(api.get("/fhir/CodeSystem/$lookup?system=" + q(R211_URL) + "&version=" + draftVersion
                + "&code=392", MEMBER).status()).isEqualTo(200);
        JsonNode a14Draft = api.get("/fhir/ConceptMap?url=" + q(A14_URL) + "&status=draft", MEMBER).json()
                .path("entry").get(0).path("resource");
        assertThat(a14Draft.path("group").get(0).path("element").toString()).contains("\"code\":\"059\"")
                .contains("\"code\":\"511\"");

        // Lineage: 392 is replaced by 511, in the draft version, for the reason given, by this request.
        List<LineageLink> links = lineage.from(new ConceptKey(R211, "392"));
        assertThat(links).anySatisfy(link -> {
            assertThat(link.kind()).isEqualTo(LineageLink.Kind.REPLACED_BY);
            assertThat(link.to().code()).isEqualTo("511");
            assertThat(link.version()).isEqualTo(draftVersion);
            assertThat(link.reason()).contains("avis CNSA");
            assertThat(link.changeRequest()).isEqualTo(id);
        });

        // The publisher schedules it in a release; it is published with that release, not on its own
        // (ReleasesIT publishes releases, on a store of its own).
        assertThat(act(id, "schedule", PUBLISHER, object().put("release", "2027-01")).json().path("status").asText())
                .isEqualTo("scheduled");
        Answer alone = act(id, "publish", PUBLISHER, null);
        assertThat(alone.status()).isEqualTo(409);
        assertThat(alone.code()).isEqualTo("GV208");
        assertThat(alone.detail()).contains("/api/releases/{release}/publish");

        // The audit tells who did what, when, old → new, and why.
        JsonNode audit = audit(id);
        assertThat(audit.findValuesAsText("action")).containsExactly("created", "submit", "start-review", "voted",
                "voted", "edited", "voted", "voted", "approve", "applied-to-drafts", "schedule");
        JsonNode editEntry = audit.get(5);
        assertThat(editEntry.path("actor").asText()).isEqualTo("ms-member");
        assertThat(editEntry.path("reason").asText()).isEqualTo("Motif précisé après avis de la CNSA");
        assertThat(editEntry.path("changes").toString()).contains("changeSetHash").contains(hash).contains(newHash)
                .contains("lapsed");
        JsonNode approval = audit.get(8);
        assertThat(approval.path("actor").asText()).isEqualTo("ms-chair");
        assertThat(approval.path("fromStatus").asText()).isEqualTo("in-review");
        assertThat(approval.path("toStatus").asText()).isEqualTo("approved");
        assertThat(approval.path("reason").asText()).isEqualTo("Consensus du GT et du GT MCO");
        assertThat(audit.get(9).path("targets").toString()).contains("CodeSystem/TRE-R211-ActiviteOperationnelle-");

        // The same trail as FHIR Provenance, for authenticated readers only.
        Answer provenance = api.get("/fhir/Provenance?target=ChangeRequest/" + id, ADMIN);
        assertThat(provenance.status()).as(provenance.text()).isEqualTo(200);
        assertThat(provenance.json().path("entry")).hasSize(audit.size());
        JsonNode first = provenance.json().path("entry").get(8).path("resource");
        assertThat(first.path("agent").get(0).path("who").path("identifier").path("value").asText()).isEqualTo("ms-chair");
        assertThat(first.path("reason").get(0).path("text").asText()).isEqualTo("Consensus du GT et du GT MCO");
        assertThat(api.get("/fhir/Provenance?target=" + drafts.get(0), ADMIN).json().path("entry")).hasSize(1);
        assertThat(api.get("/fhir/Provenance?target=ChangeRequest/" + id, null).status()).isEqualTo(401);
    }

    static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static JsonNode concept(JsonNode codeSystem, String code) {
        for (JsonNode c : codeSystem.path("concept")) {
            if (code.equals(c.path("code").asText())) {
                return c;
            }
        }
        throw new AssertionError("no concept " + code);
    }

    static List<String> properties(JsonNode concept) {
        List<String> out = new ArrayList<>();
        concept.path("property").forEach(p -> out.add(p.path("code").asText()
                + (p.has("valueCode") ? "=" + p.path("valueCode").asText() : "")));
        return out;
    }

    static String parameter(JsonNode parameters, String name) {
        for (JsonNode p : parameters.path("parameter")) {
            if (name.equals(p.path("name").asText())) {
                return p.has("valueBoolean") ? p.path("valueBoolean").asText() : p.path("valueString").asText(
                        p.path("valueCode").asText(null));
            }
        }
        return null;
    }
}
