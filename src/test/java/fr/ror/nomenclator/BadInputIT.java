package fr.ror.nomenclator;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ror.nomenclator.loaders.BatchLoader;
import fr.ror.nomenclator.loaders.LoadListener;
import fr.ror.nomenclator.loaders.LoadReport;
import fr.ror.nomenclator.terminology.GraphStatistics;
import fr.ror.nomenclator.terminology.VersionCatalog;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Bad input against the whole server on the real store: each gets a clear error naming the
 * request or file and the problem, and the graph is exactly as before.
 */
class BadInputIT extends ServerIT {

    static final Path TRE = Path.of(System.getProperty("user.dir"))
            .resolve("../shared/nomenclatures/M-Priour_IG-terminologie-de-sante/input/NOS/TRE").normalize();
    static final String ADMIN = "Basic " + Base64.getEncoder()
            .encodeToString("nos-admin:nomenclator-demo".getBytes(StandardCharsets.UTF_8));

    final HttpClient http = HttpClient.newHttpClient();
    @Autowired
    VersionCatalog catalog;
    @Autowired
    BatchLoader loader;
    GraphStatistics before;

    @BeforeEach
    void snapshot() {
        before = catalog.statistics();
    }

    HttpResponse<String> post(String type, String contentType, String body, boolean authenticated)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(fhirBase() + "/" + type))
                // a client that waits for "100 Continue" hears a refusal before sending a large body
                .expectContinue(true)
                .header("Content-Type", contentType).header("Accept", "application/fhir+json")
                .POST(BodyPublishers.ofString(body));
        if (authenticated) {
            request.header("Authorization", ADMIN);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    void assertRefused(HttpResponse<String> response, int status, String... words) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.body()).contains("OperationOutcome");
        for (String word : words) {
            assertThat(response.body()).contains(word);
        }
        assertThat(catalog.statistics()).isEqualTo(before);
    }

    @Test
    void anonymousWritesAreRefused() throws Exception {
        String r239 = Files.readString(TRE.resolve("TRE_R239_PublicPrisEnCharge.json"));
        assertRefused(post("CodeSystem", "application/fhir+json", r239, false), 401);
    }

    @Test
    void malformedJsonIsRefused() throws Exception {
        assertRefused(post("CodeSystem", "application/fhir+json", "{\"resourceType\": \"CodeSystem\", \"url\": ", true),
                400, "JSON");
    }

    @Test
    void malformedXmlIsRefused() throws Exception {
        assertRefused(post("CodeSystem", "application/fhir+xml",
                "<CodeSystem xmlns=\"http://hl7.org/fhir\"><url value=\"x\"></CodeSystem>", true), 400);
    }

    @Test
    void xmlWithAnExternalEntityIsRefusedWithoutReadingIt(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "MARKER-7f3a");
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE CodeSystem [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<CodeSystem xmlns=\"http://hl7.org/fhir\"><url value=\"urn:x\"/><version value=\"1\"/>"
                + "<status value=\"active\"/><content value=\"complete\"/><name value=\"&x;\"/></CodeSystem>";
        HttpResponse<String> response = post("CodeSystem", "application/fhir+xml", xml, true);
        assertRefused(response, 400, "DOCTYPE");
        assertThat(response.body()).doesNotContain("MARKER-7f3a");
    }

    @Test
    void aResourceOfAnotherTypeIsRefused() throws Exception {
        assertRefused(post("CodeSystem", "application/fhir+json",
                "{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"Martin\"}]}", true), 400, "Patient");
    }

    @Test
    void aCodeSystemWithDuplicateCodesIsRefused() throws Exception {
        String r239 = Files.readString(TRE.resolve("TRE_R239_PublicPrisEnCharge.json"))
                .replace("\"version\": \"20230718120000\"", "\"version\": \"29990101000000\"")
                .replace("\"code\": \"02\"", "\"code\": \"01\"");
        assertThat(r239).contains("29990101000000");
        assertRefused(post("CodeSystem", "application/fhir+json", r239, true), 422, "duplicate code", "'01'");
    }

    /**
     * A client announcing a 51 MB body is answered 413 before the body is read: the request goes
     * over a plain socket that sends the headers and only the first bytes of the body.
     */
    @Test
    void aFiftyMegabyteBodyIsRefused() throws Exception {
        long size = 51L * 1024 * 1024;
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /fhir/CodeSystem HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + ADMIN
                    + "\r\nContent-Type: application/fhir+json\r\nAccept: application/fhir+json\r\n"
                    + "Content-Length: " + size + "\r\nConnection: close\r\n\r\n{\"resourceType\":\"CodeSystem\",")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String response = readUntilQuiet(socket);

            assertThat(response).startsWith("HTTP/1.1 413");
            assertThat(response).contains("OperationOutcome").contains("max-request-bytes");
        }
        assertThat(catalog.statistics()).isEqualTo(before);
    }

    /** What the server sent until it fell silent (it keeps the connection to drain the body). */
    private static String readUntilQuiet(java.net.Socket socket) throws IOException {
        java.io.ByteArrayOutputStream received = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                int n = socket.getInputStream().read(buffer);
                if (n < 0) {
                    break;
                }
                received.write(buffer, 0, n);
                socket.setSoTimeout(1000);
            } catch (java.net.SocketTimeoutException quiet) {
                if (received.size() > 0) {
                    break;
                }
            }
        }
        return received.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aPackageWhoseEntriesEscapeTheirFolderIsRefused(@TempDir Path dir) throws Exception {
        Path tgz = dir.resolve("evil.tgz");
        byte[] resource = Files.readAllBytes(TRE.resolve("TRE_R239_PublicPrisEnCharge.json"));
        try (OutputStream file = Files.newOutputStream(tgz);
             TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(file))) {
            TarArchiveEntry entry = new TarArchiveEntry("package/../../evil.json");
            entry.setSize(resource.length);
            tar.putArchiveEntry(entry);
            tar.write(resource);
            tar.closeArchiveEntry();
        }
        LoadReport report = loader.load(java.util.List.of(tgz), LoadListener.NONE);

        assertThat(report.failed()).isEqualTo(1);
        assertThat(report.failures().get(0).toString()).contains("evil.tgz").contains("../");
        assertThat(catalog.statistics()).isEqualTo(before);
    }

    @Test
    void aConceptCodeContainingCypherIsStoredAsData() throws Exception {
        String code = "01\\\"}) MATCH (n) DETACH DELETE n //";
        String r239 = Files.readString(TRE.resolve("TRE_R239_PublicPrisEnCharge.json"))
                .replace("\"version\": \"20230718120000\"", "\"version\": \"29990101000001\"")
                .replace("\"code\": \"01\"", "\"code\": \"" + code + "\"");
        HttpResponse<String> created = post("CodeSystem", "application/fhir+json", r239, true);
        assertThat(created.statusCode()).isEqualTo(201);

        GraphStatistics after = catalog.statistics();
        assertThat(after.nodes()).isGreaterThan(before.nodes());
        HttpResponse<String> read = http.send(HttpRequest.newBuilder(URI.create(fhirBase()
                + "/CodeSystem?url=https://mos.esante.gouv.fr/NOS/TRE_R239-PublicPrisEnCharge/FHIR/TRE-R239-PublicPrisEnCharge"
                + "&version=29990101000001")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(read.body()).contains("MATCH (n) DETACH DELETE n //");
    }
}
