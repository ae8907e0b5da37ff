package fr.ror.nomenclator.loaders;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ror.nomenclator.loaders.sheets.Mappings;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch loader with SVS, .tabs, xlsx and CSV sources (an in-memory store). */
class NewFormatsBatchLoaderTest {

    private final RecordingContentImport store = new RecordingContentImport();
    private final BatchLoader loader = new BatchLoader(store, FhirResourceReader.withDefaults(),
            new ContentSources(LoaderProperties.defaults()));

    @TempDir
    Path dir;

    @Test
    void svsAndTabsFilesAreToldByTheirContentWhateverTheirName() throws Exception {
        Path svs = Files.copy(SharedNomenclatures.DISTRIBUTION.resolve("TRE_R45-FonctionQualifiee.xml"), dir.resolve("a.xml"));
        Path tabs = Files.copy(SharedNomenclatures.DISTRIBUTION.resolve("TRE_R45-FonctionQualifiee.tabs.txt"),
                dir.resolve("b.txt"));
        Path json = Files.copy(SharedNomenclatures.DISTRIBUTION.resolve("TRE_A10-NomenclatureURN-FHIR.tabs"),
                dir.resolve("c.tabs"));

        LoadReport report = loader.load(List.of(svs, tabs, json), LoadOptions.DEFAULTS, LoadListener.NONE);

        assertThat(report.failures()).isEmpty();
        assertThat(report.created()).isEqualTo(2);
        assertThat(report.unchanged()).isEqualTo(1);
        assertThat(store.urls()).contains("https://mos.esante.gouv.fr/NOS/TRE_R45-FonctionQualifiee/FHIR/TRE-R45-FonctionQualifiee");
    }

    @Test
    void anSvsFileWithADoctypeOrEntitiesIsRefusedUnparsed() throws Exception {
        String svs = Files.readString(SharedNomenclatures.DISTRIBUTION.resolve("TRE_R45-FonctionQualifiee.xml"));
        Path doctype = Files.writeString(dir.resolve("doctype.xml"), svs.replace("standalone=\"no\"?>",
                "standalone=\"no\"?>\n<!DOCTYPE RetrieveValueSetResponse SYSTEM \"http://127.0.0.1:1/svs.dtd\">"));
        Path entity = Files.writeString(dir.resolve("entity.xml"), svs.replace("standalone=\"no\"?>",
                "standalone=\"no\"?>\n<!ENTITY x SYSTEM \"file:///etc/passwd\">").replace("Fonction qualifiée", "&x;"));

        LoadReport report = loader.load(List.of(doctype, entity), LoadOptions.DEFAULTS, LoadListener.NONE);

        assertThat(report.failures()).hasSize(2).allSatisfy(f -> {
            assertThat(f.reason()).startsWith("XML with a DOCTYPE or ENTITY declaration is refused");
            assertThat(f.code()).isEqualTo(LoadError.UNSAFE_XML.code());
        });
        assertThat(store.stored).isEmpty();
    }

    @Test
    void aJdvWhoseCodeSystemOidIsUnknownNamesTheOidAndStoresNothing() throws Exception {
        String tabs = Files.readString(SharedNomenclatures.DISTRIBUTION.resolve("JDV_J01-XdsAuthorSpecialty-CISIS.tabs"));
        Path file = Files.writeString(dir.resolve("j01.tabs"), tabs.replace("1.2.250.1.213.1.6.1.4;", "9.9.9.9;"));

        LoadReport report = loader.load(List.of(file), LoadOptions.DEFAULTS, LoadListener.NONE);

        assertThat(report.failures()).singleElement().satisfies(f -> {
            assertThat(f.reason()).startsWith("unknown code system OID 9.9.9.9: they are not in the NOS OID table");
            assertThat(f.code()).isEqualTo("LD115");
        });
        assertThat(store.stored).isEmpty();
    }

    @Test
    void aCsvFileNeedsOnlyItsUrlAndVersionFromTheOptions() throws Exception {
        Path csv = Files.writeString(dir.resolve("codes.csv"), "banner\nCode;Libellé;Date de fin de validité\n"
                + "A;Accueil;\nB;Ancien;30/06/2024\n", StandardCharsets.UTF_8);
        LoadOptions options = new LoadOptions(null, Mappings.shipped().resolve("working-group"),
                "https://example.org/CodeSystem/test", "1");

        LoadReport report = loader.load(List.of(csv), options, LoadListener.NONE);

        assertThat(report.failures()).isEmpty();
        assertThat(store.stored.values()).singleElement().satisfies(cs -> {
            assertThat(cs.path("status").asText()).isEqualTo("draft");
            assertThat(cs.path("concept").get(1).path("property").get(0).path("valueDateTime").asText())
                    .isEqualTo("2024-06-30T00:00:00+01:00");
        });
    }

    /** The whole workbook is read and checked before the store sees it: an error on row 60,000 stores nothing. */
    @Test
    void nothingOfAWorkbookIsStoredWhenOneOfItsLastRowsIsWrong() throws Exception {
        Path file = dir.resolve("big.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            var meta = wb.createSheet("Nomenclature");
            meta.createRow(0).createCell(0).setCellValue("URL canonique");
            meta.getRow(0).createCell(1).setCellValue("https://example.org/CodeSystem/big");
            meta.createRow(1).createCell(0).setCellValue("Version");
            meta.getRow(1).createCell(1).setCellValue("1");
            var sheet = wb.createSheet("Concepts");
            var header = sheet.createRow(1);
            header.createCell(0).setCellValue("Code");
            header.createCell(1).setCellValue("Libellé");
            header.createCell(2).setCellValue("Date de fin de validité");
            for (int i = 0; i < 60_000; i++) {
                var row = sheet.createRow(i + 2);
                row.createCell(0).setCellValue("C" + i);
                row.createCell(1).setCellValue("Concept " + i);
            }
            sheet.getRow(59_999).createCell(2).setCellValue("bientôt");
            wb.write(out);
            wb.dispose();
        }

        LoadReport report = loader.load(List.of(file), LoadOptions.DEFAULTS, LoadListener.NONE);

        assertThat(report.failures()).singleElement().satisfies(f -> {
            assertThat(f.reason()).isEqualTo("sheet 'Concepts', row 60000, column 'Date de fin de validité' (C): "
                    + "'bientôt' is not a date (write a date cell, 2024-01-15, 15/01/2024 or 20240115120000)");
            assertThat(f.code()).isEqualTo("LD112");
        });
        assertThat(store.sources).isEmpty();
    }
}
