package fr.ror.nomenclator.fhir;

import static fr.ror.nomenclator.fhir.CodeSystemOperationsIT.params;
import static fr.ror.nomenclator.fhir.CodeSystemOperationsIT.part;
import static fr.ror.nomenclator.fhir.CodeSystemOperationsIT.q;
import static fr.ror.nomenclator.fhir.CodeSystemOperationsIT.value;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ror.nomenclator.ServerIT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The terminology operations on the shipped ROR nomenclatures, over HTTP as editors' tools call
 * them: ValueSet validation and expansion (J17, J51, SERAFIN-PH), subsumption, translation
 * (ASS_A14), batches, and each kind of bad input the operations must refuse precisely.
 */
class TerminologyOperationsIT extends ServerIT {

    static final String R211 = CodeSystemOperationsIT.R211;
    static final String R211_OLD_STYLE = CodeSystemOperationsIT.R211_OLD_STYLE;
    static final String J17 = "https://mos.esante.gouv.fr/NOS/JDV_J17-ActiviteOperationnelle-ROR/FHIR/JDV-J17-ActiviteOperationnelle-ROR";
    static final String J51 = "https://mos.esante.gouv.fr/NOS/JDV_J51-FamilleActiviteOperationnelle-ROR/FHIR/JDV-J51-FamilleActiviteOperationnelle-ROR";
    static final String R265 = "https://mos.esante.gouv.fr/NOS/TRE_R265-PrestationPilotageSerafin/FHIR/TRE-R265-PrestationPilotageSerafin";
    static final String SERAFIN = CodeSystemOperationsIT.SERAFIN;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    final ObjectMapper json = new ObjectMapper();
    @Autowired
    CachedAnswerValve cachedAnswers;

    // --- ValueSet/$validate-code

    @Test
    void aJ17CodeIsValidInTheValueSetWithTheDisplayOfItsCodeSystem() throws Exception {
        JsonNode out = get("/ValueSet/$validate-code?url=" + q(J17) + "&system=" + q(R211) + "&code=001", 200);
        assertThat(value(out, "result")).isEqualTo("true");
        assertThat(value(out, "display")).isEqualTo(CodeSystemOperationsIT.DISPLAY_001);
        assertThat(value(out, "version")).isEqualTo("20230802150000");
    }

    @Test
    void aCodingInTheOldUrlStyleOfR211IsTheSameNomenclature() throws Exception {
        JsonNode out = get("/ValueSet/$validate-code?url=" + q(J17) + "&system=" + q(R211_OLD_STYLE) + "&code=001", 200);
        assertThat(value(out, "result")).isEqualTo("true");
    }

    @Test
    void aJ17CodeTheHeldR211VersionDoesNotHaveIsInvalidAndSaysWhy() throws Exception {
        JsonNode out = get("/ValueSet/$validate-code?url=" + q(J17) + "&system=" + q(R211) + "&code=535", 200);
        assertThat(value(out, "result")).isEqualTo("false");
        assertThat(value(out, "message")).contains("Unknown code '535' in the CodeSystem '" + R211
                + "' version '20230802150000'");
    }

    @Test
    void aCodeOfAnotherSystemIsNotInTheValueSet() throws Exception {
        JsonNode out = get("/ValueSet/$validate-code?url=" + q(J17) + "&system=" + q(SERAFIN) + "&code=1", 200);
        assertThat(value(out, "result")).isEqualTo("false");
        assertThat(value(out, "message")).contains("was not found in the value set '" + J17 + "|20260629120000'");
    }

    // --- $expand

    @Test
    void expandingJ17GivesEveryCodeItsCodeSystemHoldsWithTheVersionUsed() throws Exception {
        JsonNode expansion = get("/ValueSet/$expand?url=" + q(J17) + "&count=1000", 200).get("expansion");
        assertThat(expansion.get("total").asInt()).isEqualTo(453);
        assertThat(expansion.get("contains")).hasSize(453);
        assertThat(expansion.findValuesAsText("valueUri")).contains(R211 + "|20230802150000");
    }

