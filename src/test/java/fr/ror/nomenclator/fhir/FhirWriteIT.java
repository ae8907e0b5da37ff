package fr.ror.nomenclator.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.terminology.InvalidContentException;
import fr.ror.nomenclator.terminology.UnknownResourceException;
import fr.ror.nomenclator.terminology.VersionConflictException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.OperationOutcome.OperationOutcomeIssueComponent;
import org.junit.jupiter.api.Test;

class FhirWriteIT extends FhirServerTestBase {

    static final String JSON = "application/fhir+json";
    static final String DRAFT_ID = "TRE-R211-ActiviteOperationnelle-20990101000000";

    @Test
    void adminCreatesANewVersionAndAnIdenticalPostChangesNothing() {
        String draft = draftOfR211("draft");

        HttpResponse<String> created = http.send("POST", "/fhir/CodeSystem", draft, JSON, ADMIN);
        HttpResponse<String> again = http.send("POST", "/fhir/CodeSystem", draft, JSON, ADMIN);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location").orElse("")).contains("/fhir/CodeSystem/" + DRAFT_ID);
        assertThat(importResult(created)).isEqualTo("CREATED");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(importResult(again)).isEqualTo("UNCHANGED");
        assertThat(http.send("GET", "/fhir/CodeSystem/" + DRAFT_ID, null, null, EDITOR).statusCode()).isEqualTo(200);
    }

    @Test
    void anonymousUsersReadPublishedVersionsOnlyAndDraftsNeedAnAccount() {
        http.send("POST", "/fhir/CodeSystem", draftOfR211("draft"), JSON, ADMIN);

        HttpResponse<String> anonymousRead = http.get("/fhir/CodeSystem/" + DRAFT_ID);
        HttpResponse<String> anonymousSearch = http.get("/fhir/CodeSystem?url=" + R211_NEW_URL + "&_elements=version");
        HttpResponse<String> signedInSearch = http.send("GET", "/fhir/CodeSystem?url=" + R211_NEW_URL
                + "&status=draft&_elements=version", null, null, READER);

        assertThat(anonymousRead.statusCode()).isEqualTo(401);
        assertThat(issue(anonymousRead).getDiagnostics()).contains("is a draft");
        assertThat(anonymousSearch.body()).doesNotContain("20990101000000");
        assertThat(signedInSearch.body()).contains("20990101000000");
    }

    @Test
    void preferRepresentationAnswersTheStoredResource() {
        HttpResponse<String> created = http.send("POST", "/fhir/CodeSystem", draftOfR211("draft"), JSON, ADMIN,
                "Prefer", "return=representation");

        CodeSystem codeSystem = FhirHttp.parse(CodeSystem.class, created);
        assertThat(codeSystem.getIdElement().getIdPart()).isEqualTo(DRAFT_ID);
        assertThat(codeSystem.getConcept()).hasSize(533);
    }

    @Test
    void editorReplacesADraftWithPutOnItsId() {
        http.send("POST", "/fhir/CodeSystem", draftOfR211("draft"), JSON, EDITOR);

        HttpResponse<String> replaced = http.send("PUT", "/fhir/CodeSystem/" + DRAFT_ID,
                withId(draftOfR211("draft"), DRAFT_ID).replace("\"Agence du Num", "\"L'Agence du Num"), JSON, EDITOR);

        assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
        assertThat(importResult(replaced)).isEqualTo("REPLACED");
    }

    @Test
    void putOnAnotherVersionsIdIsRefusedBecauseTheServerAssignsIds() {
        http.send("POST", "/fhir/CodeSystem", draftOfR211("draft"), JSON, ADMIN);
        int imports = store.importCalls();

        HttpResponse<String> wrongId = http.send("PUT", "/fhir/CodeSystem/" + R211_2023_ID,
                withId(draftOfR211("draft"), R211_2023_ID), JSON, ADMIN);
        HttpResponse<String> unknownId = http.send("PUT", "/fhir/CodeSystem/my-own-id",
                withId(draftOfR211("draft"), "my-own-id"), JSON, ADMIN);

        assertThat(wrongId.statusCode()).isEqualTo(400);
        assertThat(issue(wrongId).getDiagnostics()).contains("served as CodeSystem/" + DRAFT_ID)
                .contains("assigns ids from url and version");
        assertThat(unknownId.statusCode()).isEqualTo(400);
        assertThat(issue(unknownId).getDiagnostics()).contains("POST /CodeSystem");
        assertThat(store.importCalls()).isEqualTo(imports);
    }

