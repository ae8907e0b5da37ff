package fr.ror.nomenclator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The firewall's loop accepts exactly what Spring Security's default regular expressions accept. */
class RequestFirewallTest {

    private static final Pattern NAMES_AND_PARAMETERS = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern HEADER_VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void everyCodePointIsJudgedAsTheDefaultRegularExpressionsJudgeIt() {
        IntStream.rangeClosed(0, Character.MAX_CODE_POINT).filter(c -> !Character.isSurrogate((char) c) || c > 0xFFFF)
                .forEach(c -> {
                    String text = "a" + new String(Character.toChars(c)) + "b";
                    assertThat(RequestFirewall.assignedAndNotControl(text, false)).as("U+%04X", c)
                            .isEqualTo(NAMES_AND_PARAMETERS.matcher(text).matches());
                    assertThat(RequestFirewall.assignedAndNotControl(text, true)).as("U+%04X in a header value", c)
                            .isEqualTo(HEADER_VALUES.matcher(text).matches());
                });
    }

    @Test
    void realTerminologyQueriesPassAndControlCharactersDoNot() {
        assertThat(RequestFirewall.assignedAndNotControl(
                "https://mos.esante.gouv.fr/NOS/TRE_R211-ActiviteOperationnelle/FHIR/TRE-R211-ActiviteOperationnelle",
                false)).isTrue();
        assertThat(RequestFirewall.assignedAndNotControl("Hébergement temporaire d'urgence", false)).isTrue();
        assertThat(RequestFirewall.assignedAndNotControl("001\u0000", false)).isFalse();
        assertThat(RequestFirewall.assignedAndNotControl("a\tb", false)).isFalse();
        assertThat(RequestFirewall.assignedAndNotControl("a\tb", true)).isTrue();
        assertThat(RequestFirewall.assignedAndNotControl("a\u0378b", false)).as("unassigned").isFalse();
    }
}
