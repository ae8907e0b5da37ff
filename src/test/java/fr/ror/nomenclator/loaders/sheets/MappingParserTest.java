package fr.ror.nomenclator.loaders.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ror.nomenclator.loaders.LoadError;
import fr.ror.nomenclator.loaders.LoadException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MappingParserTest {

    static final String GOOD = """
            name: layout
            concepts:
              sheet: Codes
              headerRow: 3
              columns:
                code: Code
                display: [Libellé, Label]
                designations:
                  - {title: Court, use: LibelleCourt, optional: true}
                dateFin: {title: Fin, optional: true}
                properties:
                  - {title: DAC, code: 006-Consignes-DAC, type: boolean, optional: true}
            metadata:
              sheet: Entête
              fields: {url: URL, version: Version}
            defaults: {status: draft}
            csv: {delimiter: ",", encoding: windows-1252, bom: false}
            """;

    static SheetMapping parse(String yaml) {
        return MappingParser.parse("loaders/layout.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    static void refused(String yaml, String message) {
        assertThatThrownBy(() -> parse(yaml)).isInstanceOf(LoadException.class)
                .hasMessage("loaders/layout.yaml: " + message)
                .extracting(e -> ((LoadException) e).error()).isEqualTo(LoadError.INVALID_MAPPING);
    }

    @Test
    void aGoodMappingReadsWithEveryPart() {
        SheetMapping mapping = parse(GOOD);

        assertThat(mapping.name()).isEqualTo("layout");
        assertThat(mapping.concepts().sheet()).isEqualTo("Codes");
        assertThat(mapping.concepts().headerRow()).isEqualTo(3);
        assertThat(mapping.concepts().columns().display().titles()).containsExactly("Libellé", "Label");
        assertThat(mapping.concepts().columns().designations()).singleElement()
                .satisfies(d -> assertThat(d.useCode()).isEqualTo("LibelleCourt"));
        assertThat(mapping.concepts().columns().dateFin().optional()).isTrue();
        assertThat(mapping.concepts().columns().properties()).singleElement()
                .satisfies(p -> assertThat(p.type()).isEqualTo(SheetMapping.PropertyType.BOOLEAN));
        assertThat(mapping.metadata()).hasValueSatisfying(m -> assertThat(m.sheet()).isEqualTo("Entête"));
        assertThat(mapping.defaults()).containsEntry(SheetMapping.HeaderField.STATUS, "draft");
        assertThat(mapping.csv()).isEqualTo(new SheetMapping.CsvLayout(',', "windows-1252", false));
    }

    @Test
    void anUnknownKeyIsNamedWithItsPath() {
        refused(GOOD.replace("    display:", "    dispaly:"), "concepts.columns.dispaly: unknown key (known here: code, "
                + "dateFin, dateMaj, dateValid, definition, designations, display, parent, properties, replacedBy, status)");
    }

    @Test
    void aMissingCodeOrDisplayColumnIsNamed() {
        refused(GOOD.replace("    code: Code\n", ""), "concepts.columns.code: required: every concept row needs its code");
    }

    @Test
    void wrongValuesAreNamedWithTheirKey() {
        refused(GOOD.replace("headerRow: 3", "headerRow: 0"), "concepts.headerRow: must be 1 or more (rows are numbered as in "
                + "the spreadsheet)");
        refused(GOOD.replace("headerRow: 3", "headerRow: trois"), "concepts.headerRow: expected a whole number, found 'trois'");
        refused(GOOD.replace("type: boolean", "type: bool"), "concepts.columns.properties[0].type: 'bool': expected string, "
                + "code, boolean, integer, decimal or dateTime");
        refused(GOOD.replace("delimiter: \",\"", "delimiter: \"|\""), "csv.delimiter: '|': expected ';', ',', tab or auto");
        refused(GOOD.replace("encoding: windows-1252", "encoding: klingon"), "csv.encoding: 'klingon' is not a known "
                + "character set (try UTF-8, windows-1252 or auto)");
        refused(GOOD.replace("{status: draft}", "{statut: draft}"), "defaults.statut: unknown header field (known: url, "
                + "version, name, title, status, date, description, publisher, oid)");
        refused(GOOD.replace("use: LibelleCourt, ", ""), "concepts.columns.designations[0].use: required");
    }

    @Test
    void oneTitleForTwoColumnsIsRefused() {
        refused(GOOD.replace("title: Fin", "title: Court"), "concepts.columns.dateFin: the title 'Court' is also the title "
                + "of concepts.columns.designations[0]");
    }

    @Test
    void aMappingIsNamedAfterItsFile() {
        refused(GOOD.replace("name: layout", "name: other"), "name: 'other' but the file is named loaders/layout.yaml: a "
                + "mapping is named after its file");
    }

    @Test
    void brokenYamlIsRefusedWithItsLine() {
        assertThatThrownBy(() -> parse("name: layout\nconcepts: [\n")).isInstanceOf(LoadException.class)
                .hasMessageStartingWith("loaders/layout.yaml: not valid YAML at line");
    }

    @Test
    void everyShippedMappingIsValidAndTheDefaultIsTheWorkingGroupsOne() {
        Mappings mappings = Mappings.shipped();

        assertThat(mappings.all()).containsKey("working-group");
        assertThat(mappings.resolve(null).name()).isEqualTo(Mappings.DEFAULT).isEqualTo("working-group");
        assertThatThrownBy(() -> mappings.resolve("nope")).hasMessageContaining("no such mapping (shipped: working-group");
    }
}
