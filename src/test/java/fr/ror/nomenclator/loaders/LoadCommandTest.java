package fr.ror.nomenclator.loaders;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadCommandTest {

    private final RecordingContentImport store = new RecordingContentImport();
    private final List<Boolean> opened = new ArrayList<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int run(String... args) {
        LoadCommand command = new LoadCommand(withShipped -> {
            opened.add(withShipped);
            return new BatchLoader(store, FhirResourceReader.withDefaults(), new ContentSources(LoaderProperties.defaults()));
        }, new PrintWriter(out, true), new PrintWriter(err, true), false);
        return NomenclatorCli.commandLine(command).execute(args);
    }

    @Test
    void loadingGoodFilesExitsWithZeroAndPrintsTheSummary() throws Exception {
        Path cs = Fixtures.copy(Fixtures.TRE_R227, dir, "TRE_R227.json");
        Path vs = Fixtures.copy(Fixtures.JDV_J20, dir, "JDV_J20.json");

        int exit = run(cs.toString(), vs.toString());

        assertThat(exit).isZero();
        assertThat(store.urls()).containsExactly(Fixtures.TRE_R227_URL, Fixtures.JDV_J20_URL);
        assertThat(out.toString())
                .containsPattern("Files read +2\\R")
                .containsPattern("Resources created +2\\R")
                .containsPattern("Resources unchanged +0\\R")
                .containsPattern("Resources replaced +0\\R")
                .containsPattern("Failed +0\\R")
                .containsPattern("Time +\\d+\\.\\d s")
                .doesNotContain("Failures:");
        assertThat(err.toString()).contains("Loading").contains("2/2");
        assertThat(opened).containsExactly(false);
    }

    @Test
    void aFailedFileExitsWithOneAndIsListedByNameWithItsReason() throws Exception {
        Path good = Fixtures.copy(Fixtures.TRE_R227, dir, "TRE_R227.json");
        Path bad = Files.writeString(dir.resolve("JDV_X.json"), "{\n  \"resourceType\": \"ValueSet\",\n  \"url\": x\n}");

        int exit = run(dir.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(store.urls()).containsExactly(Fixtures.TRE_R227_URL);
        assertThat(out.toString())
                .containsPattern("Files read +2\\R")
                .containsPattern("Resources created +1\\R")
                .containsPattern("Failed +1\\R")
                .contains("Failures:")
                .contains("  " + bad + ": malformed JSON at line 3, column ");
        assertThat(good).exists();
    }

    @Test
    void quietPrintsOnlyTheFailuresOnStderr() throws Exception {
        Path bad = Files.writeString(dir.resolve("patient.json"), "{\"resourceType\": \"Patient\"}");

        int exit = run("--quiet", bad.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().strip())
                .isEqualTo(bad + ": expected CodeSystem, ValueSet, ConceptMap or Bundle, found Patient");
    }

    @Test
    void withShippedAsksForTheShippedContent() throws Exception {
        Path cs = Fixtures.copy(Fixtures.TRE_R227, dir, "TRE_R227.json");

        assertThat(run("--with-shipped", "-q", cs.toString())).isZero();
        assertThat(opened).containsExactly(true);
    }

    @Test
    void aUsageErrorExitsWithTwoWithoutStartingAnything() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("--no-such-option", "x.json")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required parameter").contains("Usage:");
        assertThat(opened).isEmpty();
    }

    @Test
    void theCommandLineDispatchIsForTheLoadExportAndDiffCommands() {
        assertThat(NomenclatorCli.isCommand(new String[] {"load", "x.json"})).isTrue();
        assertThat(NomenclatorCli.isCommand(new String[] {"export", "--help"})).isTrue();
        assertThat(NomenclatorCli.isCommand(new String[] {"diff", "--help"})).isTrue();
        assertThat(NomenclatorCli.isCommand(new String[] {"--server.port=0"})).isFalse();
        assertThat(NomenclatorCli.isCommand(new String[0])).isFalse();
    }
}
