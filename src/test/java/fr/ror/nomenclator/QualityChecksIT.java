package fr.ror.nomenclator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.support.ApiClient;
import fr.ror.nomenclator.support.ApiClient.Answer;
import fr.ror.nomenclator.terminology.GraphStatistics;
import fr.ror.nomenclator.terminology.VersionCatalog;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The quality loop over REST on the shipped content ({@code terminology/} loaded at start), judged
 * on a fixed date so the figures hold: the real defects of the NOS files, found by name. A context
 * of its own (snapshot warm-up off, which the checks do not use), so that no other test's content
 * is in force. The same figures are in docs/quality-checks.md.
 */
@TestPropertySource(properties = "nomenclator.terminology.serving.warm-up=false")
class QualityChecksIT extends ServerIT {

    static final String ON = "date=2026-12-01";
    static final String MEMBER = "ms-member:nomenclator-demo";
    static final Path TRE = Path.of("terminology/CodeSystem");
    static final String R211 = "https://mos.esante.gouv.fr/NOS/TRE_R211-ActiviteOperationnelle/FHIR/TRE-R211-ActiviteOperationnelle";
    static final String A14 = "https://mos.esante.gouv.fr/NOS/ASS_A14-FamilleActivite-ActiviteOperationnelle/FHIR/ASS-A14-FamilleActivite-ActiviteOperationnelle";
    static final String J237 = "https://mos.esante.gouv.fr/NOS/JDV_J237-RegionOM-ROR.tabs/FHIR/JDV-J237-RegionOM-ROR";

    ApiClient api;
    @Autowired
    VersionCatalog catalog;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    Answer inForce(String query) {
        Answer answer = api.get("/api/quality?" + ON + (query.isEmpty() ? "" : "&" + query), null);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer;
    }

    static List<JsonNode> findings(Answer answer, String rule) {
        return StreamSupport.stream(answer.json().path("findings").spliterator(), false)
                .filter(f -> f.path("rule").asText().equals(rule)).toList();
    }

    static List<String> codes(List<JsonNode> findings) {
        return findings.stream().map(f -> f.path("code").asText()).toList();
    }

    static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void theShippedContentHasTheDefectsTheNosFilesReallyHaveRuleByRule() {
        Answer report = inForce("");
        Map<String, Integer> byRule = new LinkedHashMap<>();
        report.json().path("byRule").fields().forEachRemaining(e -> byRule.put(e.getKey(), e.getValue().asInt()));

        assertThat(byRule).containsExactlyEntriesOf(expected(
                "code-system-duplicate-display", 8,
                "retired-code-without-replacement", 17,
                "value-set-reference-unknown", 1,
                "value-set-member-missing", 97,
                "value-set-member-retired", 210,
                "value-set-member-display-mismatch", 132,
                "value-set-include-pinned", 1,
                "concept-map-target-missing", 2,
                "concept-map-target-retired", 2,
                "retired-system-referenced", 1,
                "reference-url-not-canonical", 2,
                "url-suspicious", 1,
                "url-style-changed", 37));
        assertThat(report.json().path("counts").path("error").asInt()).isEqualTo(330);
        assertThat(report.json().path("counts").path("warning").asInt()).isEqualTo(180);
        assertThat(report.json().path("counts").path("information").asInt()).isEqualTo(1);
        assertThat(report.json().path("blocksPublication").asBoolean()).isTrue();
        assertThat(report.json().path("rules")).hasSize(22);
        assertThat(report.json().path("versionIds").size()).isEqualTo(102);
    }

    @Test
    void j237sUrlWithTabsInItIsTheOneSuspiciousUrlAndAnError() {
        List<JsonNode> suspicious = findings(inForce("rule=url-suspicious"), "url-suspicious");
        assertThat(suspicious).singleElement().satisfies(f -> {
            assertThat(f.path("url").asText()).isEqualTo(J237);
            assertThat(f.path("resource").asText()).isEqualTo(J237 + "|20230703120000");
            assertThat(f.path("severity").asText()).isEqualTo("error");
            assertThat(f.path("title").asText()).isNotBlank();
            assertThat(f.path("message").asText()).contains("(.tabs)");
        });
    }

    @Test
    void j17Has95MembersThe2023R211DoesNotHave() {
        Answer j17 = inForce("url=" + q("JDV_J17-ActiviteOperationnelle-ROR") + "&rule=value-set-member-missing");
        List<JsonNode> missing = findings(j17, "value-set-member-missing");
        assertThat(missing).hasSize(95);
        assertThat(codes(missing)).contains("535", "536", "548");
        assertThat(missing.get(0).path("message").asText()).contains("TRE_R211-ActiviteOperationnelle|20230802150000");
    }