    @Test
    void aFilterFindsCodesByTheWordsOfTheirDisplayWithoutAccents() throws Exception {
        JsonNode expansion = get("/ValueSet/$expand?url=" + q(J17) + "&filter=" + q("readaptation locomo"), 200)
                .get("expansion");
        List<String> codes = expansion.get("contains").findValuesAsText("code");
        // 233 "Réadaptation des affections de l'appareil locomoteur", 513 "... des patients amputés"; not 172 "polyvalente"
        assertThat(codes).contains("233", "513").doesNotContain("172", "234");
        assertThat(expansion.get("total").asInt()).isEqualTo(codes.size());
    }

    @Test
    void anExpansionIsPagedWithCountAndOffsetAndKeepsItsTotal() throws Exception {
        JsonNode first = get("/ValueSet/$expand?url=" + q(J17) + "&count=10", 200).get("expansion");
        JsonNode second = get("/ValueSet/$expand?url=" + q(J17) + "&count=10&offset=10", 200).get("expansion");
        assertThat(first.get("total").asInt()).isEqualTo(453);
        assertThat(first.get("contains")).hasSize(10);
        assertThat(second.get("offset").asInt()).isEqualTo(10);
        assertThat(second.get("contains").get(0).get("code").asText())
                .isNotEqualTo(first.get("contains").get(0).get("code").asText());
    }

    @Test
    void j51IncludesAllOfR265AtTheVersionItPins() throws Exception {
        JsonNode expansion = get("/ValueSet/$expand?url=" + q(J51), 200).get("expansion");
        assertThat(expansion.get("total").asInt()).isEqualTo(72 + 2);
        assertThat(expansion.findValuesAsText("valueUri"))
                .contains("https://mos.esante.gouv.fr/NOS/TRE_R265-PrestationPilotageSerafin|20200424120000");
    }

    @Test
    void theWholeOfSerafinExpandsAsAHierarchy() throws Exception {
        JsonNode expansion = post("/ValueSet/$expand", """
                {"resourceType":"Parameters","parameter":[{"name":"valueSet","resource":{"resourceType":"ValueSet",
                  "url":"urn:uuid:8f6f0d5e-6c8b-4a0e-9a55-3c9c1f3a0b11","status":"active",
                  "compose":{"include":[{"system":"%s"}]}}}]}""".formatted(SERAFIN), 200).get("expansion");
        JsonNode roots = expansion.get("contains");
        assertThat(roots.findValuesAsText("code")).contains("1.1", "1.1.1");
        assertThat(List.of(roots.get(0).get("code").asText(), roots.get(1).get("code").asText(),
                roots.get(2).get("code").asText())).containsExactly("1", "2", "3");
        JsonNode needs = roots.get(0);
        assertThat(needs.get("contains").get(0).get("code").asText()).isEqualTo("1.1");
        assertThat(needs.get("contains").get(0).get("contains")).hasSize(10);
    }

    // --- $subsumes

    @Test
    void serafinCodesSubsumeTheCodesBelowThem() throws Exception {
        assertThat(value(get("/CodeSystem/$subsumes?system=" + q(SERAFIN) + "&codeA=1&codeB=1.1.3", 200), "outcome"))
                .isEqualTo("subsumes");
        assertThat(value(get("/CodeSystem/$subsumes?system=" + q(SERAFIN) + "&codeA=1.1.3&codeB=1", 200), "outcome"))
                .isEqualTo("subsumed-by");
        assertThat(value(get("/CodeSystem/$subsumes?system=" + q(SERAFIN) + "&codeA=1&codeB=2", 200), "outcome"))
                .isEqualTo("not-subsumed");
        assertThat(value(get("/CodeSystem/$subsumes?system=" + q(SERAFIN) + "&codeA=1.1&codeB=1.1", 200), "outcome"))
                .isEqualTo("equivalent");
    }

    // --- $translate

