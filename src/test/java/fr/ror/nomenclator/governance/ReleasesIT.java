package fr.ror.nomenclator.governance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import fr.ror.nomenclator.support.ApiClient;
import fr.ror.nomenclator.support.ApiClient.Answer;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Releases over HTTP on a store of their own (publishing changes what is served, which the other
 * governance tests must not see): the NOS team gathers drafts, checks and publishes them together;
 * the notes, the feed and the package describe what was published.
 */
@TestPropertySource(properties = "nomenclator.releases.public-url=http://releases.example")
class ReleasesIT extends GovernanceServerIT {

    static final String R343_URL = "https://mos.esante.gouv.fr/NOS/TRE_R343-FonctionLieu/FHIR/TRE-R343-FonctionLieu";
    static final String R44_URL = "https://mos.esante.gouv.fr/NOS/TRE_R44-QualificationPAC/FHIR/TRE-R44-QualificationPAC";
    static final String G13_URL = "https://mos.esante.gouv.fr/NOS/TRE_G13-OrientationParticuliere/FHIR/TRE-G13-OrientationParticuliere";

    @Test
    void twoDraftsArePublishedTogetherAsOneVersionNameAndDescribedByNotesFeedAndPackage() throws Exception {
        ObjectNode r211 = draft("TRE_R211_ActiviteOperationnelle.json");
        addConcept(r211, "9901", "Activité de test des versions");
        ObjectNode r343 = draft("TRE_R343_FonctionLieu.json");
        addConcept(r343, "99", "Fonction <de> test");
        String r211Draft = postDraft(r211);
        String r343Draft = postDraft(r343);
        String today = LocalDate.now().toString();
        ObjectNode body = object().put("id", "2026-12-a").put("title", "Version de décembre")
                .put("description", "Deux nomenclatures").put("publicationDate", today).put("effectiveDate", today);
        body.putArray("drafts").add(r211Draft).add(r343Draft);

        // Only the NOS team schedules; bad input is refused and nothing is stored.
        assertThat(api.post("/api/releases", null, body).status()).isEqualTo(401);
        assertThat(api.post("/api/releases", MEMBER, body).status()).isEqualTo(403);
        Answer badDate = api.post("/api/releases", PUBLISHER, body.deepCopy().put("effectiveDate", "demain"));
        assertThat(badDate.status()).isEqualTo(422);
        assertThat(badDate.code()).isEqualTo("GV124");
        ObjectNode unknownDraft = body.deepCopy();
        unknownDraft.putArray("drafts").add("CodeSystem/no-such-draft");
        assertThat(api.post("/api/releases", PUBLISHER, unknownDraft).code()).isEqualTo("GV123");
        assertThat(api.get("/api/releases/2026-12-a", null).status()).isEqualTo(404);

        Answer created = api.post("/api/releases", PUBLISHER, body);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.json().path("status").asText()).isEqualTo("scheduled");
        JsonNode openApi = api.get("/api/openapi.json", null).json().path("paths");
        assertThat(openApi.has("/api/releases/{id}/publish")).isTrue();
        assertThat(openApi.has("/api/webhooks")).isTrue();
        assertThat(created.json().path("versions")).hasSize(2);

        Answer checked = api.post("/api/releases/2026-12-a/checks", PUBLISHER, null);
        assertThat(checked.status()).as(checked.text()).isEqualTo(200);
        assertThat(checked.json().path("rules").size()).isGreaterThan(10);

        assertThat(api.post("/api/releases/2026-12-a/publish", MEMBER, null).status()).isEqualTo(403);
        String before = validate(R211_URL, "001");
        // Readers keep being answered while the release is published: the old version or the new one.
        java.util.concurrent.atomic.AtomicBoolean publishing = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.List<String> seen = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        Thread reader = new Thread(() -> {
            ApiClient client = new ApiClient(port);
            while (publishing.get()) {
                Answer read = client.get("/fhir/CodeSystem/$validate-code?url=" + GovernanceStoryIT.q(R211_URL)
                        + "&code=001", null);
                seen.add(read.status() + " " + GovernanceStoryIT.parameter(read.json(), "version"));
            }
        });
        reader.start();
        Answer published = api.post("/api/releases/2026-12-a/publish", PUBLISHER, null);
        publishing.set(false);
        reader.join();
        assertThat(published.status()).as(published.text()).isEqualTo(200);
        JsonNode release = published.json().path("release");
        assertThat(release.path("status").asText()).isEqualTo("published");
        String version = release.path("version").asText();
        assertThat(version).matches("\\d{14}");
        assertThat(release.path("versions").findValuesAsText("version")).containsOnly(version);
        assertThat(seen).isNotEmpty().allSatisfy(answer -> assertThat(answer).isIn("200 " + before, "200 " + version));

