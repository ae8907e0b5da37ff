package fr.ror.nomenclator.terminology.internal.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LanguagePreferencesTest {

    @Test
    void anAcceptLanguageListIsOrderedByQualityAndEchoedNormalised() {
        LanguagePreferences languages = LanguagePreferences.parse("en;q=0.4,fr-FR, de;q=0.8");
        assertThat(languages.languages()).extracting(Language::code).containsExactly("fr-FR", "de", "en");
        assertThat(languages.source()).isEqualTo("fr-FR, de; q=0.8, en; q=0.4");
        assertThat(languages.summary()).isEqualTo("fr-FR,de,en");
    }

    @Test
    void aWildcardWithQualityZeroRefusesEveryOtherLanguage() {
        LanguagePreferences hard = LanguagePreferences.parse("de,*; q=0");
        assertThat(hard.allowsOthers()).isFalse();
        assertThat(hard.languages()).extracting(Language::code).containsExactly("de");
        assertThat(LanguagePreferences.parse("de").allowsOthers()).isTrue();
    }

    @Test
    void languagesMatchByPrimaryTagOrRegion() {
        Language fr = new Language("fr");
        assertThat(fr.accepts(new Language("fr-FR"), Language.Depth.LANGUAGE)).isTrue();
        assertThat(fr.accepts(new Language("fr-FR"), Language.Depth.REGION)).isFalse();
        assertThat(new Language("fr-FR").accepts(new Language("fr-FR"), Language.Depth.FULL)).isTrue();
        assertThat(new Language("*").accepts(new Language("de"), Language.Depth.FULL)).isTrue();
    }

    @Test
    void aMalformedLanguageIsRefused() {
        assertThatThrownBy(() -> LanguagePreferences.parse("fr_FR!")).isInstanceOf(IllegalArgumentException.class);
        assertThat(LanguagePreferences.parse(" ")).isNull();
    }
}
