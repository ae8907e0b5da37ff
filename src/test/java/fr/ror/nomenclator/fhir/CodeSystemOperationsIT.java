package fr.ror.nomenclator.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ror.nomenclator.ServerIT;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CodeSystem/$lookup and $validate-code on the shipped nomenclatures, over HTTP, GET and POST. */
class CodeSystemOperationsIT extends ServerIT {

    static final String R211 = "https://mos.esante.gouv.fr/NOS/TRE_R211-ActiviteOperationnelle/FHIR/TRE-R211-ActiviteOperationnelle";
    static final String R211_OLD_STYLE = "https://mos.esante.gouv.fr/NOS/TRE_R211-ActiviteOperationnelle";
    static final String SERAFIN = "https://smt.esante.gouv.fr/terminologie-SERAFINPH";
    static final String DISPLAY_001 = "Addictologie comportementale (sans substance)";

    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    // --- $lookup

    @Test
    void lookupOfAnR211CodeGivesDisplayDesignationNosDatesAndStatus() throws Exception {
        JsonNode out = get("/CodeSystem/$lookup?system=" + q(R211) + "&code=001", 200);
        assertThat(value(out, "display")).isEqualTo(DISPLAY_001);
        assertThat(value(out, "version")).isEqualTo("20230802150000");
        assertThat(value(out, "name")).isEqualTo("TRE_R211_ActiviteOperationnelle");
        assertThat(property(out, "dateValid")).containsExactly("2015-04-08T00:00:00+01:00");
        assertThat(property(out, "dateMaj")).containsExactly("2023-05-26T12:00:00+01:00");
        assertThat(property(out, "status")).containsExactly("active");
        // The display comes first as a designation of its own, then the NOS synonym.
        JsonNode designation = params(out, "designation").stream()
                .filter(d -> part(d, "use").get("valueCoding").get("code").asText().equals("900000000000013009"))
                .findFirst().orElseThrow();
        assertThat(part(designation, "use").get("valueCoding").get("code").asText()).isEqualTo("900000000000013009");
        assertThat(part(designation, "value").get("valueString").asText()).startsWith("Branche de la médecine");
    }

    @Test
    void lookupInAnOlderVersionGivesThatVersionsDisplay() throws Exception {
        JsonNode old = get("/CodeSystem/$lookup?system=" + q(R211_OLD_STYLE) + "&code=234&version=20211029120000", 200);
        assertThat(value(old, "display")).isEqualTo("Soins de Suite et de Réadaptation (SSR) affections du système nerveux");
        assertThat(value(old, "version")).isEqualTo("20211029120000");
        JsonNode latest = get("/CodeSystem/$lookup?system=" + q(R211) + "&code=234", 200);
        assertThat(value(latest, "display")).isEqualTo("Réadaptation des affections du système nerveux");
    }

    @Test
    void lookupInSerafinGivesParentAndChildren() throws Exception {
        JsonNode out = get("/CodeSystem/$lookup?system=" + q(SERAFIN) + "&code=1.1", 200);
        assertThat(value(out, "display")).isEqualTo("Besoins en matière de santé somatique ou psychique");
        assertThat(property(out, "parent")).containsExactly("1");
        assertThat(property(out, "child")).startsWith("1.1.1", "1.1.2").contains("1.1.10").hasSize(10);
        JsonNode onlyParent = get("/CodeSystem/$lookup?system=" + q(SERAFIN) + "&code=1.1&property=parent", 200);
        assertThat(property(onlyParent, "parent")).containsExactly("1");
        assertThat(property(onlyParent, "child")).isEmpty();
    }

    @Test
    void lookupOfARetiredCodeSaysRetiredUnlessAnEarlierDateIsAsked() throws Exception {
        assertThat(property(get("/CodeSystem/$lookup?system=" + q(R211) + "&code=002", 200), "status"))
                .containsExactly("retired");
        assertThat(property(get("/CodeSystem/$lookup?system=" + q(R211) + "&code=002&date=2018-01-01", 200), "status"))
                .containsExactly("active");
    }

    @Test
    void lookupByPostWithACoding() throws Exception {
        JsonNode out = post("/CodeSystem/$lookup", """
                {"resourceType":"Parameters","parameter":[
                  {"name":"coding","valueCoding":{"system":"%s","code":"001"}}]}""".formatted(R211), 200);
        assertThat(value(out, "display")).isEqualTo(DISPLAY_001);
    }

    @Test
    void lookupOfAnUnknownCodeIs404WithAPreciseOutcome() throws Exception {
        JsonNode outcome = get("/CodeSystem/$lookup?system=" + q(R211) + "&code=999x", 404);
        assertThat(outcome.get("resourceType").asText()).isEqualTo("OperationOutcome");
        assertThat(outcome.at("/issue/0/code").asText()).isEqualTo("not-found");
        assertThat(outcome.at("/issue/0/diagnostics").asText())
                .isEqualTo("Unknown code '999x' in the CodeSystem '" + R211 + "' version '20230802150000'");
        assertThat(outcome.at("/issue/0/extension").findValuesAsText("valueCode")).contains("TE403");
        assertThat(get("/CodeSystem/$lookup?system=" + q("http://example.org/none") + "&code=1", 404)
                .at("/issue/0/diagnostics").asText()).contains("'http://example.org/none' could not be found");
    }