    @Test
    void a14MapsToTwoR211CodesRetiredIn2019And2020AndTwoItDoesNotHave() {
        Answer a14 = inForce("url=" + q(A14));
        assertThat(findings(a14, "concept-map-target-retired")).extracting(f -> f.path("message").asText())
                .satisfiesExactly(
                        m -> assertThat(m).contains("407 (depuis 005)", "2020-01-31"),
                        m -> assertThat(m).contains("321 (depuis 053)", "2019-07-05"));
        assertThat(codes(findings(a14, "concept-map-target-missing"))).containsExactly("026", "037");
        assertThat(findings(a14, "reference-url-not-canonical")).hasSize(1);
        assertThat(a14.json().path("findings")).hasSize(5);
    }

    @Test
    void j51IncludesTheWholeOfR265PinnedToItsCurrentVersionAsInformation() {
        List<JsonNode> pinned = findings(inForce("severity=information"), "value-set-include-pinned");
        assertThat(pinned).singleElement().satisfies(f -> {
            assertThat(f.path("url").asText()).contains("JDV_J51-FamilleActiviteOperationnelle-ROR");
            assertThat(f.path("message").asText()).contains("TRE_R265-PrestationPilotageSerafin", "20200424120000");
        });
    }

    @Test
    void theGtsRetirementsWithoutReplacementAreErrorsUnderEitherUrlOfR211() {
        for (String url : List.of(R211, "https://mos.esante.gouv.fr/NOS/TRE_R211-ActiviteOperationnelle")) {
            List<JsonNode> retired = findings(inForce("url=" + q(url) + "&rule=retired-code-without-replacement"),
                    "retired-code-without-replacement");
            assertThat(codes(retired)).containsExactly("456", "458", "459", "460", "461", "462", "463", "464");
        }
        Answer all = inForce("rule=retired-code-without-replacement");
        assertThat(all.json().path("findings")).allSatisfy(f ->
                assertThat(f.path("url").asText()).containsAnyOf("TRE_R210", "TRE_R211", "TRE_R212"));
    }

    @Test
    void badFiltersAreProblemsNamingWhatIsAllowed() {
        Answer rule = api.get("/api/quality?rule=no-such-rule", null);
        assertThat(rule.status()).isEqualTo(400);
        assertThat(rule.contentType()).startsWith("application/problem+json");
        assertThat(rule.code()).isEqualTo("LD190");
        assertThat(rule.detail()).contains("'no-such-rule' is not a quality rule", "value-set-member-missing");
        Answer severity = api.get("/api/quality?severity=fatal", null);
        assertThat(severity.status()).isEqualTo(400);
        assertThat(severity.detail()).contains("error, warning, information");
        assertThat(api.get("/api/quality?date=01/12/2026", null).status()).isEqualTo(400);
    }

    /** A new R211 version retiring 392 (owned by GT MCO, which requires a replacement), checked, not stored. */
    @Test
    void postedContentIsCheckedAsACandidateAndNeverStored() throws IOException {
        GraphStatistics before = catalog.statistics();
        int r211Versions = catalog.versionsOf(fr.ror.nomenclator.terminology.ResourceKind.CODE_SYSTEM, R211).size();
        ObjectNode r211 = (ObjectNode) ApiClient.JSON.readTree(Files.readString(TRE.resolve("TRE_R211_ActiviteOperationnelle.json")));
        r211.put("version", "20270101120000");
        retire(r211, "392");

        Answer answer = api.post("/api/quality?" + ON, MEMBER, r211.toString());

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        List<JsonNode> retired = findings(answer, "retired-code-without-replacement");
        assertThat(codes(retired)).containsExactly("392");
        assertThat(retired.get(0).path("versionId").isNull()).isTrue();
        assertThat(retired.get(0).path("resource").asText()).isEqualTo(R211 + "|20270101120000");
        // J17 in force lists 392: publishing this version would retire one of its members.
        assertThat(findings(answer, "value-set-member-retired")).anySatisfy(f -> {
            assertThat(f.path("url").asText()).contains("JDV_J17-ActiviteOperationnelle-ROR");
            assertThat(f.path("code").asText()).isEqualTo("392");
        });
        assertThat(answer.json().path("blocksPublication").asBoolean()).isTrue();
        assertThat(catalog.versionsOf(fr.ror.nomenclator.terminology.ResourceKind.CODE_SYSTEM, R211)).hasSize(r211Versions);
        assertThat(catalog.statistics()).isEqualTo(before);
    }

    @Test
    void theNosTeamDoesNotRequireAReplacementSoItsRetirementsAreNoError() throws IOException {
        ObjectNode r343 = (ObjectNode) ApiClient.JSON.readTree(Files.readString(TRE.resolve("TRE_R343_FonctionLieu.json")));
        r343.put("version", "20270101120000");
        retire(r343, "001");

        Answer answer = api.post("/api/quality?" + ON, MEMBER, r343.toString());

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(findings(answer, "retired-code-without-replacement")).isEmpty();
    }

