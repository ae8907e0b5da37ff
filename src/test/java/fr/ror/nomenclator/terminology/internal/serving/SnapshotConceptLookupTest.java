package fr.ror.nomenclator.terminology.internal.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.terminology.CodeCheck;
import fr.ror.nomenclator.terminology.CodeValidation;
import fr.ror.nomenclator.terminology.ConceptQuery;
import fr.ror.nomenclator.terminology.ConceptState;
import fr.ror.nomenclator.terminology.GraphStatistics;
import fr.ror.nomenclator.terminology.ResourceKind;
import fr.ror.nomenclator.terminology.UnknownResourceException;
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

class SnapshotConceptLookupTest {

    static final String URL = RealCodeSystems.R211_URL;
    static final Instant TODAY = Instant.parse("2026-01-15T10:00:00Z");

    final ObjectNode content = withDeprecated003(RealCodeSystems.r211("001", "002", "003"));
    final OneVersionCatalog catalog = new OneVersionCatalog(content);
    final SnapshotConceptLookup lookup = new SnapshotConceptLookup(new VersionResolver(catalog),
            new SnapshotCache(4, v -> SnapshotBuilder.build(v.id(), v.contentHash(), content)),
            Clock.fixed(TODAY, ZoneOffset.UTC));

    @Test
    void aCodeRetiredBeforeTheDateIsInvalidAndTheMessageNamesItsDateFin() {
        CodeValidation answer = lookup.validate(new CodeCheck(URL, null, "002", null, null));
        assertThat(answer.result()).isFalse();
        assertThat(answer.display()).isEqualTo("Addictologie sans précision");
        assertThat(answer.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.kind()).isEqualTo(ValidationIssue.Kind.RETIRED);
            assertThat(issue.message()).isEqualTo("The code '002' in the CodeSystem '" + URL + "' version"
                    + " '20230802150000' was retired on 2019-07-05 (dateFin 2019-07-05T12:00:00+01:00) and is not"
                    + " valid on 2026-01-15");
        });
    }

    @Test
    void theSameCodeIsValidOnADateBeforeItsDateFinAndNotYetValidBeforeItsDateValid() {
        assertThat(lookup.validate(new CodeCheck(URL, null, "002", null, Instant.parse("2018-01-01T00:00:00Z")))
                .result()).isTrue();
        CodeValidation early = lookup.validate(new CodeCheck(URL, null, "002", null, Instant.parse("2014-01-01T00:00:00Z")));
        assertThat(early.result()).isFalse();
        assertThat(early.message()).contains("is valid from 2015-04-08", "not valid yet on 2014-01-01");
    }

    @Test
    void aDeprecatedStatusKeepsTheCodeValidWithAWarning() {
        CodeValidation answer = lookup.validate(new CodeCheck(URL, null, "003", null, null));
        assertThat(answer.result()).isTrue();
        assertThat(answer.issues()).extracting(ValidationIssue::severity).containsExactly(ValidationIssue.Severity.WARNING);
        assertThat(answer.message()).isEqualTo("The concept '003' is deprecated and its use should be reviewed");
    }

    @Test
    void aWrongDisplayIsAnErrorNamingTheValidDisplay() {
        CodeValidation answer = lookup.validate(new CodeCheck(URL, null, "001", "Addicto", null));
        assertThat(answer.result()).isFalse();
        assertThat(answer.message()).isEqualTo("Wrong Display Name 'Addicto' for " + URL + "#001. Valid display is"
                + " 'Addictologie comportementale (sans substance)'");
        assertThat(lookup.validate(new CodeCheck(URL, null, "001", " addictologie  COMPORTEMENTALE (sans substance)",
                null)).result()).isTrue();
    }

    @Test
    void unknownSystemVersionAndCodeEachHaveTheirMessage() {
        assertThat(lookup.validate(new CodeCheck("http://example.org/none", null, "001", null, null)).message())
                .isEqualTo("A definition for CodeSystem 'http://example.org/none' could not be found, so the code"
                        + " cannot be validated");
        assertThat(lookup.validate(new CodeCheck(URL, "1999", "001", null, null)).message())
                .isEqualTo("A definition for CodeSystem '" + URL + "' version '1999' could not be found, so the code"
                        + " cannot be validated. Valid versions: 20230802150000");
        assertThat(lookup.validate(new CodeCheck(URL, null, "999", null, null)).message())
                .isEqualTo("Unknown code '999' in the CodeSystem '" + URL + "' version '20230802150000'");
        assertThatThrownBy(() -> lookup.lookup(new ConceptQuery(URL, null, "999", null)))
                .isInstanceOfSatisfying(UnknownResourceException.class, e -> assertThat(e.code()).isEqualTo("TE403"));
        assertThatThrownBy(() -> lookup.lookup(new ConceptQuery(URL, "1999", "001", null)))
                .isInstanceOfSatisfying(UnknownResourceException.class, e -> assertThat(e.code()).isEqualTo("TE402"));
    }

    @Test
    void lookupGivesTheStatusOnTheDateAsked() {
        assertThat(lookup.lookup(new ConceptQuery(URL, null, "002", null)).status()).isEqualTo(ConceptState.RETIRED);
        assertThat(lookup.lookup(new ConceptQuery(URL, null, "002", Instant.parse("2018-01-01T00:00:00Z"))).status())
                .isEqualTo(ConceptState.ACTIVE);
        assertThat(lookup.lookup(new ConceptQuery(URL, "20230802150000", "003", null)).status())
                .isEqualTo(ConceptState.DEPRECATED);
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
        public GraphStatistics statistics() {
            return new GraphStatistics(0, 0, Map.of(), Map.of());
        }
    }
}
