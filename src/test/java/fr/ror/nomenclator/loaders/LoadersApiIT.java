package fr.ror.nomenclator.loaders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ror.nomenclator.terminology.VersionCatalog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The loaders' REST API on the running application: who may import, what comes back, how errors read. */
class LoadersApiIT extends LoadersServerIT {

    static final Path NOS = SharedNomenclatures.DISTRIBUTION;
    static final Path TEMPLATE = Path.of(System.getProperty("user.dir")).resolve("loaders/working-group-template.xlsx");
    static final ObjectMapper JSON = new ObjectMapper();

    final HttpClient client = HttpClient.newHttpClient();

    @Autowired
    VersionCatalog catalog;

    HttpResponse<byte[]> send(String method, String path, byte[] body, String contentType, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<byte[]> get(String path) {
        return send("GET", path, null, null, null);
    }

    static JsonNode json(HttpResponse<byte[]> response) throws IOException {
        return JSON.readTree(response.body());
    }

    static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A multipart/form-data body with one file part. */
    static byte[] multipart(String boundary, String name, String filename, byte[] content) {
        return multipart(boundary, name, filename, content, null, null, null);
    }

    /** A multipart/form-data body with one or two file parts. */
    static byte[] multipart(String boundary, String name, String filename, byte[] content, String name2, String filename2,
                            byte[] content2) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        part(out, boundary, name, filename, content);
        if (name2 != null) {
            part(out, boundary, name2, filename2, content2);
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static void part(ByteArrayOutputStream out, String boundary, String name, String filename, byte[] content) {
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                + filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aCsvUploadedWithItsOwnMappingFileReadsInThatLayout() throws IOException {
        String mapping = "name: gt-psy\nconcepts:\n  columns:\n    code: Identifiant\n    display: Intitulé\n"
                + "defaults:\n  url: https://example.org/CodeSystem/gt-psy\n  version: '2'\n";
        byte[] csv = "Identifiant,Intitulé\nP1,Psychiatrie générale\nP2,\"Pédopsychiatrie, périnatalité\"\n"
                .getBytes(StandardCharsets.UTF_8);
        String boundary = "b" + UUID.randomUUID();

        HttpResponse<byte[]> created = send("POST", "/api/imports", multipart(boundary, "file", "psy.csv", csv, "mappingFile",
                "gt-psy.yaml", mapping.getBytes(StandardCharsets.UTF_8)), "multipart/form-data; boundary=" + boundary, EDITOR);

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode outcome = json(created).path("outcomes").get(0);
        assertThat(outcome.path("url").asText()).isEqualTo("https://example.org/CodeSystem/gt-psy");
        HttpResponse<byte[]> back = get("/api/exports/CodeSystem/" + outcome.path("versionId").asText() + "?format=fhir-json");
        assertThat(json(back).path("concept").get(1).path("display").asText()).isEqualTo("Pédopsychiatrie, périnatalité");
    }

    static void assertProblem(HttpResponse<byte[]> response, int status, String code, String detail) throws IOException {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t ->
                assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = json(response);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("code").asText()).isEqualTo(code);
        assertThat(problem.path("type").asText()).isEqualTo("urn:nomenclator:problem:" + code);
        assertThat(problem.path("detail").asText()).contains(detail);
    }

    @Test
    void anonymousImportsAre401AndAReaderIs403BothAsProblemDetails() throws IOException {
        byte[] svs = Files.readAllBytes(NOS.resolve("TRE_A00-ProducteurDocNonPS.xml"));
        int before = catalog.versions().size();

        HttpResponse<byte[]> anonymous = send("POST", "/api/imports", svs, "application/xml", null);
        HttpResponse<byte[]> reader = send("POST", "/api/imports", svs, "application/xml", READER);

        assertProblem(anonymous, 401, "SEC401", "Authentication required to POST /api/imports");
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Nomenclator\"");
        assertProblem(reader, 403, "SEC403", "needs the role NOMENCLATURE_EDITOR or ADMIN");
        assertThat(catalog.versions()).hasSize(before);
    }

    @Test
    void anEditorImportsTheTemplateWorkbookAsADraftAndAnyoneExportsIt() throws IOException {
        String boundary = "b" + UUID.randomUUID();
        HttpResponse<byte[]> created = send("POST", "/api/imports", multipart(boundary, "file",
                "working-group-template.xlsx", Files.readAllBytes(TEMPLATE)), "multipart/form-data; boundary=" + boundary,
                EDITOR);

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode outcome = json(created).path("outcomes").get(0);
        assertThat(outcome.path("result").asText()).isEqualTo("CREATED");
        assertThat(outcome.path("kind").asText()).isEqualTo("CodeSystem");
        String id = outcome.path("versionId").asText();

        HttpResponse<byte[]> csv = get("/api/exports/CodeSystem/" + id + "?format=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(d ->
                assertThat(d).contains("TRE_R999-Exemple-20250101120000.csv"));
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains("004;Hébergement de nuit;Nuit;");

        HttpResponse<byte[]> xlsx = get("/api/exports/CodeSystem?url=" + q("https://mos.esante.gouv.fr/NOS/TRE_R999-Exemple")
                + "&format=xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.body()).startsWith((byte) 'P', (byte) 'K');
    }

    @Test
    void aDryRunSaysWhatWouldChangeAndStoresNothing() throws IOException {
        byte[] tabs = Files.readAllBytes(NOS.resolve("TRE_R45-FonctionQualifiee.tabs.txt"));
        assertThat(send("POST", "/api/imports?filename=r45.tabs", tabs, "text/plain", ADMIN).statusCode()).isIn(200, 201);
        String changed = new String(tabs, StandardCharsets.UTF_8).replace(";20200424120000\n", ";20250101120000\n")
                .replace("Autovaccins (FQ);", "Autovaccins humains (FQ);");
        int before = catalog.versions().size();

        HttpResponse<byte[]> dryRun = send("POST", "/api/imports?dryRun=true&filename=r45-next.tabs",
                changed.getBytes(StandardCharsets.UTF_8), "text/plain", EDITOR);

        assertThat(dryRun.statusCode()).isEqualTo(200);
        JsonNode body = json(dryRun);
        assertThat(body.path("dryRun").asBoolean()).isTrue();
        assertThat(body.path("outcomes").get(0).path("result").asText()).isEqualTo("CREATED");
        assertThat(body.path("outcomes").get(0).path("version").asText()).isEqualTo("20250101120000");
        JsonNode changelog = body.path("changelogs").get(0);
        assertThat(changelog.path("fromVersion").asText()).isEqualTo("20200424120000");
        assertThat(changelog.path("counts").path("display_changed").asInt()).isEqualTo(1);
        assertThat(catalog.versions()).hasSize(before);
    }

    @Test
    void errorsAreProblemDetailsWithTheirCodeAndNothingIsStored() throws IOException {
        int before = catalog.versions().size();
        String svs = Files.readString(NOS.resolve("JDV_J05-SubjectRole-CISIS.xml"));
        String doctype = svs.replace("standalone=\"no\"?>", "standalone=\"no\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>");
        String boundary = "b" + UUID.randomUUID();
        byte[] notAWorkbook = multipart(boundary, "file", "codes.xlsx", "PK\u0003\u0004 broken".getBytes(StandardCharsets.ISO_8859_1));
        byte[] badRow = ("x\nCode;Libellé;Date de fin de validité\nA;Un;\nB;Deux;31/02/2024\n").getBytes(StandardCharsets.UTF_8);

        assertProblem(send("POST", "/api/imports", doctype.getBytes(StandardCharsets.UTF_8), "application/xml", ADMIN),
                400, "LD102", "DOCTYPE");
        assertProblem(send("POST", "/api/imports", notAWorkbook, "multipart/form-data; boundary=" + boundary, ADMIN),
                400, "LD101", "not a readable xlsx workbook");
        assertProblem(send("POST", "/api/imports?filename=c.csv&url=" + q("https://example.org/cs") + "&version=1", badRow,
                "text/csv", ADMIN), 422, "LD112", "sheet 'c.csv', row 4, column 'Date de fin de validité' (C)");
        assertProblem(send("POST", "/api/imports?filename=c.csv", badRow, "text/csv", ADMIN), 422, "LD112", "31/02/2024");
        assertProblem(send("POST", "/api/imports?format=pdf", badRow, "text/csv", ADMIN), 400, "LD190", "'pdf' is not a format");
        assertProblem(send("POST", "/api/imports?mapping=nope", badRow, "text/csv", ADMIN), 400, "LD110", "no such mapping");
        assertProblem(send("POST", "/api/imports?dryRun=maybe", badRow, "text/csv", ADMIN), 400, "LD190", "dryRun");
        assertProblem(get("/api/exports/CodeSystem?url=" + q("https://example.org/none") + "&format=svs"), 404, "TE401",
                "no CodeSystem https://example.org/none is stored");
        assertProblem(get("/api/exports/Patient/x?format=svs"), 400, "LD190", "'Patient' is not CodeSystem");
        assertThat(catalog.versions()).hasSize(before);
    }

    @Test
    void aPublishedVersionLoadedAgainWithOtherContentIsAConflict() throws IOException {
        byte[] tabs = Files.readAllBytes(NOS.resolve("JDV_J05-SubjectRole-CISIS.tabs"));
        send("POST", "/api/imports?filename=j05.tabs", tabs, "text/plain", ADMIN);
        byte[] changed = new String(tabs, StandardCharsets.UTF_8).replace(";Médecin\n", ";Médecin généraliste\n")
                .getBytes(StandardCharsets.UTF_8);

        assertProblem(send("POST", "/api/imports?filename=j05.tabs", changed, "text/plain", ADMIN), 409, "TE201",
                "is already stored with other content");
    }

    /** Every resource of a file is checked against the store before the first one is written. */
    @Test
    void aBundleWhoseSecondResourceConflictsStoresNeitherOfThem() throws IOException {
        String b = "{\"resourceType\":\"CodeSystem\",\"url\":\"https://example.org/api/b\",\"version\":\"1\","
                + "\"status\":\"active\",\"content\":\"complete\",\"concept\":[{\"code\":\"x\",\"display\":\"X\"}]}";
        assertThat(send("POST", "/api/imports?filename=b.json", b.getBytes(StandardCharsets.UTF_8), "application/fhir+json",
                ADMIN).statusCode()).isEqualTo(201);
        String a = b.replace("/api/b", "/api/a");
        String bundle = "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"resource\":" + a
                + "},{\"resource\":" + b.replace("\"X\"", "\"Autre X\"") + "}]}";
        int before = catalog.versions().size();

        assertProblem(send("POST", "/api/imports?filename=bundle.json", bundle.getBytes(StandardCharsets.UTF_8),
                "application/fhir+json", ADMIN), 409, "TE201", "bundle.json#entry[1]");
        assertThat(catalog.versions()).hasSize(before);
        assertThat(catalog.versionsOf(fr.ror.nomenclator.terminology.ResourceKind.CODE_SYSTEM, "https://example.org/api/a")).isEmpty();
    }

    @Test
    void theDiffAndTheMappingsArePublic() throws IOException {
        HttpResponse<byte[]> mappings = get("/api/mappings");
        assertThat(mappings.statusCode()).isEqualTo(200);
        assertThat(json(mappings).get(0).path("name").asText()).isEqualTo("working-group");
        HttpResponse<byte[]> template = get("/api/mappings/working-group/template");
        assertThat(template.statusCode()).isEqualTo(200);
        assertThat(template.body()).isEqualTo(Files.readAllBytes(TEMPLATE));

        HttpResponse<byte[]> unknown = get("/api/diff?url=" + q("https://example.org/none") + "&from=1&to=2");
        assertProblem(unknown, 404, "TE401", "is stored");
    }
}
