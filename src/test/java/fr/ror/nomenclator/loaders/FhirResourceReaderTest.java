package fr.ror.nomenclator.loaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FhirResourceReaderTest {

    private static final String MARKER = "XXE-MARKER-7d1f";

    private final FhirResourceReader reader = FhirResourceReader.withDefaults();

    @TempDir
    Path dir;

    private HttpServer entityServer;
    private final AtomicInteger entityRequests = new AtomicInteger();

    @BeforeEach
    void startEntityServer() throws Exception {
        entityServer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        entityServer.createContext("/", exchange -> {
            entityRequests.incrementAndGet();
            byte[] body = Fixtures.utf8(MARKER);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        entityServer.start();
    }

    @AfterEach
    void stopEntityServer() {
        entityServer.stop(0);
    }

    @Test
    void readsARealCodeSystemAsJson() {
        List<ObjectNode> resources = reader.read(Fixtures.TRE_R227, Fixtures.bytes(Fixtures.TRE_R227));

        assertThat(resources).singleElement().satisfies(cs -> {
            assertThat(cs.get("resourceType").asText()).isEqualTo("CodeSystem");
            assertThat(cs.get("url").asText()).isEqualTo(Fixtures.TRE_R227_URL);
            assertThat(cs.get("concept")).hasSize(5);
        });
    }

    @Test
    void malformedJsonIsRefusedWithItsPosition() {
        byte[] json = Fixtures.utf8("{\n  \"resourceType\": \"CodeSystem\",\n  \"url\": oops\n}");

        assertThatThrownBy(() -> reader.read("JDV_X.json", json))
                .isInstanceOf(LoadException.class)
                .hasMessageStartingWith("JDV_X.json: malformed JSON at line 3, column ")
                .hasMessageContaining("oops");
    }

    @Test
    void jsonWithADuplicateKeyIsRefused() {
        byte[] json = Fixtures.utf8("{\"resourceType\": \"CodeSystem\", \"url\": \"a\", \"url\": \"b\"}");

        assertThatThrownBy(() -> reader.read("dup.json", json))
                .hasMessageStartingWith("dup.json: malformed JSON at line 1")
                .hasMessageContaining("Duplicate field 'url'");
    }

    @Test
    void malformedXmlIsRefusedWithItsPosition() {
        byte[] xml = Fixtures.utf8("<CodeSystem xmlns=\"http://hl7.org/fhir\">\n  <url value=\"x\">\n</CodeSystem>\n");

        assertThatThrownBy(() -> reader.read("TRE_X.xml", xml))
                .isInstanceOf(LoadException.class)
                .hasMessageStartingWith("TRE_X.xml: malformed XML at line 3, column ")
                .hasMessageContaining("url");
    }

    @Test
    void xmlWithAnExternalEntityIsRefusedBeforeAnythingIsFetched() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), MARKER);
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE CodeSystem [
                  <!ENTITY file SYSTEM "%s">
                  <!ENTITY web SYSTEM "http://127.0.0.1:%d/entity">
                ]>
                <CodeSystem xmlns="http://hl7.org/fhir">
                  <url value="http://example.org/cs"/>
                  <name value="&file;&web;"/>
                  <status value="active"/>
                  <content value="complete"/>
                </CodeSystem>
                """.formatted(secret.toUri(), entityServer.getAddress().getPort());

        assertThatThrownBy(() -> reader.read("evil.xml", Fixtures.utf8(xml)))
                .isInstanceOf(LoadException.class)
                .hasMessageStartingWith("evil.xml: XML with a DOCTYPE or ENTITY declaration is refused")
                .message().doesNotContain(MARKER);
        assertThat(entityRequests).hasValue(0);
    }

    @Test
    void hapisOwnXmlParserWouldNotResolveEntitiesEither() {
        // Defence in depth: if the prolog check were ever bypassed, HAPI must not fetch the entity.
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE CodeSystem [<!ENTITY web SYSTEM "http://127.0.0.1:%d/entity">]>
                <CodeSystem xmlns="http://hl7.org/fhir"><name value="&web;"/></CodeSystem>
                """.formatted(entityServer.getAddress().getPort());

        String encoded;
        try {
            encoded = R4.context().newJsonParser().encodeResourceToString(R4.context().newXmlParser().parseResource(xml));
        } catch (RuntimeException refused) {
            encoded = "";
        }

        assertThat(encoded).doesNotContain(MARKER);
        assertThat(entityRequests).hasValue(0);
    }

    @Test
    void aResourceOfAnotherTypeIsRefused() {
        byte[] json = Fixtures.utf8("{\"resourceType\": \"Patient\", \"id\": \"p1\"}");

        assertThatThrownBy(() -> reader.read("patient.json", json))
                .hasMessage("patient.json: expected CodeSystem, ValueSet, ConceptMap or Bundle, found Patient");
    }

    @Test
    void anXmlResourceOfAnotherTypeIsRefused() {
        byte[] xml = Fixtures.utf8("<Patient xmlns=\"http://hl7.org/fhir\"><id value=\"p1\"/></Patient>");

        assertThatThrownBy(() -> reader.read("patient.xml", xml))
                .hasMessage("patient.xml: expected CodeSystem, ValueSet, ConceptMap or Bundle, found Patient");
    }

    @Test
    void aBundleIsUnpackedToItsResources() {
        String bundle = """
                {"resourceType": "Bundle", "type": "collection", "entry": [
                  {"fullUrl": "http://example.org/fhir/CodeSystem/other-id", "resource": %s},
                  {"resource": %s}
                ]}""".formatted(new String(Fixtures.bytes(Fixtures.TRE_R227)), new String(Fixtures.bytes(Fixtures.JDV_J20)));

        List<ObjectNode> resources = reader.read("bundle.json", Fixtures.utf8(bundle));

        assertThat(resources).extracting(r -> r.get("url").asText())
                .containsExactly(Fixtures.TRE_R227_URL, Fixtures.JDV_J20_URL);
        assertThat(resources.get(0).get("id").asText()).isEqualTo("TRE-R227-ChampActivite");
    }

    @Test
    void aBundleWithAPatientEntryIsRefusedNamingTheEntry() {
        String bundle = """
                {"resourceType": "Bundle", "type": "collection", "entry": [
                  {"resource": %s},
                  {"resource": {"resourceType": "Patient", "id": "p1"}}
                ]}""".formatted(new String(Fixtures.bytes(Fixtures.TRE_R227)));

        assertThatThrownBy(() -> reader.read("bundle.json", Fixtures.utf8(bundle)))
                .hasMessage("bundle.json: Bundle.entry[1] is a Patient, expected CodeSystem, ValueSet or ConceptMap");
    }

    @Test
    void anXmlBundleWithAPatientEntryIsRefusedNamingTheEntry() {
        String bundle = """
                <Bundle xmlns="http://hl7.org/fhir"><type value="collection"/>
                  <entry><resource><Patient><id value="p1"/></Patient></resource></entry>
                </Bundle>""";

        assertThatThrownBy(() -> reader.read("bundle.xml", Fixtures.utf8(bundle)))
                .hasMessage("bundle.xml: Bundle.entry[0] is a Patient, expected CodeSystem, ValueSet or ConceptMap");
    }

    @Test
    void invalidFhirIsRefused() {
        byte[] json = Fixtures.utf8("{\"resourceType\": \"CodeSystem\", \"url\": \"http://x\", \"status\": \"bogus\"}");

        assertThatThrownBy(() -> reader.read("cs.json", json))
                .hasMessageStartingWith("cs.json: invalid FHIR R4 JSON: ")
                .hasMessageContaining("bogus");
    }

    @Test
    void contentThatIsNeitherJsonNorXmlIsRefused() {
        assertThatThrownBy(() -> reader.read("codes.tabs", Fixtures.utf8("code;display\n01;x\n")))
                .hasMessage("codes.tabs: neither JSON nor XML: the first non-blank character is 'c', expected '{' or '<'");
        assertThatThrownBy(() -> reader.read("empty.json", Fixtures.utf8(" \n")))
                .hasMessage("empty.json: empty content, expected FHIR JSON or XML");
    }

    @Test
    void contentOverAConfiguredLimitIsRefused() {
        FhirResourceReader small = new FhirResourceReader(R4.context(), 1024);
        byte[] content = Fixtures.bytes(Fixtures.TRE_R227);

        assertThatThrownBy(() -> small.read(LoadSource.of("big.json", content)))
                .hasMessage("big.json: content larger than the limit of 1 KB");
        assertThatThrownBy(() -> small.read("big.json", new java.io.ByteArrayInputStream(content)))
                .hasMessage("big.json: content larger than the limit of 1 KB");
    }

    @Test
    void aStreamOverTheDefault50MbIsRefusedAfterReadingJustPastTheLimit() {
        AtomicLong served = new AtomicLong();
        InputStream endless = new InputStream() {
            private final byte[] head = Fixtures.utf8("{\"resourceType\": \"CodeSystem\", \"description\": \"");

            @Override
            public int read() {
                long i = served.getAndIncrement();
                return i < head.length ? head[(int) i] : 'a';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                for (int i = 0; i < len; i++) {
                    b[off + i] = (byte) read();
                }
                return len;
            }
        };

        assertThatThrownBy(() -> reader.read("huge.json", endless))
                .hasMessage("huge.json: content larger than the limit of 50 MB");
        assertThat(served.get()).isBetween(50L * 1024 * 1024 + 1, 50L * 1024 * 1024 + 64 * 1024);
    }

    @Test
    void aFileOverTheLimitIsRefused() throws Exception {
        Path file = Files.write(dir.resolve("big.json"), Fixtures.bytes(Fixtures.TRE_R227));
        FhirResourceReader small = new FhirResourceReader(R4.context(), 100);

        assertThatThrownBy(() -> small.read(LoadSource.of(file)))
                .hasMessage(file + ": content larger than the limit of 100 bytes");
    }
}