    // --- $validate-code

    @Test
    void aValidCodeIsValidWithItsDisplay() throws Exception {
        JsonNode out = get("/CodeSystem/$validate-code?url=" + q(R211) + "&code=001", 200);
        assertThat(value(out, "result")).isEqualTo("true");
        assertThat(value(out, "display")).isEqualTo(DISPLAY_001);
        assertThat(params(out, "message")).isEmpty();
    }

    @Test
    void aCodeRetiredByItsDateFinIsInvalidTodayAndValidOnAnEarlierDate() throws Exception {
        JsonNode today = get("/CodeSystem/$validate-code?url=" + q(R211) + "&code=002", 200);
        assertThat(value(today, "result")).isEqualTo("false");
        assertThat(value(today, "message")).startsWith("The code '002' in the CodeSystem '" + R211
                + "' version '20230802150000' was retired on 2019-07-05 (dateFin 2019-07-05T12:00:00+01:00)"
                + " and is not valid on ");
        JsonNode issue = params(today, "issues").get(0).get("resource").get("issue").get(0);
        assertThat(issue.get("severity").asText()).isEqualTo("error");
        assertThat(issue.get("code").asText()).isEqualTo("business-rule");

        JsonNode before = get("/CodeSystem/$validate-code?url=" + q(R211) + "&code=002&date=2018-01-01", 200);
        assertThat(value(before, "result")).isEqualTo("true");
    }

    @Test
    void aWrongDisplayIsInvalidAndGivesTheRightOne() throws Exception {
        JsonNode out = get("/CodeSystem/$validate-code?url=" + q(R211) + "&code=001&display=" + q("Addictologie"), 200);
        assertThat(value(out, "result")).isEqualTo("false");
        assertThat(value(out, "display")).isEqualTo(DISPLAY_001);
        assertThat(value(out, "message")).isEqualTo("Wrong Display Name 'Addictologie' for " + R211
                + "#001. Valid display is '" + DISPLAY_001 + "' (for the language(s) '--')");
        JsonNode issue = params(out, "issues").get(0).get("resource").get("issue").get(0);
        assertThat(issue.at("/details/coding/0/code").asText()).isEqualTo("invalid-display");
        assertThat(issue.at("/expression/0").asText()).isEqualTo("display");
    }

    @Test
    void unknownCodeSystemAndVersionEachHaveTheirOwnMessage() throws Exception {
        JsonNode code = get("/CodeSystem/$validate-code?url=" + q(R211) + "&code=999x", 200);
        assertThat(value(code, "result")).isEqualTo("false");
        assertThat(value(code, "message"))
                .isEqualTo("Unknown code '999x' in the CodeSystem '" + R211 + "' version '20230802150000'");

        JsonNode system = get("/CodeSystem/$validate-code?url=" + q("http://example.org/none") + "&code=001", 200);
        assertThat(value(system, "result")).isEqualTo("false");
        assertThat(value(system, "message")).isEqualTo("A definition for CodeSystem 'http://example.org/none' could"
                + " not be found, so the code cannot be validated");

        JsonNode version = get("/CodeSystem/$validate-code?url=" + q(R211) + "&code=001&version=2020", 200);
        assertThat(value(version, "result")).isEqualTo("false");
        assertThat(value(version, "message")).isEqualTo("A definition for CodeSystem '" + R211 + "' version '2020'"
                + " could not be found, so the code cannot be validated. Valid versions: 20211029120000 or 20230802150000");
    }

    @Test
    void validateByPostWithACodingAndWithACodeableConcept() throws Exception {
        JsonNode coding = post("/CodeSystem/$validate-code", """
                {"resourceType":"Parameters","parameter":[
                  {"name":"url","valueUri":"%s"},
                  {"name":"coding","valueCoding":{"system":"%s","code":"002","display":"Addictologie sans précision"}},
                  {"name":"date","valueDateTime":"2018-01-01"}]}""".formatted(R211, R211_OLD_STYLE), 200);
        assertThat(value(coding, "result")).isEqualTo("true");

        JsonNode concept = post("/CodeSystem/$validate-code", """
                {"resourceType":"Parameters","parameter":[
                  {"name":"url","valueUri":"%s"},
                  {"name":"codeableConcept","valueCodeableConcept":{"coding":[
                    {"system":"%s","code":"999x"},{"system":"%s","code":"001"}]}}]}""".formatted(R211, R211, R211), 200);
        // As the HL7 suite expects: the valid coding is reported, but an unknown code beside it is an error.
        assertThat(value(concept, "result")).isEqualTo("false");
        assertThat(value(concept, "code")).isEqualTo("001");
        assertThat(value(concept, "message")).isEqualTo("Unknown code '999x' in the CodeSystem '" + R211
                + "' version '20230802150000'");
    }

