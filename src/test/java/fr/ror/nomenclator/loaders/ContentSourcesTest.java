package fr.ror.nomenclator.loaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

class ContentSourcesTest {

    private final ContentSources sources = new ContentSources(LoaderProperties.defaults());

    @TempDir
    Path dir;

    @Test
    void aDirectoryGivesItsJsonXmlAndTabsFilesRecursivelyInSortedOrder() throws Exception {
        Files.createDirectories(dir.resolve("b/sub"));
        Files.writeString(dir.resolve("b/sub/z.json"), "{}");
        Files.writeString(dir.resolve("b/a.xml"), "<x/>");
        Files.writeString(dir.resolve("a.json"), "{}");
        Files.writeString(dir.resolve("notes.txt"), "skip me");
        Files.writeString(dir.resolve("book.xlsx"), "skip me: spreadsheets are named explicitly");
        Files.writeString(dir.resolve("codes.tabs"), "<OID>;");
        Files.writeString(dir.resolve("codes.tabs.txt"), "<OID>;");

        ContentSources.Expansion expansion = sources.expand(dir);

        assertThat(expansion.sources()).extracting(LoadSource::name).containsExactly(
                dir.resolve("a.json").toString(), dir.resolve("b/a.xml").toString(), dir.resolve("b/sub/z.json").toString(),
                dir.resolve("codes.tabs").toString(), dir.resolve("codes.tabs.txt").toString());
    }

    @Test
    void aMissingPathIsAnError() {
        Path missing = dir.resolve("nope.json");

        assertThatThrownBy(() -> sources.expand(missing)).hasMessage(missing + ": no such file or directory");
    }

    @Test
    void aPackageGivesItsTerminologyResourcesAndCountsTheOthers() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("package/package.json", Fixtures.utf8("{\"name\": \"test.nos\", \"version\": \"1.0.0\"}"));
        entries.put("package/.index.json", Fixtures.utf8("{\"index-version\": 1, \"files\": []}"));
        entries.put("package/CodeSystem-TRE-R227.json", Fixtures.bytes(Fixtures.TRE_R227));
        entries.put("package/ValueSet-JDV-J20.json", Fixtures.bytes(Fixtures.JDV_J20));
        entries.put("package/StructureDefinition-ror.json", Fixtures.utf8("{\"resourceType\": \"StructureDefinition\"}"));
        entries.put("package/example/CodeSystem-example.json", Fixtures.bytes(Fixtures.TRE_R227));
        entries.put("package/other/readme.md", Fixtures.utf8("# hello"));
        Path tgz = Fixtures.tgz(dir.resolve("test.nos-1.0.0.tgz"), entries);

        ContentSources.Expansion expansion = sources.expand(tgz);

        assertThat(expansion.sources()).extracting(LoadSource::name).containsExactly(
                tgz + "!package/CodeSystem-TRE-R227.json", tgz + "!package/ValueSet-JDV-J20.json");
        assertThat(expansion.skipped()).containsExactly(tgz + "!package/StructureDefinition-ror.json (StructureDefinition)");
    }

    @Test
    void aPackageWithAnEntryEscapingUpwardsIsRefused() throws Exception {
        Path tgz = Fixtures.tgz(dir.resolve("evil.tgz"), Map.of("package/../evil.json", Fixtures.bytes(Fixtures.TRE_R227)));

        assertThatThrownBy(() -> sources.expand(tgz))
                .isInstanceOf(LoadException.class)
                .hasMessageStartingWith(tgz + ": entry 'package/../evil.json' escapes the archive folder");
    }

    @Test
    void aPackageWithALeadingDotDotEntryIsRefused() throws Exception {
        Path tgz = Fixtures.tgz(dir.resolve("evil.tgz"), Map.of("../evil.json", Fixtures.bytes(Fixtures.TRE_R227)));

        assertThatThrownBy(() -> sources.expand(tgz))
                .hasMessageStartingWith(tgz + ": entry '../evil.json' escapes the archive folder");
    }

    @Test
    void aPackageWithAnAbsoluteEntryIsRefused() throws Exception {
        Path tgz = Fixtures.tgz(dir.resolve("abs.tgz"), Map.of("/etc/evil.json", Fixtures.bytes(Fixtures.TRE_R227)));

        assertThatThrownBy(() -> sources.expand(tgz))
                .hasMessageStartingWith(tgz + ": entry '/etc/evil.json' escapes the archive folder");
    }

    @Test
    void aPackageWithABackslashEntryIsRefused() throws Exception {
        Path tgz = Fixtures.tgz(dir.resolve("win.tgz"), Map.of("package\\..\\evil.json", Fixtures.bytes(Fixtures.TRE_R227)));

        assertThatThrownBy(() -> sources.expand(tgz))
                .hasMessageStartingWith(tgz + ": entry 'package\\..\\evil.json' escapes the archive folder");
    }

    @Test
    void aPackageOverTheEntryOrSizeCapsIsRefused() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            entries.put("package/CodeSystem-" + i + ".json", Fixtures.bytes(Fixtures.TRE_R227));
        }
        Path tgz = Fixtures.tgz(dir.resolve("many.tgz"), entries);
        ContentSources fewEntries = new ContentSources(new LoaderProperties(true, DataSize.ofMegabytes(50),
                DataSize.ofMegabytes(500), 3, 1_000_000, 0.01, DataSize.ofMegabytes(500)));
        ContentSources smallTotal = new ContentSources(new LoaderProperties(true, DataSize.ofMegabytes(50),
                DataSize.ofKilobytes(10), 100, 1_000_000, 0.01, DataSize.ofMegabytes(500)));

        assertThatThrownBy(() -> fewEntries.expand(tgz)).hasMessage(tgz + ": more than 3 entries in the archive");
        assertThatThrownBy(() -> smallTotal.expand(tgz)).hasMessage(tgz + ": more than 10 KB uncompressed in the archive");
    }

    @Test
    void aFileThatIsNotGzipIsNotAPackage() throws Exception {
        Path fake = Files.writeString(dir.resolve("fake.tgz"), "not gzip");

        assertThatThrownBy(() -> sources.expand(fake))
                .hasMessageStartingWith(fake + ": not a readable FHIR NPM package (.tgz): ");
    }
}
