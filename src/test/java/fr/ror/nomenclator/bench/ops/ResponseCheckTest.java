package fr.ror.nomenclator.bench.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ResponseCheckTest {

    @Test
    void acceptsRightAnswersOnly() {
        byte[] valid = "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"result\",\"valueBoolean\":true}]}"
                .getBytes(StandardCharsets.UTF_8);
        byte[] invalid = "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"result\",\"valueBoolean\":false}]}"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(ResponseCheck.resultTrue().accepts(200, valid)).isTrue();
        assertThat(ResponseCheck.resultTrue().accepts(200, invalid)).isFalse();
        assertThat(ResponseCheck.resultTrue().accepts(500, valid)).isFalse();
        byte[] expansion = "{\"expansion\":{\"contains\":[{\"code\":\"1\"},{\"code\":\"2\"}]}}".getBytes(StandardCharsets.UTF_8);
        assertThat(ResponseCheck.expansionOfAtMost(2).accepts(200, expansion)).isTrue();
        assertThat(ResponseCheck.expansionOfAtMost(1).accepts(200, expansion)).isFalse();
        assertThat(ResponseCheck.expansionWith("2").accepts(200, expansion)).isTrue();
        assertThat(ResponseCheck.expansionWith("3").accepts(200, expansion)).isFalse();
    }
}
