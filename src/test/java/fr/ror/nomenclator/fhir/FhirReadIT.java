package fr.ror.nomenclator.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceSearchParamComponent;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.ConceptMap;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.ValueSet;
import org.junit.jupiter.api.Test;

class FhirReadIT extends FhirServerTestBase {

    @Test
    void readByIdAnswersJsonUnderTheServerId() {
        HttpResponse<String> response = http.get("/fhir/CodeSystem/" + R211_2023_ID);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/fhir+json"));
        CodeSystem codeSystem = FhirHttp.parse(CodeSystem.class, response);
        assertThat(codeSystem.getIdElement().getIdPart()).isEqualTo(R211_2023_ID);
        assertThat(codeSystem.getUrl()).isEqualTo(R211_NEW_URL);
        assertThat(codeSystem.getConcept()).hasSize(533);
        assertThat(codeSystem.getMeta().getVersionId()).as("the ANS server's history id is not ours").isNull();
    }

    @Test
    void readAnswersXmlWhenAskedByFormatOrAccept() {
        HttpResponse<String> byFormat = http.get("/fhir/ValueSet/" + J17_ID + "?_format=xml");
        HttpResponse<String> byAccept = http.get("/fhir/ConceptMap/" + A14_ID, "Accept", "application/fhir+xml");

        assertThat(byFormat.statusCode()).isEqualTo(200);
        assertThat(byFormat.body()).startsWith("<ValueSet");
        assertThat(FhirHttp.parse(ValueSet.class, byFormat).getIdElement().getIdPart()).isEqualTo(J17_ID);
        assertThat(byAccept.statusCode()).isEqualTo(200);
        assertThat(byAccept.headers().firstValue("Content-Type").orElse("")).contains("xml");
        assertThat(FhirHttp.parse(ConceptMap.class, byAccept).getIdElement().getIdPart()).isEqualTo(A14_ID);
    }

    @Test
    void everyAnswerCarriesItsOwnRequestId() {
        String first = http.get("/fhir/CodeSystem/" + R211_2023_ID).headers().firstValue("X-Request-ID").orElseThrow();
        String second = http.get("/fhir/CodeSystem/" + R211_2023_ID).headers().firstValue("X-Request-ID").orElseThrow();
        assertThat(first).matches("[A-Za-z0-9]{16}");
        assertThat(second).matches("[A-Za-z0-9]{16}").isNotEqualTo(first);
    }

    @Test
    void prettyPrintingOnlyWhenAsked() {
        assertThat(http.get("/fhir/ConceptMap/" + A14_ID).body()).doesNotContain("\n");
        assertThat(http.get("/fhir/ConceptMap/" + A14_ID + "?_pretty=true").body()).contains("\n  ");
    }

    @Test
    void unknownIdIsNotFoundWithAnOutcome() {
        HttpResponse<String> response = http.get("/fhir/CodeSystem/nope");

        assertThat(response.statusCode()).isEqualTo(404);
        OperationOutcome.OperationOutcomeIssueComponent issue =
                FhirHttp.parse(OperationOutcome.class, response).getIssueFirstRep();
        assertThat(issue.getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.ERROR);
        assertThat(issue.getDiagnostics()).contains("CodeSystem/nope");
    }

    @Test
    void searchByEitherUrlStyleReturnsEveryVersionOldestFirst() {
        for (String url : List.of(R211_OLD_URL, R211_NEW_URL)) {
            Bundle bundle = search("CodeSystem", "url=" + encode(url));

            assertThat(ids(bundle)).containsExactly(R211_2021_ID, R211_2023_ID);
            assertThat(bundle.getTotal()).isEqualTo(2);
        }
    }

    @Test
    void searchByUrlAndVersionReturnsThatVersion() {
        Bundle bundle = search("CodeSystem", "url=" + encode(R211_NEW_URL) + "&version=20230802150000");

        assertThat(ids(bundle)).containsExactly(R211_2023_ID);
        assertThat(((CodeSystem) bundle.getEntryFirstRep().getResource()).getConcept()).hasSize(533);
    }

    @Test
    void searchByHeaderParameters() {
        assertThat(ids(search("CodeSystem", "name=tre_r211_activite"))).containsExactly(R211_2023_ID);
        assertThat(ids(search("CodeSystem", "name:exact=TRE_R211-ActiviteOperationnelle"))).containsExactly(R211_2021_ID);
        assertThat(ids(search("ConceptMap", "title:contains=famille"))).containsExactly(A14_ID);
        assertThat(ids(search("CodeSystem", "status=active"))).containsExactly(R211_2021_ID, R211_2023_ID);
        assertThat(ids(search("CodeSystem", "status=retired"))).isEmpty();
        assertThat(ids(search("CodeSystem", "publisher=" + encode("agence du numérique")))).containsExactly(R211_2023_ID);
        assertThat(ids(search("CodeSystem", "publisher=Agence du Numerique".replace(" ", "%20"))))
                .as("accent-insensitive").containsExactly(R211_2023_ID);
        assertThat(ids(search("CodeSystem", "_id=" + R211_2021_ID))).containsExactly(R211_2021_ID);
        assertThat(ids(search("ValueSet", "version=20260629120000"))).containsExactly(J17_ID);
    }