    @Test
    void anonymousWriteIsUnauthorizedWithAnOutcome() {
        HttpResponse<String> response = http.send("POST", "/fhir/CodeSystem", draftOfR211("draft"), JSON, null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Basic");
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/fhir+json");
        assertThat(issue(response).getCode()).isEqualTo(IssueType.LOGIN);
        assertThat(store.importCalls()).isZero();
    }

    @Test
    void wrongPasswordIsUnauthorized() {
        HttpResponse<String> response = http.send("POST", "/fhir/CodeSystem", draftOfR211("draft"), JSON,
                "nos-admin:guess");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(issue(response).getSeverity()).isEqualTo(IssueSeverity.ERROR);
    }

    @Test
    void userWithoutAnEditorRoleIsForbiddenWithAnOutcome() {
        HttpResponse<String> response = http.send("POST", "/fhir/CodeSystem", draftOfR211("draft"), JSON, READER);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(issue(response).getCode()).isEqualTo(IssueType.FORBIDDEN);
        assertThat(store.importCalls()).isZero();
    }

    @Test
    void readsStayOpenToAnonymousUsersAndToTheReader() {
        assertThat(http.get("/fhir/CodeSystem/" + R211_2023_ID).statusCode()).isEqualTo(200);
        assertThat(http.send("GET", "/fhir/metadata", null, null, READER).statusCode()).isEqualTo(200);
        assertThat(http.send("POST", "/fhir/CodeSystem/_search", "_id=" + R211_2021_ID,
                "application/x-www-form-urlencoded", null).statusCode()).isEqualTo(200);
        assertThat(http.get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(http.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(http.get("/actuator/beans").statusCode()).as("everything else stays closed").isEqualTo(401);
    }

    @Test
    void deleteIsNotAllowed() {
        HttpResponse<String> response = http.send("DELETE", "/fhir/CodeSystem/" + R211_2023_ID, null, null, ADMIN);

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(issue(response).getCode()).isEqualTo(IssueType.NOTSUPPORTED);
        assertThat(http.get("/fhir/CodeSystem/" + R211_2023_ID).statusCode()).isEqualTo(200);
    }

    @Test
    void aPatientPostedAsCodeSystemIsABadRequest() {
        String patient = "{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"Martin\"}]}";

        HttpResponse<String> response = http.send("POST", "/fhir/CodeSystem", patient, JSON, ADMIN);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(issue(response).getDiagnostics()).contains("Patient");
        assertThat(store.importCalls()).isZero();
    }

    @Test
    void malformedJsonIsABadRequestNamingTheProblem() {
        HttpResponse<String> response = http.send("POST", "/fhir/CodeSystem",
                "{\"resourceType\":\"CodeSystem\",\"url\":", JSON, ADMIN);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(issue(response).getSeverity()).isEqualTo(IssueSeverity.ERROR);
        assertThat(issue(response).getDiagnostics()).containsIgnoringCase("pars");
    }

    @Test
    void xmlWithADoctypeIsRefusedBeforeParsing() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE CodeSystem [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + "<CodeSystem xmlns=\"http://hl7.org/fhir\"><url value=\"https://example.org/cs\"/>"
                + "<version value=\"1\"/><name value=\"&xxe;\"/><status value=\"draft\"/>"
                + "<content value=\"complete\"/></CodeSystem>";

        HttpResponse<String> response = http.send("POST", "/fhir/CodeSystem", xml, "application/fhir+xml", ADMIN);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(issue(response).getDiagnostics()).contains("DOCTYPE");
        assertThat(store.importCalls()).isZero();
    }

    @Test
    void plainXmlIsAccepted() {
        String xml = "<CodeSystem xmlns=\"http://hl7.org/fhir\"><url value=\"https://example.org/cs\"/>"
                + "<version value=\"1\"/><name value=\"Example\"/><status value=\"draft\"/>"
                + "<content value=\"complete\"/></CodeSystem>";

        HttpResponse<String> response = http.send("POST", "/fhir/CodeSystem", xml, "application/fhir+xml", ADMIN);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    @Test
    void bodyOverTheLimitIsRefusedWith413WhetherDeclaredOrChunked() {
        String big = draftOfR211("draft").replace("\"concept\":[", "\"concept\":[" + padding(450_000));

        HttpResponse<String> declared = http.send("POST", "/fhir/CodeSystem", big, JSON, ADMIN);
        HttpResponse<String> chunked = http.sendChunked("POST", "/fhir/CodeSystem",
                big.getBytes(StandardCharsets.UTF_8), JSON, ADMIN);

        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(issue(declared).getCode()).isEqualTo(IssueType.TOOLONG);
        assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(413);
        assertThat(issue(chunked).getDiagnostics()).contains("max-request-bytes");
        assertThat(store.importCalls()).isZero();
    }

    @Test
    void terminologyErrorsBecomeTheirStatusWithTheirStableCode() {
        assertMapped(new InvalidContentException("TE101", "duplicate code 042"), 422, IssueType.INVALID, "TE101");
        assertMapped(new VersionConflictException("TE201", "published with other content"), 409, IssueType.CONFLICT,
                "TE201");
        assertMapped(new UnknownResourceException("TE401", "no such system"), 404, IssueType.NOTFOUND, "TE401");
    }

    @Test
    void loadingAPublishedVersionAgainWithOtherContentIsAConflict() {
        String changed = InMemoryTerminology.fixture(R211_2023).put("publisher", "Quelqu'un d'autre").toString();

        HttpResponse<String> response = http.send("POST", "/fhir/CodeSystem", changed, JSON, ADMIN);

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(issue(response).getDetails().getCodingFirstRep().getCode()).isEqualTo("TE201");
    }

    private void assertMapped(RuntimeException failure, int status, IssueType type, String code) {
        store.failNextImport((fr.ror.nomenclator.terminology.TerminologyException) failure);

        HttpResponse<String> response = http.send("POST", "/fhir/CodeSystem", draftOfR211("draft"), JSON, ADMIN);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        OperationOutcomeIssueComponent issue = issue(response);
        assertThat(issue.getSeverity()).isEqualTo(IssueSeverity.ERROR);
        assertThat(issue.getCode()).isEqualTo(type);
        assertThat(issue.getDiagnostics()).isEqualTo(failure.getMessage());
        Coding coding = issue.getDetails().getCodingFirstRep();
        assertThat(coding.getSystem()).isEqualTo(OperationOutcomes.ERROR_CODE_SYSTEM);
        assertThat(coding.getCode()).isEqualTo(code);
    }

    /** The 2023 TRE_R211 as a new version 20990101000000 with the given status. */
    private static String draftOfR211(String status) {
        ObjectNode json = InMemoryTerminology.fixture(R211_2023);
        json.put("version", "20990101000000").put("status", status);
        return json.toString();
    }

    private static String withId(String json, String id) {
        return json.replaceFirst("\"id\":\"[^\"]*\"", "\"id\":\"" + id + "\"");
    }

    private static String padding(int bytes) {
        return "{\"code\":\"pad\",\"display\":\"" + "x".repeat(bytes) + "\"},";
    }

    private static String importResult(HttpResponse<String> response) {
        OperationOutcomeIssueComponent issue = issue(response);
        assertThat(issue.getSeverity()).isEqualTo(IssueSeverity.INFORMATION);
        assertThat(issue.getDetails().getCodingFirstRep().getSystem()).isEqualTo(OperationOutcomes.IMPORT_RESULT_SYSTEM);
        return issue.getDetails().getCodingFirstRep().getCode();
    }

    private static OperationOutcomeIssueComponent issue(HttpResponse<String> response) {
        return FhirHttp.parse(OperationOutcome.class, response).getIssueFirstRep();
    }
}
