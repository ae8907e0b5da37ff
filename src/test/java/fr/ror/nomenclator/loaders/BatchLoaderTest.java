package fr.ror.nomenclator.loaders;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ror.nomenclator.terminology.ImportOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchLoaderTest {

    private final RecordingContentImport store = new RecordingContentImport();
    private final BatchLoader loader = new BatchLoader(store, FhirResourceReader.withDefaults(),
            new ContentSources(LoaderProperties.defaults()));

    @TempDir
    Path dir;

    @Test
    void aBadFileIsReportedByNameAndTheGoodOnesAreStored() throws Exception {
        Path good1 = Fixtures.copy(Fixtures.TRE_R227, dir, "TRE_R227.json");
        Path bad = Files.writeString(dir.resolve("JDV_BAD.json"), "{\"resourceType\": \"ValueSet\",");
        Path good2 = Fixtures.copy(Fixtures.JDV_J20, dir, "JDV_J20.json");

        LoadReport report = loader.load(List.of(good1, bad, good2), LoadListener.NONE);

        assertThat(store.urls()).containsExactly(Fixtures.TRE_R227_URL, Fixtures.JDV_J20_URL);
        assertThat(report.created()).isEqualTo(2);
        assertThat(report.failed()).isEqualTo(1);
        assertThat(report.sourcesRead()).isEqualTo(3);
        assertThat(report.failures()).singleElement().satisfies(f -> {
            assertThat(f.source()).isEqualTo(bad.toString());
            assertThat(f.reason()).startsWith("malformed JSON at line 1");
        });
        assertThat(report.succeeded()).isFalse();
    }

    @Test
    void loadingTheSameContentTwiceIsUnchanged() throws Exception {
        Path file = Fixtures.copy(Fixtures.TRE_R227, dir, "TRE_R227.json");

        loader.load(List.of(file), LoadListener.NONE);
        LoadReport second = loader.load(List.of(file), LoadListener.NONE);

        assertThat(second.unchanged()).isEqualTo(1);
        assertThat(second.created()).isZero();
        assertThat(second.outcomes()).extracting(ImportOutcome::result).containsExactly(ImportOutcome.Result.UNCHANGED);
    }

    @Test
    void aBundleWithOneInvalidResourceStoresNothingOfIt() throws Exception {
        String bundle = """
                {"resourceType": "Bundle", "type": "collection", "entry": [
                  {"resource": %s},
                  {"resource": {"resourceType": "ValueSet", "url": "http://x", "status": "bogus"}}
                ]}""".formatted(new String(Fixtures.bytes(Fixtures.TRE_R227)));
        Path file = Files.writeString(dir.resolve("bundle.json"), bundle);

        LoadReport report = loader.load(List.of(file), LoadListener.NONE);

        assertThat(store.stored).isEmpty();
        assertThat(report.failures()).singleElement()
                .satisfies(f -> assertThat(f.toString()).startsWith(file + ": invalid FHIR R4 JSON: "));
    }

    @Test
    void aResourceTheStoreRejectsIsReportedWithItsCodeAndTheOthersOfTheBundleAreStored() throws Exception {
        String bundle = """
                {"resourceType": "Bundle", "type": "collection", "entry": [
                  {"resource": {"resourceType": "CodeSystem", "status": "draft", "content": "complete"}},
                  {"resource": %s}
                ]}""".formatted(new String(Fixtures.bytes(Fixtures.JDV_J20)));
        Path file = Files.writeString(dir.resolve("bundle.json"), bundle);

        LoadReport report = loader.load(List.of(file), LoadListener.NONE);

        assertThat(store.urls()).containsExactly(Fixtures.JDV_J20_URL);
        assertThat(report.failures()).containsExactly(
                new LoadFailure(file + "#entry[0]", "the resource has no url (TE101)", "TE101"));
        assertThat(store.sources).containsExactly(file + "#entry[0]", file + "#entry[1]");
    }

    @Test
    void aValidFhirNpmPackageLoadsBothResources() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("package/package.json", Fixtures.utf8("{\"name\": \"test.nos\", \"version\": \"1.0.0\"}"));
        entries.put("package/.index.json", Fixtures.utf8("{\"index-version\": 1, \"files\": []}"));
        entries.put("package/CodeSystem-TRE-R227.json", Fixtures.bytes(Fixtures.TRE_R227));
        entries.put("package/ValueSet-JDV-J20.json", Fixtures.bytes(Fixtures.JDV_J20));
        Path tgz = Fixtures.tgz(dir.resolve("test.nos-1.0.0.tgz"), entries);

        LoadReport report = loader.load(List.of(tgz), LoadListener.NONE);

        assertThat(report.failures()).isEmpty();
        assertThat(report.created()).isEqualTo(2);
        assertThat(store.urls()).containsExactlyInAnyOrder(Fixtures.TRE_R227_URL, Fixtures.JDV_J20_URL);
        assertThat(store.sources).containsExactly(tgz + "!package/CodeSystem-TRE-R227.json",
                tgz + "!package/ValueSet-JDV-J20.json");
    }

    @Test
    void aRefusedPackageOrMissingPathIsOneFailureAndTheRestStillLoads() throws Exception {
        Path evil = Fixtures.tgz(dir.resolve("evil.tgz"), Map.of("../evil.json", Fixtures.bytes(Fixtures.TRE_R227)));
        Path missing = dir.resolve("missing.json");
        Path good = Fixtures.copy(Fixtures.JDV_J20, dir, "JDV_J20.json");

        LoadReport report = loader.load(List.of(evil, missing, good), LoadListener.NONE);

        assertThat(store.urls()).containsExactly(Fixtures.JDV_J20_URL);
        assertThat(report.failures()).extracting(LoadFailure::source).containsExactly(evil.toString(), missing.toString());
    }

    @Test
    void theListenerFollowsEverySource() throws Exception {
        Path a = Fixtures.copy(Fixtures.TRE_R227, dir, "a.json");
        Path b = Files.writeString(dir.resolve("b.json"), "nope");
        List<String> events = new ArrayList<>();

        loader.load(List.of(dir), new LoadListener() {
            @Override
            public void started(int sourceCount) {
                events.add("started " + sourceCount);
            }

            @Override
            public void sourceFinished(String source, List<ImportOutcome> outcomes, List<LoadFailure> failures) {
                events.add(Path.of(source).getFileName() + " " + outcomes.size() + "/" + failures.size());
            }
        });

        assertThat(events).containsExactly("started 2", "a.json 1/0", "b.json 0/1");
    }

    @Test
    void theWholeRealNosSetLoads() {
        Path nos = SharedNomenclatures.PRIOUR.resolve("NOS");

        LoadReport report = loader.load(List.of(nos), LoadListener.NONE);

        assertThat(report.failures()).isEmpty();
        assertThat(report.sourcesRead()).isEqualTo(473 + 39);
        assertThat(report.created() + report.unchanged()).isEqualTo(473 + 39);
    }
}