    @Test
    void searchByDateWithPrefixes() {
        assertThat(ids(search("CodeSystem", "date=ge2020-01-01"))).containsExactly(R211_2023_ID);
        assertThat(ids(search("CodeSystem", "date=lt2020-01-01"))).containsExactly(R211_2021_ID);
        assertThat(ids(search("CodeSystem", "date=2023-08-02"))).containsExactly(R211_2023_ID);
        assertThat(ids(search("CodeSystem", "date=ge2010&date=le2030"))).containsExactly(R211_2021_ID, R211_2023_ID);
    }

    @Test
    void searchByIdentifierWithOrWithoutSystem() {
        String oid = "urn:oid:1.2.250.1.213.3.3.12";
        assertThat(ids(search("CodeSystem", "identifier=" + encode(oid)))).containsExactly(R211_2021_ID, R211_2023_ID);
        assertThat(ids(search("CodeSystem", "identifier=" + encode("urn:ietf:rfc:3986|" + oid))))
                .containsExactly(R211_2023_ID);
        assertThat(ids(search("CodeSystem", "identifier=" + encode("|" + oid)))).containsExactly(R211_2021_ID);
        assertThat(ids(search("ConceptMap", "identifier=" + encode("urn:oid:1.2.250.1.213.3.3.63"))))
                .containsExactly(A14_ID);
    }

    @Test
    void countPagesThroughNextLinks() {
        Bundle first = search("CodeSystem", "_count=1");

        assertThat(first.getTotal()).isEqualTo(2);
        assertThat(ids(first)).containsExactly(R211_2021_ID);
        String next = first.getLink(Bundle.LINK_NEXT).getUrl();
        assertThat(next).isNotBlank();

        HttpResponse<String> response = http.get(next);
        assertThat(response.statusCode()).isEqualTo(200);
        Bundle second = FhirHttp.parse(Bundle.class, response);
        assertThat(ids(second)).containsExactly(R211_2023_ID);
        assertThat(second.getLink(Bundle.LINK_NEXT)).isNull();
    }

    @Test
    void summaryCountAnswersTheTotalOnly() {
        Bundle bundle = search("CodeSystem", "url=" + encode(R211_OLD_URL) + "&_summary=count");

        assertThat(bundle.getTotal()).isEqualTo(2);
        assertThat(bundle.getEntry()).isEmpty();
    }

    @Test
    void summaryTrueLeavesTheConceptsOut() {
        Bundle bundle = search("CodeSystem", "_id=" + R211_2023_ID + "&_summary=true");
        HttpResponse<String> read = http.get("/fhir/CodeSystem/" + R211_2023_ID + "?_summary=true");

        CodeSystem found = (CodeSystem) bundle.getEntryFirstRep().getResource();
        assertThat(found.getUrl()).isEqualTo(R211_NEW_URL);
        assertThat(found.getConcept()).isEmpty();
        assertThat(read.body()).doesNotContain("\"concept\"").contains("\"url\"");
    }

    @Test
    void elementsKeepsOnlyTheNamedOnes() {
        HttpResponse<String> response = http.get("/fhir/CodeSystem?_id=" + R211_2023_ID + "&_elements=url,version");

        CodeSystem found = (CodeSystem) FhirHttp.parse(Bundle.class, response).getEntryFirstRep().getResource();
        assertThat(found.getUrl()).isEqualTo(R211_NEW_URL);
        assertThat(found.getVersion()).isEqualTo("20230802150000");
        assertThat(found.getName()).isNull();
        assertThat(found.getConcept()).isEmpty();
    }

    @Test
    void unknownSearchParameterIsRefused() {
        assertThat(http.get("/fhir/CodeSystem?foo=bar").statusCode()).isEqualTo(400);
    }

    @Test
    void capabilityStatementListsTheThreeTypesWithTheirInteractionsAndParameters() {
        HttpResponse<String> response = http.get("/fhir/metadata");

        assertThat(response.statusCode()).isEqualTo(200);
        CapabilityStatement capabilities = FhirHttp.parse(CapabilityStatement.class, response);
        assertThat(capabilities.getSoftware().getName()).isEqualTo("Nomenclator");
        assertThat(capabilities.getImplementation().getDescription()).contains("Nomenclator");
        List<CapabilityStatementRestResourceComponent> resources = capabilities.getRestFirstRep().getResource();
        assertThat(resources).extracting(CapabilityStatementRestResourceComponent::getType)
                .contains("CodeSystem", "ValueSet", "ConceptMap");
        for (CapabilityStatementRestResourceComponent resource : resources) {
            if (!List.of("CodeSystem", "ValueSet", "ConceptMap").contains(resource.getType())) {
                continue;
            }
            assertThat(resource.getInteraction()).extracting(i -> i.getCode().toCode())
                    .contains("read", "search-type", "create", "update").doesNotContain("delete");
            assertThat(resource.getSearchParam()).extracting(CapabilityStatementRestResourceSearchParamComponent::getName)
                    .contains("url", "version", "name", "title", "status", "publisher", "date", "identifier");
        }
    }

    private Bundle search(String type, String query) {
        HttpResponse<String> response = http.get("/fhir/" + type + "?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return FhirHttp.parse(Bundle.class, response);
    }

    private static List<String> ids(Bundle bundle) {
        return bundle.getEntry().stream().map(e -> e.getResource().getIdElement().getIdPart()).toList();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
