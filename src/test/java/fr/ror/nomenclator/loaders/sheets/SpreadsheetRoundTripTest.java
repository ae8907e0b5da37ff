package fr.ror.nomenclator.loaders.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.loaders.FhirResourceReader;
import fr.ror.nomenclator.loaders.LoadSource;
import fr.ror.nomenclator.loaders.SharedNomenclatures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A version written as xlsx or CSV with a mapping reads back with the same mapping to the same concepts. */
class SpreadsheetRoundTripTest {

    static final SheetMapping MAPPING = Mappings.shipped().resolve("working-group");
    final FhirResourceReader fhir = FhirResourceReader.withDefaults();
    final SpreadsheetImport sheets = new SpreadsheetImport(SpreadsheetImport.DEFAULT_MAX_ROWS);

    @TempDir
    Path dir;

    @BeforeAll
    static void limits() {
        WorkbookLimits.DEFAULTS.apply();
    }

    ObjectNode real(Path file) {
        return fhir.read(LoadSource.of(file)).get(0);
    }

    ObjectNode viaXlsx(ObjectNode cs) throws IOException {
        SpreadsheetExport.Result written = SpreadsheetExport.xlsx(MAPPING, cs);
        Path file = Files.write(dir.resolve("export.xlsx"), written.content());
        return fhir.normalise("export.xlsx", sheets.xlsx("export.xlsx", file, MAPPING, Map.of()));
    }

    ObjectNode viaCsv(ObjectNode cs) {
        SpreadsheetExport.Result written = SpreadsheetExport.csv(MAPPING, cs);
        return fhir.normalise("export.csv", sheets.csv("export.csv", written.content(), MAPPING,
                SpreadsheetExport.headerValues(cs)));
    }

    @Test
    void aNosVersionComesBackWithTheSameConceptsThroughXlsxAndCsv() throws IOException {
        ObjectNode original = real(SharedNomenclatures.DISTRIBUTION.resolve("TRE_A00-ProducteurDocNonPS-FHIR.json"));

        for (ObjectNode back : new ObjectNode[] {viaXlsx(original), viaCsv(original)}) {
            assertThat(back.get("concept")).isEqualTo(original.get("concept"));
            assertThat(back.get("url")).isEqualTo(original.get("url"));
            assertThat(back.get("version")).isEqualTo(original.get("version"));
            assertThat(back.get("name")).isEqualTo(original.get("name"));
            assertThat(back.get("status")).isEqualTo(original.get("status"));
            assertThat(back.get("identifier")).isEqualTo(original.get("identifier"));
            assertThat(back.get("date")).isEqualTo(original.get("date"));
        }
    }

    @Test
    void datesWithAnotherOffsetThanTheNosOneComeBackUnchanged() throws IOException {
        ObjectNode older = real(SharedNomenclatures.PRIOUR.resolve("NOS/TRE/TRE_R239-PublicPrisEnCharge.json"));
        assertThat(older.toString()).contains("+02:00");

        ObjectNode back = viaXlsx(older);

        for (int i = 0; i < older.get("concept").size(); i++) {
            assertThat(SpreadsheetRobustnessTest.property(back.get("concept").get(i), "dateMaj"))
                    .isEqualTo(SpreadsheetRobustnessTest.property(older.get("concept").get(i), "dateMaj"));
        }
    }

    @Test
    void whatTheMappingHasNoColumnForIsCountedNotSilentlyDropped() {
        ObjectNode r211 = real(SharedNomenclatures.PRIOUR.resolve("NOS/TRE/TRE_R211_ActiviteOperationnelle.json"));

        SpreadsheetExport.Result written = SpreadsheetExport.xlsx(MAPPING, r211);

        assertThat(written.rows()).isEqualTo(533);
        assertThat(written.omitted()).containsKey("designations (use 900000000000013009)");
    }
}
