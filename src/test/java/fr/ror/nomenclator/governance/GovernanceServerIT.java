package fr.ror.nomenclator.governance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.ServerIT;
import fr.ror.nomenclator.support.ApiClient;
import fr.ror.nomenclator.support.ApiClient.Answer;
import fr.ror.nomenclator.support.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.context.annotation.Import;

/**
 * Base of the governance end-to-end tests: the whole application on the shipped content, in a
 * context (and store) of its own, because approved changes add draft versions that the content
 * tests do not expect. Tokens signed by {@link TestTokens} are accepted besides the demo accounts.
 */
@Import(TestTokens.Config.class)
abstract class GovernanceServerIT extends ServerIT {

    static final String PASSWORD = ":nomenclator-demo";
    static final String MEMBER = "ms-member" + PASSWORD;
    static final String MS_EXPERT = "ms-expert" + PASSWORD;
    static final String MCO_EXPERT = "mco-expert" + PASSWORD;
    static final String CHAIR = "ms-chair" + PASSWORD;
    static final String MCO_CHAIR = "mco-chair" + PASSWORD;
    static final String PUBLISHER = "nos-publisher" + PASSWORD;
    static final String ADMIN = "nos-admin" + PASSWORD;

    static final String R211 = "TRE_R211-ActiviteOperationnelle";
    static final String R211_URL = "https://mos.esante.gouv.fr/NOS/TRE_R211-ActiviteOperationnelle/FHIR/TRE-R211-ActiviteOperationnelle";
    static final String J17 = "JDV_J17-ActiviteOperationnelle-ROR";
    static final String A14 = "ASS_A14-FamilleActivite-ActiviteOperationnelle";
    static final String A14_URL = "https://mos.esante.gouv.fr/NOS/ASS_A14-FamilleActivite-ActiviteOperationnelle/FHIR/ASS-A14-FamilleActivite-ActiviteOperationnelle";

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    static ObjectNode object() {
        return ApiClient.JSON.createObjectNode();
    }

    static ObjectNode request(String title, ObjectNode... operations) {
        ObjectNode body = object().put("title", title).put("workingGroup", "gt-medico-social")
                .put("rationale", "Demande du GT médico-social")
                .put("legalBasis", "Instruction DGOS/PF5/2023")
                .put("requestingOrganisation", "ARS Bretagne")
                .put("targetRelease", "2027-01");
        ArrayNode ops = body.putArray("operations");
        for (ObjectNode op : operations) {
            ops.add(op);
        }
        return body;
    }

    static ObjectNode retire(String code, String reason, String... replacements) {
        ObjectNode op = object().put("kind", "retire").put("system", R211).put("code", code).put("reason", reason);
        ArrayNode list = op.putArray("replacements");
        for (String r : replacements) {
            list.add(r);
        }
        return op;
    }

    static ObjectNode reason(String text) {
        return object().put("reason", text);
    }

    Answer create(String user, ObjectNode body) {
        return api.post("/api/change-requests", user, body);
    }

    Answer read(String id) {
        return api.get("/api/change-requests/" + id, ADMIN);
    }

    Answer act(String id, String action, String user, ObjectNode body) {
        return api.post("/api/change-requests/" + id + "/" + action, user, body);
    }

    Answer vote(String id, String user, String choice, String hash) {
        ObjectNode body = object().put("choice", choice).put("comment", "vote " + choice);
        if (hash != null) {
            body.put("changeSetHash", hash);
        }
        return api.post("/api/change-requests/" + id + "/votes", user, body);
    }

    JsonNode audit(String id) {
        return api.get("/api/change-requests/" + id + "/audit", ADMIN).json();
    }

    /** A request submitted and in review, ready for votes. */
    String inReview(ObjectNode body) {
        String id = create(MEMBER, body).json().path("id").asText();
        act(id, "submit", MEMBER, null);
        Answer review = act(id, "start-review", CHAIR, null);
        if (review.status() != 200) {
            throw new IllegalStateException(review.text());
        }
        return id;
    }
}
