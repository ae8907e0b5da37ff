package fr.ror.nomenclator.terminology.internal.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.terminology.CodeValidation;
import fr.ror.nomenclator.terminology.ConceptDetails;
import fr.ror.nomenclator.terminology.GraphStatistics;
import fr.ror.nomenclator.terminology.OperationException;
import fr.ror.nomenclator.terminology.PropertyValue;
import fr.ror.nomenclator.terminology.ResourceKind;
import fr.ror.nomenclator.terminology.TerminologyRequest;
import fr.ror.nomenclator.terminology.ValidationIssue;
import fr.ror.nomenclator.terminology.VersionCatalog;
import fr.ror.nomenclator.terminology.VersionSummary;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The NOS rules of DESIGN.md §4 on real R211 concepts: a code is valid from its dateValid until its
 * dateFin (outside that window, on the date asked, it is invalid); a FHIR status only warns.
 */
class NosRulesTest {

    static final String URL = RealCodeSystems.R211_URL;
    static final Instant TODAY = Instant.parse("2026-01-15T10:00:00Z");

    final ObjectNode content = withDeprecated003(RealCodeSystems.r211("001", "002", "003"));
    final SnapshotTerminology terminology = new SnapshotTerminology(new StoredContent(new OneVersionCatalog(content), 4),
            Clock.fixed(TODAY, ZoneOffset.UTC), new TxContext.Limits(1000, 10000, 10000));

    @Test
    void aCodeRetiredBeforeTheDateIsInvalidAndTheMessageNamesItsDateFin() {
        CodeValidation answer = validate("002", null, null);
        assertThat(answer.result()).isFalse();
        assertThat(answer.display()).isEqualTo("Addictologie sans précision");
        assertThat(answer.issues()).filteredOn(ValidationIssue::isError).singleElement().satisfies(issue -> {
            assertThat(issue.messageId()).isEqualTo("NOS_CODE_RETIRED");
            assertThat(issue.message()).isEqualTo("The code '002' in the CodeSystem '" + URL + "' version"
                    + " '20230802150000' was retired on 2019-07-05 (dateFin 2019-07-05T12:00:00+01:00) and is not"
                    + " valid on 2026-01-15");
        });
    }

    @Test
    void theSameCodeIsValidOnADateBeforeItsDateFinAndNotYetValidBeforeItsDateValid() {
        assertThat(validate("002", null, "2018-01-01").result()).isTrue();
        CodeValidation early = validate("002", null, "2014-01-01");
        assertThat(early.result()).isFalse();
        assertThat(early.message()).contains("is valid from 2015-04-08", "not valid yet on 2014-01-01");
    }

    @Test
    void aDeprecatedStatusKeepsTheCodeValidWithAWarning() {
        CodeValidation answer = validate("003", null, null);
        assertThat(answer.result()).isTrue();
        assertThat(answer.issues()).extracting(ValidationIssue::severity).containsExactly(ValidationIssue.Severity.WARNING);
        assertThat(answer.message()).isEqualTo("The concept '003' is deprecated and its use should be reviewed");
    }

    @Test
    void aWrongDisplayIsAnErrorNamingTheValidDisplay() {
        CodeValidation answer = validate("001", "Addicto", null);
        assertThat(answer.result()).isFalse();
        assertThat(answer.message()).isEqualTo("Wrong Display Name 'Addicto' for " + URL + "#001. Valid display is"
                + " 'Addictologie comportementale (sans substance)' (for the language(s) '--')");
        assertThat(validate("001", "addictologie COMPORTEMENTALE (sans substance)", null).result()).isTrue();
    }

    @Test
    void unknownSystemVersionAndCodeEachHaveTheirMessage() {
        assertThat(validateIn("http://example.org/none", null, "001").message())
                .isEqualTo("A definition for CodeSystem 'http://example.org/none' could not be found, so the code"
                        + " cannot be validated");
        assertThat(validateIn(URL, "1999", "001").message())
                .isEqualTo("A definition for CodeSystem '" + URL + "' version '1999' could not be found, so the code"
                        + " cannot be validated. Valid versions: 20230802150000");
        assertThat(validate("999", null, null).message())
                .isEqualTo("Unknown code '999' in the CodeSystem '" + URL + "' version '20230802150000'");
        assertThatThrownBy(() -> terminology.lookup(request("system", URL, "code", "999")))
                .isInstanceOfSatisfying(OperationException.class, e -> assertThat(e.code()).isEqualTo("TE403"));
        assertThatThrownBy(() -> terminology.lookup(request("system", URL, "code", "001", "version", "1999")))
                .isInstanceOfSatisfying(OperationException.class, e -> assertThat(e.code()).isEqualTo("TE402"));
    }

