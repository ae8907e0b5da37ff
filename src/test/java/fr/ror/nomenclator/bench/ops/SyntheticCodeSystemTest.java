package fr.ror.nomenclator.bench.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticCodeSystemTest {

    @TempDir
    Path directory;

    @Test
    void writesTheAskedNumberOfUniqueConceptsOnTheAskedNumberOfLevels() throws Exception {
        SyntheticCodeSystem synthetic = new SyntheticCodeSystem(20_000, 6);
        Path file = directory.resolve("cs.json");
        synthetic.write(file, 100);

        Tally tally = new Tally(synthetic.filterWord());
        tally.walk(new ObjectMapper().readTree(file.toFile()).path("concept"), 1);

        assertThat(tally.codes).hasSize(20_000);
        assertThat(tally.deepest).isEqualTo(6);
        assertThat(tally.withFilterWord).isEqualTo(synthetic.filterMatches()).isBetween(1, 100);
        assertThat(tally.codes).containsAll(synthetic.sampleCodes());
        assertThat(synthetic.sampleCodes()).hasSize(100);
    }

    /** Codes, depth and displays carrying the filter word, over the nested concepts. */
    private static final class Tally {

        private final String word;
        private final Set<String> codes = new HashSet<>();
        private int deepest;
        private int withFilterWord;

        Tally(String word) {
            this.word = word;
        }

        void walk(JsonNode concepts, int level) {
            for (JsonNode concept : concepts) {
                codes.add(concept.path("code").asText());
                assertThat(concept.path("code").asText().split("\\.")).hasSize(level);
                deepest = Math.max(deepest, level);
                if ((" " + concept.path("display").asText() + " ").contains(" " + word + " ")) {
                    withFilterWord++;
                }
                walk(concept.path("concept"), level + 1);
            }
        }
    }
}