    @Test
    void aBundleWithDuplicateCodesTheStoreWouldRefuseGetsAReport() throws IOException {
        ObjectNode r343 = (ObjectNode) ApiClient.JSON.readTree(Files.readString(TRE.resolve("TRE_R343_FonctionLieu.json")));
        r343.put("version", "20270101120000");
        ArrayNode concepts = (ArrayNode) r343.path("concept");
        concepts.add(concepts.get(0).deepCopy());
        ObjectNode bundle = ApiClient.JSON.createObjectNode().put("resourceType", "Bundle").put("type", "collection");
        bundle.putArray("entry").addObject().set("resource", r343);

        Answer answer = api.post("/api/quality", MEMBER, bundle.toString());

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(codes(findings(answer, "code-system-duplicate-code"))).containsExactly("001");
        assertThat(catalog.versionsOf(fr.ror.nomenclator.terminology.ResourceKind.CODE_SYSTEM,
                r343.path("url").asText())).hasSize(1);
    }

    @Test
    void checkingContentNeedsASignedInPersonAndBadContentIsAProblem() {
        GraphStatistics before = catalog.statistics();
        Answer anonymous = api.post("/api/quality", null, "{\"resourceType\": \"CodeSystem\"}");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");

        Answer malformed = api.post("/api/quality", MEMBER, "{\"resourceType\": \"CodeSystem\", ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(malformed.code()).isEqualTo("LD101");
        assertThat(malformed.detail()).contains("malformed JSON");

        Answer patient = api.post("/api/quality", MEMBER, "{\"resourceType\": \"Patient\", \"id\": \"p1\"}");
        assertThat(patient.status()).isEqualTo(415);
        assertThat(patient.code()).isEqualTo("LD103");
        assertThat(patient.detail()).contains("expected CodeSystem, ValueSet, ConceptMap or Bundle, found Patient");

        Answer noUrl = api.post("/api/quality", MEMBER, "{\"resourceType\": \"ValueSet\", \"id\": \"x\", \"status\": \"draft\"}");
        assertThat(noUrl.status()).isEqualTo(422);
        assertThat(noUrl.code()).isEqualTo("TE102");
        assertThat(catalog.statistics()).isEqualTo(before);
    }

    @Test
    void bothCallsAreInTheOpenApiDescription() {
        JsonNode quality = api.get("/api/openapi.json", null).json().path("paths").path("/api/quality");
        assertThat(quality.path("get").path("tags").toString()).contains("Quality checks");
        assertThat(quality.path("post").path("summary").asText()).isEqualTo("Check FHIR content without storing it");
        assertThat(quality.path("get").path("parameters").findValuesAsText("name")).contains("url", "rule", "severity", "date");
        assertThat(quality.path("post").path("requestBody").path("content").has("application/fhir+xml")).isTrue();
    }

    /** A body announced over the limit is refused before it is read, over a socket that sends only its start. */
    @Test
    void aBodyOverTheLimitIsRefusedWith413() throws IOException {
        long size = 51L * 1024 * 1024;
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            String auth = java.util.Base64.getEncoder().encodeToString(MEMBER.getBytes(StandardCharsets.UTF_8));
            out.write(("POST /api/quality HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + auth
                    + "\r\nContent-Type: application/fhir+json\r\nContent-Length: " + size
                    + "\r\nConnection: close\r\n\r\n{\"resourceType\":\"CodeSystem\",").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String response = received(socket);
            assertThat(response).startsWith("HTTP/1.1 413");
            assertThat(response).contains("LD104", "max-resource-size");
        }
    }

    private static String received(Socket socket) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            try {
                int n = socket.getInputStream().read(buffer);
                if (n < 0) {
                    break;
                }
                bytes.write(buffer, 0, n);
                if (bytes.toString(StandardCharsets.UTF_8).contains("}")) {
                    break;
                }
            } catch (java.net.SocketTimeoutException | java.net.SocketException e) {
                break;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Gives a concept a dateFin, as a NOS export of its retirement does, and no replacement. */
    private static void retire(ObjectNode codeSystem, String code) {
        for (JsonNode concept : codeSystem.path("concept")) {
            if (concept.path("code").asText().equals(code)) {
                ((ArrayNode) concept.path("property")).addObject().put("code", "dateFin")
                        .put("valueDateTime", "2026-11-01T00:00:00+01:00");
                return;
            }
        }
        throw new IllegalArgumentException("no concept " + code);
    }

    private static Map<String, Integer> expected(Object... pairs) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return map;
    }
}