    @Test
    void a14TranslatesAFamilyToItsActivityAndBack() throws Exception {
        JsonNode forward = get("/ConceptMap/$translate?system=" + q(R265) + "&code=004&targetsystem=" + q(R211), 200);
        assertThat(value(forward, "result")).isEqualTo("true");
        JsonNode match = params(forward, "match").get(0);
        assertThat(part(match, "concept").get("valueCoding").get("code").asText()).isEqualTo("135");
        assertThat(part(match, "equivalence").get("valueCode").asText()).isEqualTo("equivalent");

        JsonNode reverse = get("/ConceptMap/$translate?system=" + q(R211) + "&code=135&reverse=true", 200);
        assertThat(value(reverse, "result")).isEqualTo("true");
        assertThat(part(params(reverse, "match").get(0), "source").get("valueCoding").get("code").asText())
                .isEqualTo("004");
    }

    @Test
    void translatingACodeNoMapNamesIsFalseWithAMessage() throws Exception {
        JsonNode out = get("/ConceptMap/$translate?system=" + q(R265) + "&code=999&targetsystem=" + q(R211), 200);
        assertThat(value(out, "result")).isEqualTo("false");
        assertThat(value(out, "message")).startsWith("No translations found for " + R265 + "#999");
    }

    // --- batch

    @Test
    void aBatchOfValidationsIsAnsweredInOneRoundTrip() throws Exception {
        JsonNode response = post("", """
                {"resourceType":"Bundle","type":"batch","entry":[
                  {"request":{"method":"GET","url":"ValueSet/$validate-code?url=%s&system=%s&code=001"}},
                  {"request":{"method":"GET","url":"ValueSet/$validate-code?url=%s&system=%s&code=535"}},
                  {"request":{"method":"POST","url":"CodeSystem/$validate-code"},
                   "resource":{"resourceType":"Parameters","parameter":[{"name":"url","valueUri":"%s"},
                     {"name":"code","valueCode":"002"},{"name":"date","valueDate":"2018-01-01"}]}},
                  {"request":{"method":"GET","url":"ValueSet/$validate-code?url=%s&cod=001"}}]}"""
                .formatted(q(J17), q(R211), q(J17), q(R211), R211, q(J17)), 200);
        assertThat(response.get("type").asText()).isEqualTo("batch-response");
        JsonNode entries = response.get("entry");
        assertThat(entries).hasSize(4);
        assertThat(value(entries.get(0).get("resource"), "result")).isEqualTo("true");
        assertThat(value(entries.get(1).get("resource"), "result")).isEqualTo("false");
        assertThat(value(entries.get(2).get("resource"), "result")).isEqualTo("true");
        assertThat(entries.get(3).get("resource").get("resourceType").asText()).isEqualTo("OperationOutcome");
        assertThat(entries.get(3).at("/response/status").asText()).startsWith("400");
    }

    // --- tx-resource

    @Test
    void aSuppliedCodeSystemServesItsRequestAndIsNeverStored() throws Exception {
        String url = "http://example.org/fhir/CodeSystem/request-scoped";
        JsonNode out = post("/CodeSystem/$validate-code", """
                {"resourceType":"Parameters","parameter":[{"name":"url","valueUri":"%s"},{"name":"code","valueCode":"a"},
                  {"name":"tx-resource","resource":{"resourceType":"CodeSystem","url":"%s","version":"1",
                    "status":"active","content":"complete","concept":[{"code":"a","display":"A"}]}}]}"""
                .formatted(url, url), 200);
        assertThat(value(out, "result")).isEqualTo("true");
        assertThat(get("/CodeSystem?url=" + q(url), 200).path("total").asInt()).isZero();
        assertThat(value(get("/CodeSystem/$validate-code?url=" + q(url) + "&code=a", 200), "result")).isEqualTo("false");
    }

    // --- bad input: each a precise OperationOutcome with a 4xx, never a 500

    @Test
    void anUnknownParameterIsRefusedByName() throws Exception {
        assertRefused(get("/ValueSet/$expand?url=" + q(J17) + "&cuont=5", 400),
                "The parameter cuont is not known to $expand");
    }

