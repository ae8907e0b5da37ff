package fr.ror.nomenclator.terminology.internal.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.re2j.PatternSyntaxException;
import fr.ror.nomenclator.terminology.internal.serving.ValueSetDefinition.FilterRule;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConceptFilterTest {

    static final Instant NOW = Instant.parse("2026-01-15T00:00:00Z");

    @Test
    void aRegexBuiltToBacktrackRunsInLinearTime() {
        ObjectNode cs = RealCodeSystems.JSON.createObjectNode().put("url", "urn:x");
        ArrayNode concepts = cs.putArray("concept");
        concepts.addObject().put("code", "a".repeat(5000) + "!");
        CodeSystemSnapshot snapshot = SnapshotBuilder.build("x", "h", cs);
        ConceptFilter filter = ConceptFilter.compile(snapshot, new FilterRule("code", "regex", "((a+)+)+"), NOW);
        long start = System.nanoTime();
        assertThat(filter.test(snapshot.all().iterator().next())).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void anInvalidRegexIsReportedNotRunAndHierarchyFiltersWalkDescendants() {
        CodeSystemSnapshot serafin = SnapshotBuilder.build("s", "h",
                RealCodeSystems.read("terminology/CodeSystem/CodeSystem-terminologie-SERAFINPH.json"));
        assertThatThrownBy(() -> ConceptFilter.compile(serafin, new FilterRule("code", "regex", "(1"), NOW))
                .isInstanceOf(PatternSyntaxException.class);
        ConceptFilter below = ConceptFilter.compile(serafin, new FilterRule("concept", "descendent-of", "1.1"), NOW);
        assertThat(below.candidates(serafin).orElseThrow()).extracting(SnapshotConcept::code)
                .hasSize(10).contains("1.1.1", "1.1.10").doesNotContain("1.1");
        ConceptFilter isA = ConceptFilter.compile(serafin, new FilterRule("concept", "is-a", "1.1"), NOW);
        assertThat(isA.test(serafin.find("1.1").orElseThrow())).isTrue();
        assertThat(isA.test(serafin.find("1.2").orElseThrow())).isFalse();
        ConceptFilter generalizes = ConceptFilter.compile(serafin, new FilterRule("concept", "generalizes", "1.1.3"), NOW);
        assertThat(serafin.all().stream().filter(generalizes::test)).extracting(SnapshotConcept::code)
                .containsExactly("1", "1.1", "1.1.3");
    }

    @Test
    void nosDatesMakeTheStatusFilterTemporal() {
        CodeSystemSnapshot r211 = SnapshotBuilder.build("r", "h", RealCodeSystems.r211("001", "002"));
        ConceptFilter retiredToday = ConceptFilter.compile(r211, new FilterRule("inactive", "=", "true"), NOW);
        assertThat(r211.all().stream().filter(retiredToday::test)).extracting(SnapshotConcept::code).containsExactly("002");
        ConceptFilter retiredIn2018 = ConceptFilter.compile(r211, new FilterRule("inactive", "=", "true"),
                Instant.parse("2018-01-01T00:00:00Z"));
        assertThat(r211.all().stream().filter(retiredIn2018::test)).isEmpty();
    }
}