    @Test
    void lookupGivesTheStatusOnTheDateAsked() {
        assertThat(status(terminology.lookup(request("system", URL, "code", "002")))).isEqualTo("retired");
        assertThat(status(terminology.lookup(request("system", URL, "code", "002", "date", "2018-01-01"))))
                .isEqualTo("active");
        assertThat(status(terminology.lookup(request("system", URL, "code", "001")))).isEqualTo("active");
    }

    private CodeValidation validate(String code, String display, String date) {
        return display == null && date == null
                ? terminology.validateCode(ResourceKind.CODE_SYSTEM, request("url", URL, "code", code))
                : display != null
                ? terminology.validateCode(ResourceKind.CODE_SYSTEM, request("url", URL, "code", code, "display", display))
                : terminology.validateCode(ResourceKind.CODE_SYSTEM, request("url", URL, "code", code, "date", date));
    }

    private CodeValidation validateIn(String system, String version, String code) {
        return version == null
                ? terminology.validateCode(ResourceKind.CODE_SYSTEM, request("url", system, "code", code))
                : terminology.validateCode(ResourceKind.CODE_SYSTEM, request("url", system, "code", code, "version", version));
    }

    private static String status(ConceptDetails details) {
        return details.properties().stream().filter(p -> p.code().equals("status")).findFirst()
                .map(p -> ((PropertyValue.CodeValue) p.value()).code()).orElse(null);
    }

    static TerminologyRequest request(String... namesAndValues) {
        ObjectNode parameters = RealCodeSystems.JSON.createObjectNode().put("resourceType", "Parameters");
        ArrayNode list = parameters.putArray("parameter");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            list.addObject().put("name", namesAndValues[i]).put("valueString", namesAndValues[i + 1]);
        }
        return new TerminologyRequest(parameters, null);
    }

    private static ObjectNode withDeprecated003(ObjectNode codeSystem) {
        ArrayNode properties = (ArrayNode) codeSystem.get("concept").get(2).get("property");
        properties.addObject().put("code", "status").put("valueCode", "deprecated");
        return codeSystem;
    }

    /** A catalogue holding one R211 version. */
    static final class OneVersionCatalog implements VersionCatalog {
        final ObjectNode content;
        final VersionSummary summary;

        OneVersionCatalog(ObjectNode content) {
            this.content = content;
            this.summary = new VersionSummary("r211-v", ResourceKind.CODE_SYSTEM, "TRE_R211-ActiviteOperationnelle",
                    URL, URL, content.get("version").asText(), "n", null, "active", null, null, List.of(), "hash");
        }

        @Override
        public List<VersionSummary> versions() {
            return List.of(summary);
        }

        @Override
        public List<VersionSummary> versions(ResourceKind kind) {
            return kind == ResourceKind.CODE_SYSTEM ? versions() : List.of();
        }

        @Override
        public Optional<VersionSummary> find(ResourceKind kind, String id) {
            return versions(kind).stream().filter(v -> v.id().equals(id)).findFirst();
        }

        @Override
        public List<VersionSummary> versionsOf(ResourceKind kind, String url) {
            return URL.equals(url) ? versions(kind) : List.of();
        }

        @Override
        public Optional<VersionSummary> latest(ResourceKind kind, String url) {
            return versionsOf(kind, url).stream().findFirst();
        }

        @Override
        public Optional<ObjectNode> resource(ResourceKind kind, String id) {
            return find(kind, id).map(v -> content.deepCopy());
        }

        @Override
        public long generation() {
            return 0;
        }

        @Override
        public GraphStatistics statistics() {
            return new GraphStatistics(0, 0, Map.of(), Map.of());
        }
    }
}