    @Test
    void missingOrConflictingParametersAre400WithAPreciseOutcome() throws Exception {
        assertBadRequest(get("/CodeSystem/$validate-code?url=" + q(R211), 400),
                "$validate-code needs one of code (with url), coding or codeableConcept");
        assertBadRequest(get("/CodeSystem/$validate-code?code=001", 400), "$validate-code needs url with code");
        assertBadRequest(get("/CodeSystem/$lookup?code=001", 400), "$lookup needs system with code");
        assertBadRequest(get("/CodeSystem/$validate-code?url=" + q(R211) + "&code=001&dispaly=x", 400),
                "The parameter dispaly is not known to CodeSystem/$validate-code (known: abstract, activeOnly,"
                        + " code, codeSystem, codeableConcept, coding, display, inferSystem, lenient-display-validation,"
                        + " property, system, systemVersion, url, version)");
        assertBadRequest(post("/CodeSystem/$validate-code", """
                {"resourceType":"Parameters","parameter":[
                  {"name":"url","valueUri":"%s"},{"name":"code","valueCode":"001"},
                  {"name":"coding","valueCoding":{"system":"%s","code":"001"}}]}""".formatted(R211, R211), 400),
                "$validate-code takes only one of code, coding or codeableConcept");
        assertBadRequest(post("/CodeSystem/$validate-code", """
                {"resourceType":"Parameters","parameter":[
                  {"name":"url","valueUri":"%s"},
                  {"name":"coding","valueCoding":{"system":"%s","code":"1"}}]}""".formatted(R211, SERAFIN), 400),
                "The coding's system " + SERAFIN + " is not the url " + R211);
        assertBadRequest(post("/CodeSystem/$lookup", """
                {"resourceType":"Parameters","parameter":[
                  {"name":"system","valueUri":"%s"},{"name":"code","valueCode":"001"},
                  {"name":"coding","valueCoding":{"system":"%s","code":"001"}}]}""".formatted(R211, R211), 400),
                "$lookup takes either code (with system) or coding, not both");
    }

    @Test
    void aCodingInAGetIsWrittenSystemBarCode() throws Exception {
        JsonNode out = get("/CodeSystem/$lookup?coding=" + q(R211 + "|001"), 200);
        assertThat(value(out, "display")).isEqualTo(DISPLAY_001);
        JsonNode retired = get("/CodeSystem/$validate-code?url=" + q(R211) + "&coding=" + q(R211 + "|002"), 200);
        assertThat(value(retired, "result")).isEqualTo("false");
    }

    @Test
    void theCapabilityStatementListsBothOperations() throws Exception {
        JsonNode metadata = get("/metadata", 200);
        assertThat(metadata.findValuesAsText("name")).contains("lookup", "validate-code");
    }

    // --- helpers

    static void assertBadRequest(JsonNode outcome, String message) {
        assertThat(outcome.get("resourceType").asText()).isEqualTo("OperationOutcome");
        assertThat(outcome.at("/issue/0/severity").asText()).isEqualTo("error");
        assertThat(outcome.at("/issue/0/code").asText()).isEqualTo("invalid");
        assertThat(outcome.at("/issue/0/diagnostics").asText()).isEqualTo(message);
    }

    JsonNode get(String path, int status) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(fhirBase() + path)).GET(), path, status);
    }

    JsonNode post(String path, String parameters, int status) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(fhirBase() + path))
                .header("Content-Type", "application/fhir+json") // anonymous: operations only read
                .POST(HttpRequest.BodyPublishers.ofString(parameters)), path, status);
    }

    private JsonNode send(HttpRequest.Builder request, String path, int status) throws Exception {
        HttpResponse<String> response = http.send(request.header("Accept", "application/fhir+json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " -> " + response.body()).isEqualTo(status);
        return json.readTree(response.body());
    }

    static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static List<JsonNode> params(JsonNode parameters, String name) {
        List<JsonNode> found = new ArrayList<>();
        parameters.path("parameter").forEach(p -> {
            if (name.equals(p.path("name").asText())) {
                found.add(p);
            }
        });
        return found;
    }

    /** The value[x] of the first parameter with that name, as text. */
    static String value(JsonNode parameters, String name) {
        List<JsonNode> found = params(parameters, name);
        assertThat(found).as("parameter " + name + " in " + parameters).isNotEmpty();
        return valueX(found.get(0)).asText();
    }

    /** The values of every property part with that code, as text. */
    static List<String> property(JsonNode parameters, String code) {
        return params(parameters, "property").stream()
                .filter(p -> code.equals(part(p, "code").get("valueCode").asText()))
                .map(p -> valueX(part(p, "value")).asText())
                .toList();
    }

    static JsonNode part(JsonNode parameter, String name) {
        for (JsonNode part : parameter.path("part")) {
            if (name.equals(part.path("name").asText())) {
                return part;
            }
        }
        throw new AssertionError("no part " + name + " in " + parameter);
    }

    private static JsonNode valueX(JsonNode parameter) {
        var fields = parameter.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            if (field.getKey().startsWith("value")) {
                return field.getValue();
            }
        }
        throw new AssertionError("no value in " + parameter);
    }
}
