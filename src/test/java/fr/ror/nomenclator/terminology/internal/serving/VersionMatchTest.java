package fr.ror.nomenclator.terminology.internal.serving;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VersionMatchTest {

    @Test
    void semanticVersionsMatchByWildcardOrLessDetailedCriteria() {
        assertThat(VersionMatch.matches("1.x.x", "1.0.0")).isTrue();
        assertThat(VersionMatch.matches("1.0.x", "1.0.7")).isTrue();
        assertThat(VersionMatch.matches("1.0", "1.0.2")).isTrue();
        assertThat(VersionMatch.matches("1.2.x", "1.0.0")).isFalse();
        assertThat(VersionMatch.matches("2.x", "1.0.0")).isFalse();
    }

    @Test
    void aBareMajorNumberIsNotASemanticVersionCriterion() {
        assertThat(VersionMatch.matches("1", "1.0.0")).isFalse();
    }

    @Test
    void nosTimestampsMatchWhenEqualOrByPrefix() {
        assertThat(VersionMatch.matches("20230802150000", "20230802150000")).isTrue();
        assertThat(VersionMatch.matches("2023", "20230802150000")).isTrue();
        assertThat(VersionMatch.matches("2021", "20230802150000")).isFalse();
        assertThat(VersionMatch.hasWildcards("1.x")).isTrue();
        assertThat(VersionMatch.hasWildcards("20230802150000")).isFalse();
    }
}