    @Test
    void conflictingParametersAreRefused() throws Exception {
        assertRefused(post("/ValueSet/$validate-code", """
                {"resourceType":"Parameters","parameter":[{"name":"url","valueUri":"%s"},{"name":"code","valueCode":"001"},
                  {"name":"system","valueUri":"%s"},{"name":"coding","valueCoding":{"system":"%s","code":"001"}}]}"""
                .formatted(J17, R211, R211), 400), "$validate-code takes only one of code, coding or codeableConcept");
        assertRefused(get("/ValueSet/$expand?url=" + q(J17) + "&count=2&count=3", 400),
                "The parameter count is given 2 times; it takes one value");
    }

    @Test
    void aMalformedCodingIsRefused() throws Exception {
        assertRefused(post("/ValueSet/$validate-code", """
                {"resourceType":"Parameters","parameter":[{"name":"url","valueUri":"%s"},
                  {"name":"coding","valueCoding":"%s|001"}]}""".formatted(J17, R211), 400),
                "The parameter coding must be a Coding object");
        assertRefused(post("/ValueSet/$validate-code", "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":",
                400), "Malformed JSON");
    }

    @Test
    void aHugeCountIsRefusedWithTheLargestPage() throws Exception {
        assertRefused(get("/ValueSet/$expand?url=" + q(J17) + "&count=100000000", 400),
                "The parameter count (100000000) is above the largest page this server returns (10000)");
    }

