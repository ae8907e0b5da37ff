package fr.ror.nomenclator.loaders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.fhir.InMemoryTerminology;
import fr.ror.nomenclator.loaders.nos.NosOids;
import fr.ror.nomenclator.loaders.sheets.Mappings;
import fr.ror.nomenclator.terminology.Changelog;
import fr.ror.nomenclator.terminology.ResourceKind;
import fr.ror.nomenclator.terminology.VersionDiff;
import fr.ror.nomenclator.terminology.internal.diff.ChangelogBuilder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export and diff commands over an in-memory store. */
class ExportAndDiffCommandTest {

    static final String R211 = "https://mos.esante.gouv.fr/NOS/TRE_R211-ActiviteOperationnelle";
    private final InMemoryTerminology store = new InMemoryTerminology();
    private final FhirResourceReader fhir = FhirResourceReader.withDefaults();
    private final List<String> opened = new ArrayList<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private final StoreAccess access = new StoreAccess() {
        @Override
        public VersionExports exports() {
            return new VersionExports(store, fhir, NosOids.shipped(), Mappings.shipped(), null);
        }

        @Override
        public VersionDiff diff() {
            ChangelogBuilder builder = new ChangelogBuilder(url -> url.replaceAll("^https://mos\\.esante\\.gouv\\.fr/NOS/([^/]+).*$", "$1"));
            return new VersionDiff() {
                @Override
                public Changelog between(ResourceKind kind, String url, String from, String to) {
                    return builder.compare(kind, resource(kind, url, from), resource(kind, url, to));
                }

                @Override
                public Changelog compare(ResourceKind kind, ObjectNode from, ObjectNode to) {
                    return builder.compare(kind, from, to);
                }
            };
        }

        @Override
        public ContentReader reader() {
            return ContentReader.withDefaults(fhir, NosOids.shipped());
        }
    };

    private ObjectNode resource(ResourceKind kind, String url, String version) {
        return store.resource(kind, store.versionsOf(kind, url).stream().filter(v -> v.version().equals(version))
                .findFirst().orElseThrow().id()).orElseThrow();
    }

    @BeforeEach
    void twoVersionsOfR211AndTreA00() {
        for (Path file : List.of(SharedNomenclatures.PRIOUR.resolve("NOS/TRE/TRE_R211-ActiviteOperationnelle.json"),
                SharedNomenclatures.PRIOUR.resolve("NOS/TRE/TRE_R211_ActiviteOperationnelle.json"),
                SharedNomenclatures.DISTRIBUTION.resolve("TRE_A00-ProducteurDocNonPS-FHIR.json"))) {
            store.importResource(file.toString(), fhir.read(LoadSource.of(file)).get(0));
        }
    }

    private int export(String... args) {
        ExportCommand command = new ExportCommand(() -> {
            opened.add("export");
            return access;
        }, new PrintWriter(out, true), new PrintWriter(err, true), false);
        return NomenclatorCli.commandLine(command, command.out(), command.err()).execute(args);
    }

    private int diff(String... args) {
        DiffCommand command = new DiffCommand(() -> {
            opened.add("diff");
            return access;
        }, new PrintWriter(out, true), new PrintWriter(err, true), false);
        return NomenclatorCli.commandLine(command, command.out(), command.err()).execute(args);
    }

    @Test
    void exportWritesTheNosFileOfAVersionAndSumsUpWhatItWrote() throws Exception {
        int exit = export("--url", "https://mos.esante.gouv.fr/NOS/TRE_A00-ProducteurDocNonPS", "--version",
                "20200424120000", "--format", "svs", "-o", dir.toString());

        assertThat(exit).isZero();
        Path written = dir.resolve("TRE_A00-ProducteurDocNonPS.xml");
        assertThat(Files.readAllBytes(written))
                .isEqualTo(Files.readAllBytes(SharedNomenclatures.DISTRIBUTION.resolve("TRE_A00-ProducteurDocNonPS.xml")));
        assertThat(out.toString()).containsPattern("Format +svs\\R").containsPattern("Entries written +5\\R")
                .contains("File").contains("TRE_A00-ProducteurDocNonPS.xml");
        assertThat(err.toString()).contains("Exporting").contains("3/3");
    }

    @Test
    void exportSaysWhatTheFormatDoesNotCarry() {
        int exit = export("--url", R211, "--version", "20230802150000", "--format", "tabs", "-o",
                dir.resolve("r211.tabs").toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("Not carried by the format").contains("designations (use 900000000000013009)");
    }

    @Test
    void exportOfAnUnknownVersionExitsWithOneAndTheReason() {
        int exit = export("--url", R211, "--version", "1999", "--format", "fhir-json", "-o", dir.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("has no version 1999").contains("20211029120000").contains("(TE402)");
    }

    @Test
    void aWrongFormatOrMappingIsAUsageErrorAndStartsNothing() {
        assertThat(export("--url", R211, "--format", "pdf")).isEqualTo(2);
        assertThat(export("--url", R211, "--format", "xlsx", "--mapping", "nope")).isEqualTo(2);
        assertThat(export("--format", "svs")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown format 'pdf'").contains("Mapping nope: no such mapping");
        assertThat(opened).isEmpty();
    }

    @Test
    void diffPrintsTheCountsAndTheFirstChangesAndWritesTheChangelog() throws Exception {
        Path xlsx = dir.resolve("changes.xlsx");

        int exit = diff("--url", R211, "--from", "20211029120000", "--to", "20230802150000", "-o", xlsx.toString(),
                "--show", "3");

        assertThat(exit).isZero();
        assertThat(out.toString()).containsPattern("Added +88\\R").containsPattern("Removed +0\\R")
                .contains("Changes (first 3 of 533):");
        assertThat(Files.size(xlsx)).isPositive();
        assertThat(err.toString()).contains("Comparing");
    }

    @Test
    void diffAgainstAFileComparesWithoutStoring() throws Exception {
        Path json = dir.resolve("changes.json");
        String tabs = Files.readString(SharedNomenclatures.DISTRIBUTION.resolve("TRE_A00-ProducteurDocNonPS.tabs"))
                .replace(";Automate;Automate;Automate;", ";Automate de laboratoire;Automate;Automate de laboratoire;");
        Path file = Files.writeString(dir.resolve("next.tabs"), tabs);
        int before = store.versions().size();

        int exit = diff("--url", "https://mos.esante.gouv.fr/NOS/TRE_A00-ProducteurDocNonPS", "--from", "20200424120000",
                "--file", file.toString(), "-o", json.toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).containsPattern("Display changed +1\\R").contains("Automate → Automate de laboratoire");
        assertThat(Files.readString(json, StandardCharsets.UTF_8)).contains("\"display_changed\" : 1");
        assertThat(store.versions()).hasSize(before);
    }
}