        // Both are served at once, by default.
        assertThat(validate(R211_URL, "9901")).contains(version);
        assertThat(validate(R343_URL, "99")).contains(version);
        assertThat(api.post("/api/releases/2026-12-a/publish", PUBLISHER, null).code()).isEqualTo("GV222");

        // The notes, in Markdown and HTML (escaped), say what each nomenclature gained.
        String markdown = api.get("/api/releases/2026-12-a/notes.md", null).text();
        assertThat(markdown).startsWith("# Notes de version 2026-12-a").contains("Codes ajoutés (1)")
                .contains("**9901**").contains("Fonction &lt;de> test");
        String html = api.get("/api/releases/2026-12-a/notes.html", null).text();
        assertThat(html).contains("<h3>Codes ajoutés (1)</h3>").contains("Fonction &lt;de&gt; test");
        assertThat(api.get("/api/releases/2026-12-a/changelog", null).json().findValuesAsText("toVersion"))
                .containsOnly(version);

        // The Atom feed, read by ROME's parser.
        SyndFeed feed = new SyndFeedInput().build(new StringReader(api.get("/api/releases/feed.atom", null).text()));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        SyndEntry entry = feed.getEntries().stream().filter(e -> e.getUri().equals("urn:nomenclator:release:2026-12-a"))
                .findFirst().orElseThrow();
        assertThat(entry.getCategories().get(0).getName()).isEqualTo("published");
        assertThat(entry.getLink()).isEqualTo("http://releases.example/api/releases/2026-12-a/notes.html");

