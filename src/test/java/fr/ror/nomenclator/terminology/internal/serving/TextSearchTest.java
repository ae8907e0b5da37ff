package fr.ror.nomenclator.terminology.internal.serving;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The expansion text filter, by scan and by index: every word must start a word, accents aside. */
class TextSearchTest {

    final CodeSystemSnapshot r211 = SnapshotBuilder.build("v", "h", RealCodeSystems.r211("172", "233", "234", "283", "001"));

    @Test
    void everyWordOfTheFilterMustStartAWordOfTheConcept() {
        assertThat(codes(SearchText.of("readaptation"))).containsExactly("172", "233", "234", "283");
        assertThat(codes(SearchText.of("réadapt. locomot"))).containsExactly("233");
        assertThat(codes(SearchText.of("REEDUCATION"))).containsExactly("283");
        assertThat(codes(SearchText.of("daptation"))).isEmpty();
    }

    @Test
    void theIndexAnswersLikeTheScan() {
        for (String filter : List.of("readaptation", "réadapt. locomot", "addicto", "systeme nerveux", "zzz", "001")) {
            SearchText search = SearchText.of(filter);
            assertThat(r211.textIndex().search(search)).extracting(SnapshotConcept::code)
                    .as(filter).containsExactlyElementsOf(codes(search));
        }
    }

    @Test
    void aLargeCodeSystemIsSearchedThroughItsIndex() {
        ObjectNode big = RealCodeSystems.JSON.createObjectNode().put("resourceType", "CodeSystem").put("url", "urn:x")
                .put("content", "complete");
        ArrayNode concepts = big.putArray("concept");
        for (int i = 0; i < 50_000; i++) {
            concepts.addObject().put("code", "C" + i).put("display", (i % 1000 == 7 ? "Soins palliatifs " : "Unité ") + i);
        }
        CodeSystemSnapshot snapshot = SnapshotBuilder.build("b", "h", big);
        assertThat(snapshot.textIndex().search(SearchText.of("palliat"))).hasSize(50)
                .allSatisfy(c -> assertThat(c.display()).startsWith("Soins palliatifs"));
    }

    private List<String> codes(SearchText search) {
        return r211.all().stream().filter(search::passes).map(SnapshotConcept::code).toList();
    }
}
