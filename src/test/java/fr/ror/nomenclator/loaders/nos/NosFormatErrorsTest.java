package fr.ror.nomenclator.loaders.nos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ror.nomenclator.loaders.LoadError;
import fr.ror.nomenclator.loaders.LoadException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Broken SVS and .tabs files are refused with the line and field at fault. */
class NosFormatErrorsTest {

    static final String TABS = """
            <OID>;<Type fichier>;<Nom fichier>;<Description>;<URL fichier>;<Date valid>;<Date fin>;<Date MàJ>
            1.2.3;TRE;TRE_X-Test.tabs;Test;https://mos.esante.gouv.fr/NOS/TRE_X-Test;20200101000000;;20200101000000
            <OID>;<Code>;<Libellé adapté>;<Libellé court>;<Libellé long>;<Date valid>;<Date fin>;<Date MàJ>
            1.2.3;A;Accueil spécialisé;Accueil;Accueil spécialisé;20200101000000;;20200101000000
            """;

    static LoadException tabsError(String text) {
        try {
            TabsReader.read("x.tabs", text.getBytes(StandardCharsets.UTF_8));
        } catch (LoadException e) {
            return e;
        }
        throw new AssertionError("no error");
    }

    @Test
    void aTabsRecordWithASemicolonTooManyNamesItsLine() {
        LoadException e = tabsError(TABS + "1.2.3;B;Un; deux;Un;Un;20200101000000;;20200101000000\n");
        assertThat(e.error()).isEqualTo(LoadError.MALFORMED);
        assertThat(e.getMessage()).isEqualTo("x.tabs: line 5: 9 fields, expected 8 (the .tabs format has no quoting: "
                + "a ';' inside a value breaks the record)");
    }

    @Test
    void aTabsDateThatIsNotANosDateNamesItsLineAndField() {
        assertThat(tabsError(TABS.replace(";;20200101000000\n<OID>;<Code>", ";;2020-01-01\n<OID>;<Code>")).getMessage())
                .isEqualTo("x.tabs: line 2: <Date MàJ> '2020-01-01' is not a NOS date (yyyyMMddHHmmss)");
    }

    @Test
    void tabsInWindows1252AndWithCrlfReadTheSame() {
        NosFile utf8 = TabsReader.read("a", TABS.getBytes(StandardCharsets.UTF_8));
        NosFile windows = TabsReader.read("b", TABS.replace("\n", "\r\n").getBytes(Charset.forName("windows-1252")));
        assertThat(windows).isEqualTo(utf8);
        assertThat(windows.concepts().get(0).displayName()).isEqualTo("Accueil spécialisé");
    }

    @Test
    void somethingElseThanTabsIsNotReadAsTabs() {
        assertThatThrownBy(() -> TabsReader.read("x", "Code;Libellé\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessageStartingWith("x: not a NOS .tabs file");
    }

    @Test
    void anSvsConceptWithABadDateOrWithoutCodeNamesItsLine() {
        String svs = """
                <?xml version="1.0" encoding="UTF-8"?>
                <RetrieveValueSetResponse xmlns="urn:ihe:iti:svs:2008">
                    <ValueSet id="1.2.3" typeFichier="TRE" dateMaj="20200101000000" displayName="TRE_X.tabs">
                        <ConceptList>
                            <Concept code="A" codeSystem="1.2.3" dateValid="01/01/2020" displayName="A"/>
                        </ConceptList>
                    </ValueSet>
                </RetrieveValueSetResponse>
                """;
        assertThatThrownBy(() -> SvsReader.read("x.xml", svs)).isInstanceOf(LoadException.class)
                .hasMessage("x.xml: line 5: concept A: dateValid '01/01/2020' is not a NOS date (yyyyMMddHHmmss)");
        assertThatThrownBy(() -> SvsReader.read("x.xml", svs.replace("code=\"A\" ", "")))
                .hasMessage("x.xml: line 5: <Concept> has no code");
        assertThatThrownBy(() -> SvsReader.read("x.xml", svs.replace("typeFichier=\"TRE\"", "typeFichier=\"XYZ\"")))
                .hasMessage("x.xml: line 3: typeFichier 'XYZ' is not TRE, JDV or ASS");
    }

    @Test
    void fhirXmlIsNotReadAsSvs() {
        assertThatThrownBy(() -> SvsReader.read("x.xml", "<CodeSystem xmlns=\"http://hl7.org/fhir\"/>"))
                .hasMessage("x.xml: not an IHE SVS RetrieveValueSetResponse: the root element is <CodeSystem> in "
                        + "http://hl7.org/fhir");
    }
}