        // The FHIR NPM package: manifest, index and both versions.
        Map<String, byte[]> files = untar(bytes("/api/releases/2026-12-a/package.tgz"));
        assertThat(files).containsKeys("package/package.json", "package/.index.json");
        JsonNode manifest = ApiClient.JSON.readTree(files.get("package/package.json"));
        assertThat(manifest.path("version").asText()).isEqualTo(version);
        JsonNode index = ApiClient.JSON.readTree(files.get("package/.index.json"));
        assertThat(index.path("files").findValuesAsText("url")).containsExactlyInAnyOrder(R211_URL, R343_URL);
        for (JsonNode file : index.path("files")) {
            JsonNode resource = ApiClient.JSON.readTree(files.get("package/" + file.path("filename").asText()));
            assertThat(resource.path("version").asText()).isEqualTo(version);
            assertThat(resource.path("status").asText()).isEqualTo("active");
        }
    }

    @Test
    void aFutureDatedReleaseIsStoredButNotServedBeforeItsEffectiveDate() {
        String before = validate(R44_URL, firstCode("TRE_R44_QualificationPAC.json"));
        ObjectNode r44 = draft("TRE_R44_QualificationPAC.json");
        addConcept(r44, "98", "Qualification future");
        ObjectNode body = object().put("id", "2099-01").put("title", "Version future")
                .put("publicationDate", LocalDate.now().toString()).put("effectiveDate", "2099-01-01");
        body.putArray("drafts").add(postDraft(r44));
        assertThat(api.post("/api/releases", PUBLISHER, body).status()).isEqualTo(201);

        Answer published = api.post("/api/releases/2099-01/publish", PUBLISHER, null);

        assertThat(published.status()).as(published.text()).isEqualTo(200);
        String version = published.json().path("release").path("version").asText();
        assertThat(validate(R44_URL, firstCode("TRE_R44_QualificationPAC.json"))).as("still the version in force")
                .isEqualTo(before);
        JsonNode pinned = api.get("/fhir/CodeSystem/$validate-code?url=" + GovernanceStoryIT.q(R44_URL) + "&version="
                + version + "&code=98", null).json();
        assertThat(GovernanceStoryIT.parameter(pinned, "result")).isEqualTo("true");
    }

    @Test
    void anErrorFindingBlocksThePublicationWithTheFindingsAndLeavesTheDraft() {
        ObjectNode g13 = draft("TRE_G13_OrientationParticuliere.json");
        ((ArrayNode) g13.path("concept")).addObject().put("code", "77");
        String draftId = postDraft(g13);
        ObjectNode body = object().put("id", "2026-12-defect").put("title", "Version défectueuse")
                .put("publicationDate", LocalDate.now().toString());
        body.putArray("drafts").add(draftId);
        assertThat(api.post("/api/releases", PUBLISHER, body).status()).isEqualTo(201);
        String served = validate(G13_URL, firstCode("TRE_G13_OrientationParticuliere.json"));

        Answer blocked = api.post("/api/releases/2026-12-defect/publish", PUBLISHER, null);

        assertThat(blocked.status()).as(blocked.text()).isEqualTo(409);
        assertThat(blocked.contentType()).startsWith("application/problem+json");
        assertThat(blocked.code()).isEqualTo("GV223");
        assertThat(blocked.json().path("problems").toString()).contains("code-system-empty-display").contains("77");
        assertThat(api.get("/api/releases/2026-12-defect", null).json().path("status").asText()).isEqualTo("scheduled");
        assertThat(api.get("/api/releases/2026-12-defect", null).json().path("lastCheck").path("blocks").asBoolean())
                .isTrue();
        assertThat(validate(G13_URL, firstCode("TRE_G13_OrientationParticuliere.json"))).isEqualTo(served);
        assertThat(api.get("/fhir/" + draftId, ADMIN).json().path("status").asText()).isEqualTo("draft");
    }

    @Test
    void aReleaseGathersTheRequestsScheduledInItAndTheRealRulesBlockRetiringACodeAValueSetStillLists() {
        String id = inReview(request("Retrait de 392", retire("392", "Fusionné dans 511", "511")));
        String hash = read(id).json().path("changeSetHash").asText();
        vote(id, MS_EXPERT, "approve", hash);
        vote(id, MCO_EXPERT, "approve", hash);
        assertThat(act(id, "approve", CHAIR, reason("Consensus")).status()).isEqualTo(200);
        assertThat(act(id, "schedule", PUBLISHER, object().put("release", "2027-01")).status()).isEqualTo(200);
        ObjectNode body = object().put("id", "2027-01").put("title", "Version de janvier 2027")
                .put("publicationDate", "2027-01-15").put("effectiveDate", "2027-02-01");

        Answer created = api.post("/api/releases", PUBLISHER, body);

        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.json().path("changeRequests").get(0).asText()).isEqualTo(id);
        assertThat(created.json().path("versions").findValuesAsText("url")).contains(R211_URL);
        String draft = api.post("/api/change-requests", MEMBER, request("Pas encore approuvée",
                retire("393", "Doublon", "511"))).json().path("id").asText();
        Answer notScheduled = api.post("/api/releases/2027-01/change-requests", PUBLISHER, object().set(
                "changeRequests", ApiClient.JSON.createArrayNode().add(draft)));
        assertThat(notScheduled.status()).isEqualTo(422);
        assertThat(notScheduled.detail()).contains("not scheduled in release 2027-01");
        assertThat(api.get("/api/releases/2027-01", null).json().path("changeRequests")).hasSize(1);

        Answer blocked = api.post("/api/releases/2027-01/publish", PUBLISHER, null);

        assertThat(blocked.status()).as(blocked.text()).isEqualTo(409);
        assertThat(blocked.code()).isEqualTo("GV223");
        assertThat(blocked.json().path("problems").toString()).contains("value-set-member-retired").contains("392");
        assertThat(read(id).json().path("status").asText()).isEqualTo("scheduled");
        assertThat(api.get("/api/releases/2027-01/notes.md", null).text()).contains("planifiée")
                .contains("Codes retirés (1)").contains("**392**");
    }

    @Test
    void theChangelogBetweenTheTwoR211GenerationsMatchesACountMadeFromTheFiles() throws Exception {
        JsonNode before = ApiClient.JSON.readTree(Files.readString(Path.of("terminology/CodeSystem",
                "TRE_R211-ActiviteOperationnelle.json")));
        JsonNode after = ApiClient.JSON.readTree(Files.readString(Path.of("terminology/CodeSystem",
                "TRE_R211_ActiviteOperationnelle.json")));
        Map<String, Integer> expected = count(concepts(before), concepts(after));

        JsonNode changelog = api.get("/fhir/CodeSystem/$changelog?url=" + GovernanceStoryIT.q(R211_URL) + "&from="
                + before.path("version").asText() + "&to=" + after.path("version").asText(), null).json();
        Map<String, Integer> counted = new HashMap<>();
        int changes = 0;
        for (JsonNode p : changelog.path("parameter")) {
            if (p.path("name").asText().equals("count")) {
                counted.put(p.path("part").get(0).path("valueCode").asText(), p.path("part").get(1).path("valueInteger")
                        .asInt());
            } else if (p.path("name").asText().equals("change")) {
                changes++;
            }
        }

        assertThat(expected.get("added")).isEqualTo(88);
        for (String bucket : expected.keySet()) {
            assertThat(counted.getOrDefault(bucket, 0)).as(bucket + " in " + counted).isEqualTo(expected.get(bucket));
        }
        assertThat(changes).isEqualTo(counted.values().stream().mapToInt(Integer::intValue).sum());
        System.out.println("R211 20211029120000 -> 20230802150000: " + counted);
    }

    private static Map<String, JsonNode> concepts(JsonNode codeSystem) {
        Map<String, JsonNode> out = new java.util.LinkedHashMap<>();
        codeSystem.path("concept").forEach(c -> out.put(c.path("code").asText(), c));
        return out;
    }

    /**
     * The buckets a reader would count by hand: codes only in the new file (added) or the old one
     * (removed); codes that gain a {@code dateFin} (retired); among the others, displays that differ
     * by their words (display-changed) or only by case, accents, punctuation (display-corrected).
     */
    private static Map<String, Integer> count(Map<String, JsonNode> before, Map<String, JsonNode> after) {
        Map<String, Integer> counts = new HashMap<>();
        counts.put("added", (int) after.keySet().stream().filter(c -> !before.containsKey(c)).count());
        counts.put("removed", (int) before.keySet().stream().filter(c -> !after.containsKey(c)).count());
        int retired = 0;
        int major = 0;
        int minor = 0;
        for (String code : after.keySet()) {
            JsonNode then = before.get(code);
            if (then == null) {
                continue;
            }
            JsonNode now = after.get(code);
            if (!ended(then) && ended(now)) {
                retired++;
            } else if (!then.path("display").asText().equals(now.path("display").asText())) {
                if (words(then.path("display").asText()).equals(words(now.path("display").asText()))) {
                    minor++;
                } else {
                    major++;
                }
            }
        }
        counts.put("retired", retired);
        counts.put("display-changed", major);
        counts.put("display-corrected", minor);
        return counts;
    }

    private static boolean ended(JsonNode concept) {
        for (JsonNode p : concept.path("property")) {
            if (p.path("code").asText().equals("dateFin")) {
                return true;
            }
        }
        return false;
    }

    private static String words(String display) {
        StringBuilder out = new StringBuilder();
        for (char c : java.text.Normalizer.normalize(display, java.text.Normalizer.Form.NFD).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            } else if (Character.getType(c) != Character.NON_SPACING_MARK && out.length() > 0
                    && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }
        return out.toString().trim();
    }

    /** The version served by default for a code, which must be valid in it. */
    private String validate(String url, String code) {
        JsonNode answer = api.get("/fhir/CodeSystem/$validate-code?url=" + GovernanceStoryIT.q(url) + "&code=" + code,
                null).json();
        assertThat(GovernanceStoryIT.parameter(answer, "result")).as(answer.toString()).isEqualTo("true");
        return GovernanceStoryIT.parameter(answer, "version");
    }

    static String firstCode(String file) {
        return draft(file).path("concept").get(0).path("code").asText();
    }

    private String postDraft(ObjectNode resource) {
        Answer created = api.post("/fhir/CodeSystem", ADMIN, resource.toString(), "Prefer", "return=representation");
        assertThat(created.status()).as(created.text()).isIn(200, 201);
        return "CodeSystem/" + created.json().path("id").asText();
    }

    static ObjectNode draft(String file) {
        try {
            ObjectNode json = (ObjectNode) ApiClient.JSON.readTree(Files.readString(Path.of("terminology/CodeSystem", file)));
            json.remove("id");
            json.put("version", "20990101000000").put("status", "draft");
            return json;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void addConcept(ObjectNode codeSystem, String code, String display) {
        ((ArrayNode) codeSystem.withArray("concept")).addObject().put("code", code).put("display", display);
    }

    private byte[] bytes(String path) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    static Map<String, byte[]> untar(byte[] tgz) throws java.io.IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(
                new ByteArrayInputStream(tgz)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                files.put(entry.getName(), tar.readAllBytes());
            }
        }
        return files;
    }
}