    @Test
    void aRegexBuiltToBacktrackAnswersAtOnce() throws Exception {
        String code = "a".repeat(40) + "!";
        long start = System.nanoTime();
        JsonNode out = post("/ValueSet/$validate-code", """
                {"resourceType":"Parameters","parameter":[{"name":"url","valueUri":"urn:uuid:bad-regex"},
                  {"name":"coding","valueCoding":{"system":"urn:uuid:cs-regex","code":"%s"}},
                  {"name":"tx-resource","resource":{"resourceType":"CodeSystem","url":"urn:uuid:cs-regex","status":"active",
                    "content":"complete","concept":[{"code":"%s"}]}},
                  {"name":"tx-resource","resource":{"resourceType":"ValueSet","url":"urn:uuid:bad-regex","status":"active",
                    "compose":{"include":[{"system":"urn:uuid:cs-regex","filter":[{"property":"code","op":"regex",
                    "value":"(a+)+"}]}]}}}]}""".formatted(code, code), 200);
        assertThat(value(out, "result")).isEqualTo("false");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aValueSetThatIncludesItselfIsRefusedAsCircular() throws Exception {
        String self = """
                {"resourceType":"Parameters","parameter":[{"name":"url","valueUri":"urn:uuid:vs-a"},
                  {"name":"tx-resource","resource":{"resourceType":"ValueSet","url":"urn:uuid:vs-a","status":"active",
                    "compose":{"include":[{"valueSet":["urn:uuid:vs-a"]}]}}}]}""";
        assertRefused(post("/ValueSet/$expand", self, 422), "Found a circularity pointing to urn:uuid:vs-a");
        String through = """
                {"resourceType":"Parameters","parameter":[{"name":"url","valueUri":"urn:uuid:vs-a"},
                  {"name":"coding","valueCoding":{"system":"%s","code":"001"}},
                  {"name":"tx-resource","resource":{"resourceType":"ValueSet","url":"urn:uuid:vs-a","status":"active",
                    "compose":{"include":[{"valueSet":["urn:uuid:vs-b"]}]}}},
                  {"name":"tx-resource","resource":{"resourceType":"ValueSet","url":"urn:uuid:vs-b","status":"active",
                    "compose":{"include":[{"valueSet":["urn:uuid:vs-a"]}]}}}]}""".formatted(R211);
        assertRefused(post("/ValueSet/$validate-code", through, 422), "Found a circularity pointing to urn:uuid:vs-a");
    }

    @Test
    void aTxResourceOfAnotherTypeIsRefused() throws Exception {
        assertRefused(post("/ValueSet/$expand", """
                {"resourceType":"Parameters","parameter":[{"name":"url","valueUri":"%s"},
                  {"name":"tx-resource","resource":{"resourceType":"Patient","id":"p"}}]}""".formatted(J17), 400),
                "A tx-resource must be a CodeSystem, a ValueSet or a ConceptMap, not a Patient");
    }

    @Test
    void anUnknownValueSetIsNotFound() throws Exception {
        assertRefused(get("/ValueSet/$expand?url=" + q("http://example.org/none"), 404),
                "A definition for the value Set 'http://example.org/none' could not be found");
    }

    // --- capabilities

    @Test
    void theServerDescribesItselfAsATerminologyServer() throws Exception {
        JsonNode statement = get("/metadata", 200);
        assertThat(statement.get("instantiates").get(0).asText())
                .isEqualTo("http://hl7.org/fhir/CapabilityStatement/terminology-server");
        assertThat(statement.findValuesAsText("name")).contains("expand", "validate-code", "lookup", "subsumes",
                "translate", "versions");
        JsonNode capabilities = get("/metadata?mode=terminology", 200);
        assertThat(capabilities.get("resourceType").asText()).isEqualTo("TerminologyCapabilities");
        assertThat(capabilities.get("codeSystem").findValuesAsText("uri")).contains(R211, SERAFIN);
        assertThat(value(get("/$versions", 200), "default")).isEqualTo("4.0.1");
    }

    // --- helpers

    static void assertRefused(JsonNode outcome, String messageStart) {
        assertThat(outcome.get("resourceType").asText()).isEqualTo("OperationOutcome");
        assertThat(outcome.at("/issue/0/severity").asText()).isEqualTo("error");
        List<String> texts = new ArrayList<>();
        outcome.get("issue").forEach(i -> {
            texts.add(i.at("/details/text").asText());
            texts.add(i.path("diagnostics").asText());
        });
        assertThat(texts).anySatisfy(t -> assertThat(t).startsWith(messageStart));
    }

    // --- answers kept for repeated GETs

    @Test
    void aRepeatedGetIsAnsweredFromItsFirstRenderingBeforeTheServletContainer() throws Exception {
        URI uri = URI.create(fhirBase() + "/ValueSet/$validate-code?url=" + q(J17) + "&system=" + q(R211) + "&code=002");
        HttpResponse<String> first = http.send(HttpRequest.newBuilder(uri).header("Cache-Control", "no-cache").build(),
                HttpResponse.BodyHandlers.ofString());
        long served = cachedAnswers.served();

        HttpResponse<String> again = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.headers().firstValue(AnswerCache.STATUS_HEADER)).contains("cached");
        assertThat(again.body()).isEqualTo(first.body()).contains("\"valueBoolean\":true");
        assertThat(again.headers().firstValue("Content-Type")).isEqualTo(first.headers().firstValue("Content-Type"));
        assertThat(cachedAnswers.served()).as("served by Tomcat's engine valve").isEqualTo(served + 1);

        // Neither an authenticated request nor one that asks for a fresh answer gets the kept one.
        String basic = Base64.getEncoder().encodeToString("nos-admin:nomenclator-demo".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> signed = http.send(HttpRequest.newBuilder(uri).header("Authorization", "Basic " + basic).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> fresh = http.send(HttpRequest.newBuilder(uri).header("Cache-Control", "no-cache").build(),
                HttpResponse.BodyHandlers.ofString());
        for (HttpResponse<String> computed : List.of(signed, fresh)) {
            assertThat(computed.statusCode()).isEqualTo(200);
            assertThat(computed.headers().firstValue(AnswerCache.STATUS_HEADER)).isEmpty();
            assertThat(computed.body()).contains("\"valueBoolean\":true");
        }
        assertThat(cachedAnswers.served()).isEqualTo(served + 1);
    }

    JsonNode get(String path, int status) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(fhirBase() + path)).GET(), path, status);
    }

    JsonNode post(String path, String body, int status) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(fhirBase() + path))
                .header("Content-Type", "application/fhir+json")
                .POST(HttpRequest.BodyPublishers.ofString(body)), path, status);
    }

    private JsonNode send(HttpRequest.Builder request, String path, int status) throws Exception {
        HttpResponse<String> response = http.send(request.header("Accept", "application/fhir+json")
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " -> " + response.body()).isEqualTo(status);
        return json.readTree(response.body());
    }
}
