package fr.ror.nomenclator.governance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import fr.ror.nomenclator.support.ApiClient;
import fr.ror.nomenclator.support.ApiClient.Answer;
import fr.ror.nomenclator.support.TestGraphStore;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Fault injection on the packaged jar: a server in a child JVM halts (as a power cut would) at each
 * step of a publication ({@code nomenclator.releases.crash-at}); restarted on the same data
 * directory, it must serve the old state or the new one, never a mix: both versions of a release or
 * neither. A consumer on localhost receives every webhook event across the crashes (at least once;
 * it counts distinct event ids, the idempotency key). Last, the release's NPM package loads into an
 * empty server with identical content.
 */
class ReleaseCrashIT {

    private static final String PUBLISHER = "nos-publisher:nomenclator-demo";
    private static final String ADMIN = "nos-admin:nomenclator-demo";
    private static final String R211_URL = GovernanceServerIT.R211_URL;
    private static final String R343_URL = ReleasesIT.R343_URL;
    private static final String R44_URL = ReleasesIT.R44_URL;
    private static final String R211_2023 = "20230802150000";

    private final List<String[]> received = Collections.synchronizedList(new ArrayList<>());
    private HttpServer receiver;
    private Process server;
    private Path logs;
    private int port;

    @BeforeEach
    void consumer() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        receiver.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new String[] {exchange.getRequestHeaders().getFirst("X-Nomenclator-Event-Id"),
                    exchange.getRequestHeaders().getFirst("X-Nomenclator-Event"), new String(body, StandardCharsets.UTF_8)});
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() throws InterruptedException {
        receiver.stop(0);
        if (server != null && server.isAlive()) {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aCrashAtAnyStepOfAPublicationLeavesTheOldStateOrTheNewOneAndEveryEventArrives() throws Exception {
        Path data = TestGraphStore.newDataDir("crash");
        logs = Files.createDirectories(data.resolveSibling(data.getFileName() + "-logs"));

        // Before anything is written: halted after the checks.
        ApiClient api = start(data, "checked", List.of());
        assertThat(api.post("/api/webhooks", PUBLISHER, ApiClient.JSON.createObjectNode()
                .put("url", "http://localhost:" + receiver.getAddress().getPort() + "/hook")).status()).isEqualTo(201);
        ObjectNode r211 = ReleasesIT.draft("TRE_R211_ActiviteOperationnelle.json");
        ReleasesIT.addConcept(r211, "9902", "Activité ajoutée avant la panne");
        ObjectNode r343 = ReleasesIT.draft("TRE_R343_FonctionLieu.json");
        ReleasesIT.addConcept(r343, "98", "Fonction ajoutée avant la panne");
        List<String> drafts = List.of(postDraft(api, r211), postDraft(api, r343));
        ObjectNode release = ApiClient.JSON.createObjectNode().put("id", "crash-1").put("title", "Publication interrompue")
                .put("publicationDate", LocalDate.now().toString());
        drafts.forEach(release.withArray("drafts")::add);
        assertThat(api.post("/api/releases", PUBLISHER, release).status()).isEqualTo(201);
        crashWhilePublishing(api, "crash-1");

        // Halted in the transaction, every write made but not committed.
        api = start(data, "in-transaction", List.of());
        assertOldState(api, drafts);
        crashWhilePublishing(api, "crash-1");

        // Halted right after the commit, memory still serving the old state.
        api = start(data, "committed", List.of());
        assertOldState(api, drafts);
        crashWhilePublishing(api, "crash-1");

        // The commit is durable: the restart serves the new state, whole. Then halt after the swap.
        api = start(data, "swapped", List.of());
        String version = assertNewState(api, "crash-1");
        ObjectNode r44 = ReleasesIT.draft("TRE_R44_QualificationPAC.json");
        ReleasesIT.addConcept(r44, "97", "Qualification ajoutée avant la panne");
        ObjectNode second = ApiClient.JSON.createObjectNode().put("id", "crash-2").put("title", "Seconde publication")
                .put("publicationDate", LocalDate.now().toString());
        second.withArray("drafts").add(postDraft(api, r44));
        assertThat(api.post("/api/releases", PUBLISHER, second).status()).isEqualTo(201);
        crashWhilePublishing(api, "crash-2");

        api = start(data, null, List.of());
        assertThat(api.get("/api/releases/crash-2", null).json().path("status").asText()).isEqualTo("published");
        assertThat(served(api, R44_URL, "97")).isEqualTo(api.get("/api/releases/crash-2", null).json()
                .path("version").asText());
        assertThat(served(api, R211_URL, "9902")).isEqualTo(version);

        // Every event reached the consumer at least once; deduplicated by id, exactly once each.
        awaitEvents(4);
        Set<String> distinct = new LinkedHashSet<>();
        List<String> kinds = new ArrayList<>();
        synchronized (received) {
            for (String[] event : received) {
                if (distinct.add(event[0])) {
                    kinds.add(event[1] + " " + ApiClient.JSON.readTree(event[2]).path("release").path("id").asText());
                }
            }
        }
        assertThat(kinds).containsExactlyInAnyOrder("release.scheduled crash-1", "release.published crash-1",
                "release.scheduled crash-2", "release.published crash-2");
        System.out.println("Webhook deliveries received: " + received.size() + " for " + distinct.size() + " events");

        // The package of crash-1 loads into an empty server with identical content.
        byte[] tgz = bytes("/api/releases/crash-1/package.tgz");
        Map<String, JsonNode> original = new java.util.HashMap<>();
        for (String url : List.of(R211_URL, R343_URL)) {
            original.put(url, resource(api, url, version));
        }
        server.destroy();
        server.waitFor(60, TimeUnit.SECONDS);
        Path emptyData = TestGraphStore.newDataDir("empty");
        Path tgzFile = logs.resolve("release-crash-1.tgz");
        Files.write(tgzFile, tgz);
        ProcessBuilder load = new ProcessBuilder(java(), "-Xmx768m", "-jar", jar().toString(), "load", tgzFile.toString())
                .redirectErrorStream(true).redirectOutput(logs.resolve("load.log").toFile());
        load.environment().put("NOMENCLATOR_NEO4J_DATA_DIR", emptyData.toString());
        Process loading = load.start();
        assertThat(loading.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(loading.exitValue()).as(Files.readString(logs.resolve("load.log"))).isZero();
        ApiClient empty = start(emptyData, null, List.of("--nomenclator.loaders.load-shipped-content=false"));
        assertThat(empty.get("/api/releases", null).json()).as("a store of its own").isEmpty();
        for (String url : List.of(R211_URL, R343_URL)) {
            assertThat(resource(empty, url, version)).as(url).isEqualTo(original.get(url));
        }
    }

    private void assertOldState(ApiClient api, List<String> drafts) {
        assertThat(api.get("/api/releases/crash-1", null).json().path("status").asText()).isEqualTo("scheduled");
        for (String draft : drafts) {
            assertThat(api.get("/fhir/" + draft, ADMIN).json().path("status").asText()).as(draft).isEqualTo("draft");
        }
        assertThat(served(api, R211_URL, "392")).isEqualTo(R211_2023);
        assertThat(api.get("/fhir/CodeSystem?_summary=count&status=active&url=" + q(R343_URL), null).json()
                .path("total").asInt()).isEqualTo(1);
    }

    private String assertNewState(ApiClient api, String id) {
        JsonNode release = api.get("/api/releases/" + id, null).json();
        assertThat(release.path("status").asText()).isEqualTo("published");
        String version = release.path("version").asText();
        assertThat(served(api, R211_URL, "9902")).isEqualTo(version);
        assertThat(served(api, R343_URL, "98")).isEqualTo(version);
        return version;
    }

    private void crashWhilePublishing(ApiClient api, String id) throws InterruptedException {
        try {
            Answer answer = api.post("/api/releases/" + id + "/publish", PUBLISHER, null);
            throw new AssertionError("the server answered instead of halting: " + answer.status() + " " + answer.text());
        } catch (IllegalStateException connectionLost) {
            // the process halted mid-request
        }
        assertThat(server.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(server.exitValue()).isEqualTo(86);
    }

    private ApiClient start(Path data, String crashAt, List<String> more) throws Exception {
        Path jar = jar();
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(java(),
                "-Xmx768m", "-jar", jar.toString(), "--server.port=" + port,
                "--nomenclator.neo4j.data-dir=" + data, "--nomenclator.releases.webhooks.poll-interval=300ms",
                "--nomenclator.releases.webhooks.initial-backoff=500ms",
                // A dispatcher that halts holding a claim (its poll can take the new delivery between the
                // commit and the halt) blocks it for the lease; the restarted server sends it once it passed.
                "--nomenclator.releases.webhooks.lease=3s"));
        if (crashAt != null) {
            command.add("--nomenclator.releases.crash-at=" + crashAt);
        }
        command.addAll(more);
        Path log = logs.resolve("server-" + (crashAt == null ? "plain" : crashAt) + "-" + port + ".log");
        server = new ProcessBuilder(command).directory(Path.of("").toAbsolutePath().toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        awaitReady(port, log);
        this.port = port;
        return new ApiClient(port);
    }

    private static Path jar() {
        return Path.of(System.getProperty("nomenclator.jar", "target/nomenclator.jar")).toAbsolutePath();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private void awaitReady(int port, Path log) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        URI ready = URI.create("http://localhost:" + port + "/actuator/health/readiness");
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new AssertionError("server exited: " + Files.readString(log));
            }
            try {
                if (http.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.ofString())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not ready after 4 minutes: " + Files.readString(log));
    }

    private void awaitEvents(int distinct) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            synchronized (received) {
                if (received.stream().map(e -> e[0]).distinct().count() >= distinct) {
                    return;
                }
            }
            Thread.sleep(200);
        }
    }

    private static String postDraft(ApiClient api, ObjectNode resource) {
        Answer created = api.post("/fhir/CodeSystem", ADMIN, resource.toString(), "Prefer", "return=representation");
        assertThat(created.status()).as(created.text()).isIn(200, 201);
        return "CodeSystem/" + created.json().path("id").asText();
    }

    private static String served(ApiClient api, String url, String code) {
        JsonNode answer = api.get("/fhir/CodeSystem/$validate-code?url=" + q(url) + "&code=" + code, null).json();
        assertThat(GovernanceStoryIT.parameter(answer, "result")).as(answer.toString()).isEqualTo("true");
        return GovernanceStoryIT.parameter(answer, "version");
    }

    /** A version as served, without what the store assigns (id, meta). */
    private static JsonNode resource(ApiClient api, String url, String version) {
        JsonNode bundle = api.get("/fhir/CodeSystem?url=" + q(url) + "&version=" + version, null).json();
        assertThat(bundle.path("total").asInt()).as(bundle.toString()).isEqualTo(1);
        ObjectNode resource = (ObjectNode) bundle.path("entry").get(0).path("resource");
        resource.remove(List.of("id", "meta"));
        return resource;
    }

    private byte[] bytes(String path) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
