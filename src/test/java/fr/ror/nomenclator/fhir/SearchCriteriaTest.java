package fr.ror.nomenclator.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.param.DateParam;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.param.TokenParam;
import fr.ror.nomenclator.terminology.ResourceKind;
import fr.ror.nomenclator.terminology.VersionSummary;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SearchCriteriaTest {

    static final VersionSummary R211 = new VersionSummary("r211-2023", ResourceKind.CODE_SYSTEM,
            "TRE_R211-ActiviteOperationnelle", "https://mos.esante.gouv.fr/NOS/TRE_R211-ActiviteOperationnelle",
            "https://mos.esante.gouv.fr/NOS/TRE_R211-ActiviteOperationnelle/FHIR/TRE-R211-ActiviteOperationnelle",
            "20230802150000", "TRE_R211_ActiviteOperationnelle", null, "active",
            "Agence du Numérique en Santé (ANS)", "2023-08-02T12:00:00-00:00",
            List.of("urn:ietf:rfc:3986|urn:oid:1.2.250.1.213.3.3.12"), "h");

    @Test
    void stringParametersIgnoreCaseAndAccentsAndMatchTheStart() {
        assertThat(by(new StringParam("agence du numerique"), null)).isTrue();
        assertThat(by(new StringParam("Santé"), null)).isFalse();
        assertThat(by(new StringParam("santé").setContains(true), null)).isTrue();
        assertThat(by(new StringParam("Agence").setExact(true), null)).isFalse();
    }

    @Test
    void datesCompareAsInstantsWithPrefixes() {
        assertThat(byDate("ge2023-08-02")).isTrue();
        assertThat(byDate("gt2023-08-03")).isFalse();
        assertThat(byDate("le2023-08-02")).isTrue();
        assertThat(byDate("lt2023-01-01")).isFalse();
        assertThat(byDate("lt2023")).isFalse();
        assertThat(byDate("2023")).isTrue();
        assertThat(byDate("2023-08")).isTrue();
        assertThat(byDate("sa2023-08-01")).isTrue();
        assertThat(byDate("eb2023-08-02")).isFalse();
    }

    @Test
    void identifiersMatchWithAnyOrTheGivenSystem() {
        assertThat(byIdentifier(new TokenParam(null, "urn:oid:1.2.250.1.213.3.3.12"))).isTrue();
        assertThat(byIdentifier(new TokenParam("urn:ietf:rfc:3986", "urn:oid:1.2.250.1.213.3.3.12"))).isTrue();
        assertThat(byIdentifier(new TokenParam("", "urn:oid:1.2.250.1.213.3.3.12"))).isFalse();
        assertThat(byIdentifier(new TokenParam(null, "urn:oid:1"))).isFalse();
    }

    @Test
    void versionsOrderNumericallyWhateverTheirStyle() {
        assertThat(Stream.of("20230802150000", "1.10.0", "1.1.0", "20211029120000", "1.2.0")
                .sorted(Versions.ORDER).toList())
                .containsExactly("1.1.0", "1.2.0", "1.10.0", "20211029120000", "20230802150000");
    }

    private static boolean by(StringParam publisher, StringParam name) {
        return new SearchCriteria(null, name, null, null, publisher, null, null, null).test(R211);
    }

    private static boolean byDate(String date) {
        return new SearchCriteria(null, null, null, null, null, new DateRangeParam(new DateParam(date)), null, null).test(R211);
    }

    private static boolean byIdentifier(TokenParam identifier) {
        return new SearchCriteria(null, null, null, null, null, null, identifier, null).test(R211);
    }
}
