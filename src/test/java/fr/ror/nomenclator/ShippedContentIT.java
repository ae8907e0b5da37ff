package fr.ror.nomenclator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ror.nomenclator.terminology.Nomenclature;
import fr.ror.nomenclator.terminology.NomenclatureCatalogue;
import fr.ror.nomenclator.terminology.ResourceKind;
import fr.ror.nomenclator.terminology.VersionCatalog;
import fr.ror.nomenclator.terminology.VersionSummary;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.apache.coyote.AbstractProtocol;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;

/** The server starts with the ROR nomenclatures of terminology/catalogue.yaml loaded and served. */
class ShippedContentIT extends ServerIT {

    static final String R211 = "https://mos.esante.gouv.fr/NOS/TRE_R211-ActiviteOperationnelle/FHIR/TRE-R211-ActiviteOperationnelle";
    static final String R211_OLD_STYLE = "https://mos.esante.gouv.fr/NOS/TRE_R211-ActiviteOperationnelle";

    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();
    @Autowired
    NomenclatureCatalogue nomenclatures;
    @Autowired
    VersionCatalog catalog;
    @Autowired
    ServletWebServerApplicationContext context;

    JsonNode get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(fhirBase() + path))
                .header("Accept", "application/fhir+json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return json.readTree(response.body());
    }

    static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void tomcatRunsOneRequestThreadPerCoreNotItsDefaultTwoHundred() {
        var tomcat = (TomcatWebServer) context.getWebServer();
        var protocol = (AbstractProtocol<?>) tomcat.getTomcat().getConnector().getProtocolHandler();

        int expected = HttpWorkerThreads.defaultThreads(Runtime.getRuntime().availableProcessors());
        assertThat(protocol.getMaxThreads()).isEqualTo(expected).isLessThan(200);
        assertThat(protocol.getMinSpareThreads()).isEqualTo(expected);
    }

    @Test
    void requestsBeyondTheThreadsWaitTheirTurnAndAreAllAnswered() {
        String expand = fhirBase() + "/ValueSet/$expand?url="
                + q("https://mos.esante.gouv.fr/NOS/JDV_J17-ActiviteOperationnelle-ROR/FHIR/JDV-J17-ActiviteOperationnelle-ROR");
        int concurrent = 12 * HttpWorkerThreads.defaultThreads(Runtime.getRuntime().availableProcessors());
        HttpClient fresh = HttpClient.newHttpClient();
        List<CompletableFuture<HttpResponse<String>>> answers = IntStream.range(0, concurrent)
                .mapToObj(i -> fresh.sendAsync(HttpRequest.newBuilder(URI.create(expand))
                        // Computed for each request: every one holds a thread for the whole expansion.
                        .header("Accept", "application/fhir+json").header("Cache-Control", "no-store").build(),
                        HttpResponse.BodyHandlers.ofString()))
                .toList();

        assertThat(answers).allSatisfy(answer -> {
            HttpResponse<String> response = answer.join();
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"expansion\"");
        });
    }

    @Test
    void everyCatalogueSourceIsStoredAsAVersionOfItsNomenclature() {
        int sources = nomenclatures.nomenclatures().stream().mapToInt(n -> n.sources().size()).sum();
        assertThat(sources).isGreaterThanOrEqualTo(130);
        for (Nomenclature n : nomenclatures.nomenclatures()) {
            List<VersionSummary> versions = catalog.versionsOf(n.kind(), n.url());
            assertThat(versions).as(n.nosId()).hasSizeGreaterThanOrEqualTo(n.sources().size());
        }
    }

    @Test
    void bothR211ExportGenerationsAreVersionsOfOneCodeSystemWhateverTheUrlStyle() throws Exception {
        for (String url : List.of(R211, R211_OLD_STYLE)) {
            JsonNode bundle = get("/CodeSystem?url=" + q(url) + "&_elements=url,version");
            assertThat(bundle.get("total").asInt()).isEqualTo(2);
            assertThat(bundle.findValuesAsText("version")).contains("20211029120000", "20230802150000");
        }
    }

    @Test
    void theRorValueSetsConceptMapAndSerafinArePresent() throws Exception {
        assertThat(catalog.latest(ResourceKind.VALUE_SET,
                "https://mos.esante.gouv.fr/NOS/JDV_J17-ActiviteOperationnelle-ROR/FHIR/JDV-J17-ActiviteOperationnelle-ROR"))
                .map(VersionSummary::version).contains("20260629120000");
        assertThat(catalog.latest(ResourceKind.CONCEPT_MAP,
                "https://mos.esante.gouv.fr/NOS/ASS_A14-FamilleActivite-ActiviteOperationnelle/FHIR/ASS-A14-FamilleActivite-ActiviteOperationnelle"))
                .map(VersionSummary::version).contains("20240531120000");
        JsonNode serafin = get("/CodeSystem?url=" + q("https://smt.esante.gouv.fr/terminologie-SERAFINPH"));
        assertThat(serafin.get("total").asInt()).isEqualTo(1);
        // SERAFIN-PH reads back nested: root 1 holds 1.1, which holds 1.1.1 ...
        JsonNode root = serafin.get("entry").get(0).get("resource").get("concept").get(0);
        assertThat(root.get("code").asText()).isEqualTo("1");
        assertThat(root.get("concept").get(0).get("code").asText()).isEqualTo("1.1");
        // J237's published URL has a stray ".tabs"; both it and the corrected URL find the value set.
        for (String url : List.of("https://mos.esante.gouv.fr/NOS/JDV_J237-RegionOM-ROR.tabs/FHIR/JDV-J237-RegionOM-ROR",
                "https://mos.esante.gouv.fr/NOS/JDV_J237-RegionOM-ROR/FHIR/JDV-J237-RegionOM-ROR")) {
            assertThat(get("/ValueSet?url=" + q(url)).get("total").asInt()).as(url).isEqualTo(1);
        }
    }

    @Test
    void searchesByHeaderFieldsAnswerFromTheStoredVersions() throws Exception {
        JsonNode byName = get("/CodeSystem?name=TRE_R211_ActiviteOperationnelle&status=active&_elements=name,version,status");
        assertThat(byName.get("total").asInt()).isEqualTo(1);
        JsonNode found = byName.get("entry").get(0).get("resource");
        assertThat(found.get("version").asText()).isEqualTo("20230802150000");
        assertThat(found.get("status").asText()).isEqualTo("active");
        // TRE_R35 (street types, behind J219) is published with status retired
        JsonNode retired = get("/CodeSystem?status=retired&_elements=url");
        JsonNode active = get("/CodeSystem?status=active&_summary=count");
        assertThat(retired.get("entry").findValuesAsText("url")).isNotEmpty()
                .allSatisfy(url -> assertThat(url).contains("TRE_R35-TypeVoie"));
        assertThat(active.get("total").asInt()).isGreaterThan(50);
        JsonNode byIdentifier = get("/CodeSystem?identifier=" + q("urn:ietf:rfc:3986|urn:oid:1.2.250.1.213.3.3.12"));
        assertThat(byIdentifier.get("total").asInt()).isEqualTo(1);
        JsonNode byPublisher = get("/ValueSet?publisher=" + q("Agence du Numérique en Santé") + "&_summary=count");
        assertThat(byPublisher.get("total").asInt()).isGreaterThan(10);
    }

    @Test
    void theCapabilityStatementListsTheTerminologyResources() throws Exception {
        JsonNode capabilities = get("/metadata");
        assertThat(capabilities.get("fhirVersion").asText()).isEqualTo("4.0.1");
        assertThat(capabilities.findValuesAsText("type")).contains("CodeSystem", "ValueSet", "ConceptMap");
    }
}
